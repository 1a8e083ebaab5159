"""Opening a transcript that holds 10,000 annotations vs the same transcript without them.

    python benchmarks/bench_annotated_open.py [--runs N | --quick] [--count N]     (default 10,000)

The 100× transcript (scale.py) gets ``--count`` highlights through the store's API (AnnotationStore.
add_highlights, one per call, yellow), spread over its paragraphs, each stored as the window stores one
(with the mark of the parse it was made in: ``transcript_cache.placed_mark``). ``--unmarked`` stores
them without it, as an older version did: the first opening then checks each against its paragraph's
text and marks them, once. Then ``main.py TRANSCRIPT --data-dir D
--screenshot`` is timed from process start to the first question painted (the PNG written; "to exit" adds
closing and the interpreter's exit) with that data folder against a data folder without annotations, runs
taking turns, medians:
- warm: both folders used by the app once before (whatever it keeps there, e.g. a parse cache, is kept);
- first start: both folders as yet unopened by the app (a fresh copy of the annotated one every run).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from measure import (
    MIB,
    PYTHON,
    ROOT,
    Row,
    Run,
    alternate,
    checked,
    emit,
    median_first_paint,
    median_painted,
    median_peak,
    median_wall,
    qt_env,
    run_process,
    runs_from_argv,
)
from scale import write_scaled

from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color
from desktop_app.domain.parser import load_transcript
from desktop_app.storage.store import AnnotationStore
from desktop_app.storage.transcript_cache import placed_mark

GROUP = "Annotations"
OVER_MS = 100.0
TIMES = 100


def annotate(transcript_path: Path, data: Path, count: int, marked: bool = True) -> float:
    """Add ``count`` highlights over the transcript's paragraphs into ``data``; the seconds it took."""
    transcript = load_transcript(transcript_path)
    mark = placed_mark(transcript) if marked else ""
    places = [(p, q) for q in transcript.questions() for p in q.paragraphs() if len(p.text) >= 4]
    began = time.perf_counter()
    with AnnotationStore.open(data) as store:
        for i in range(count):
            paragraph, question = places[(i * 7919) % len(places)]
            length = len(paragraph.text)
            start = (i * 31) % (length - 2)
            end = min(length, start + 2 + i % 12)
            anchor = make_anchor(paragraph.id, paragraph.text, start, end)
            speaker = paragraph.speaker or question.speaker
            store.add_highlights(transcript.id, transcript.content_hash, [(anchor, question.id, speaker)],
                                 Color.YELLOW, placed_in=mark)
        assert len(store.highlights(transcript.id)) == count
    return time.perf_counter() - began


def rows(runs: int, scratch: Path, count: int = 10_000, marked: bool = True) -> list[Row]:
    transcript = write_scaled(TIMES, scratch / "transcripts")
    template = scratch / "annotated-template"
    annotate(transcript, template, count, marked)
    png = scratch / "annotated.png"

    def app(folder: Path) -> Run:
        cmd = [PYTHON, ROOT / "main.py", transcript, "--data-dir", folder, "--screenshot", png]
        return checked(run_process(cmd, env=qt_env(), marker=png), f"main.py on the {TIMES}× transcript")

    def first(annotated: bool):
        def go(i: int) -> Run:
            folder = scratch / f"first-{annotated}-{i}"
            if annotated:
                shutil.copytree(template, folder)
            try:
                return app(folder)
            finally:
                shutil.rmtree(folder, ignore_errors=True)

        return go

    warm_annotated, warm_plain = scratch / "warm-annotated", scratch / "warm-plain"
    shutil.copytree(template, warm_annotated)
    app(warm_annotated)
    app(warm_plain)
    result = alternate({"annotated": lambda _i: app(warm_annotated), "plain": lambda _i: app(warm_plain),
                        "first annotated": first(True), "first plain": first(False)}, runs)
    label = f"open the {TIMES}× transcript holding {count:,} highlights (vs none)"
    if not marked:
        label += ", stored unmarked (by an older version)"
    return [
        Row(GROUP, f"{label}, warm", median_painted(result["annotated"]) * 1000,
            median_painted(result["plain"]) * 1000, "ms", ("over", OVER_MS)),
        Row(GROUP, f"{label}, first start", median_painted(result["first annotated"]) * 1000,
            median_painted(result["first plain"]) * 1000, "ms", ("over", OVER_MS)),
        Row(GROUP, f"{label}, warm, to the first paint (no PNG, panel filled after)",
            median_first_paint(result["annotated"]) * 1000, median_first_paint(result["plain"]) * 1000, "ms",
            ("over", OVER_MS)),
        Row(GROUP, f"{label}, first start, to the first paint (no PNG, panel filled after)",
            median_first_paint(result["first annotated"]) * 1000,
            median_first_paint(result["first plain"]) * 1000, "ms", ("over", OVER_MS)),
        Row(GROUP, f"{label}, warm, to process exit", median_wall(result["annotated"]) * 1000,
            median_wall(result["plain"]) * 1000, "ms"),
        Row(GROUP, f"{label}, peak memory, warm", median_peak(result["annotated"]) / MIB,
            median_peak(result["plain"]) / MIB, "MiB"),
    ]


def main() -> int:
    runs, args = runs_from_argv()
    count = int(args[args.index("--count") + 1]) if "--count" in args else 10_000
    with tempfile.TemporaryDirectory(prefix="bench-annotated-") as tmp:
        emit(rows(runs, Path(tmp), count, "--unmarked" not in args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
