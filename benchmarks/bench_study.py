"""Studying many interviews: retrieval over 10,000 coded passages, search over 100 interviews.

    python -m benchmarks.bench_study [--interviews N] [--passages N] [--runs N] [--view] [--json]

(from the repository's root)

Writes N copies of the bundled interview (each its own id) into a scratch folder, adds them to a
library in a scratch data folder and codes 10,000 passages spread over them (each highlight carries its
colour's code). Then, in one process:

- retrieval: ``domain.retrieval.retrieve`` of every passage with any of the five colour codes (what the
  Coded Passages view does when codes are ticked), alone and with the store's ``codings()``
  read before it; baseline: a plain SQL SELECT of the same rows (highlights joined to their codes).
- search across the library: ``search_library`` as the Search panel's "All interviews" scope runs it
  (hits made up to its listing limit, 2,000), the first query with a fresh ``TranscriptCache`` (every
  file read, parsed and indexed) and the following ones (nothing read again), and the same with the old
  path (``load_transcript`` per file per query); baseline: a Python ``in`` scan over the same paragraphs.

``--view`` adds the Coded Passages view itself (benchmarks/study_window.py, offscreen Qt): opening it, and
a tick of a code → the table painted with its passages.

Figures, not tests: nothing here asserts a time. ``--json`` prints one JSON object (run_all.py reads it).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color
from desktop_app.domain.codes import COLOR_CODE_IDS
from desktop_app.domain.library import TranscriptCache, search_library
from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import load_transcript
from desktop_app.domain.retrieval import Mode, RetrievalIndex
from desktop_app.domain.search.textfold import fold
from desktop_app.paths import bundled_transcript
from desktop_app.storage import AnnotationStore

QUERIES = ("视频", "好莱坞", "sora")  # 2 chars (many hits), 3 chars (few), latin
LISTED = 2000  # as gui.library_search.MAX_HITS_LISTED (benchmarks do not import the gui)


def write_library(folder: Path, count: int) -> list[Path]:
    """``count`` copies of the bundled interview, each with an id of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    source = bundled_transcript().read_text(encoding="utf-8")
    first = source.split("\n", 2)[1]  # "id: …" (the front matter's first line)
    assert first.startswith("id:"), first
    paths = []
    for i in range(count):
        path = folder / f"interview-{i:03}.md"
        path.write_text(source.replace(first, f"id: bench-study-{i:03}", 1), encoding="utf-8")
        paths.append(path)
    return paths


def code_passages(store: AnnotationStore, transcripts: list[Transcript], count: int) -> None:
    """Add ``count`` highlights spread over the interviews, in the five colours (each its code)."""
    colors = list(Color)
    per = -(-count // len(transcripts))
    made = 0
    for t_number, transcript in enumerate(transcripts):
        places = [(p, q) for q in transcript.questions() for p in q.paragraphs() if len(p.text) >= 4]
        for color_number, color in enumerate(colors):
            items = []
            for i in range(color_number, per, len(colors)):
                if made + len(items) >= count:
                    break
                paragraph, question = places[(i * 7919 + t_number) % len(places)]
                start = (i * 31) % (len(paragraph.text) - 2)
                end = min(len(paragraph.text), start + 2 + i % 12)
                anchor = make_anchor(paragraph.id, paragraph.text, start, end)
                items.append((anchor, question.id, paragraph.speaker or question.speaker))
            if items:
                store.add_highlights(transcript.id, transcript.content_hash, items, color)
                made += len(items)


def timed(action: Callable[[], object], runs: int) -> tuple[list[float], object]:
    """Milliseconds of each of ``runs`` calls of ``action``, and its last result."""
    times, result = [], None
    for _ in range(runs):
        began = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - began) * 1000)
    return times, result


def sql_baseline(store: AnnotationStore) -> list[tuple[object, ...]]:
    """The same rows by one plain SELECT: every live highlight with its live codes."""
    return store._conn.execute(  # the baseline reads the same table directly
        "SELECT h.*, l.code_id FROM highlights AS h JOIN highlight_codes AS l ON l.highlight_id = h.id "
        "JOIN codes AS c ON c.id = l.code_id WHERE h.deleted IS NULL AND c.deleted IS NULL"
    ).fetchall()


def measure(interviews: int, passages: int, runs: int, view: bool = False) -> dict[str, dict[str, float]]:
    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-study-") as tmp:
        paths = write_library(Path(tmp) / "interviews", interviews)
        transcripts = [load_transcript(p) for p in paths]
        with AnnotationStore.open(Path(tmp) / "data") as store:
            for transcript, path in zip(transcripts, paths, strict=True):
                store.add_to_library(transcript, path)
            code_passages(store, transcripts, passages)
            known = {t.id: t for t in transcripts}
            titles = {e.id: e.title for e in store.library()}
            codes = store.codes()
            chosen = [COLOR_CODE_IDS[c] for c in Color]
            coded = store.codings()
            index = RetrievalIndex(coded, codes, known, titles)
            app, found = timed(lambda: index.query(chosen, Mode.OR), runs)
            assert isinstance(found, list) and len(found) == passages, len(found)  # type: ignore[arg-type]
            build, _ = timed(lambda: RetrievalIndex(coded, codes, known, titles), runs)
            full, _ = timed(
                lambda: RetrievalIndex(store.codings(), codes, known, titles).query(chosen, Mode.OR), runs
            )
            base, rows = timed(lambda: sql_baseline(store), runs)
            assert isinstance(rows, list) and len(rows) >= passages
            figures["retrieval"] = {"median": statistics.median(app), "index": statistics.median(build),
                                    "with_store": statistics.median(full),
                                    "sql_median": statistics.median(base), "passages": len(found)}
            if view:
                from benchmarks import study_window  # Qt: imported only for --view

                figures["view"] = study_window.measure(store, known, titles, max(runs // 3, 1))
            entries = store.library()
        texts = [fold(p.text) for t in transcripts for p in t.paragraphs()]
        for query in QUERIES:
            needle = fold(query)
            base, hits = timed(lambda n=needle: [x for x in texts if n in x], runs)  # type: ignore[misc]
            cache = TranscriptCache(load_transcript)
            first, _ = timed(lambda q=query, c=cache: search_library(entries, q, c, limit=LISTED), 1)
            again, result = timed(lambda q=query, c=cache: search_library(entries, q, c, limit=LISTED), runs)
            assert cache.reads == interviews  # the later queries read no file again
            uncached, _ = timed(
                lambda q=query: search_library(entries, q, load_transcript, limit=LISTED), max(runs // 3, 1)
            )
            found_hits = sum(group.count for group in result[0])  # type: ignore[index]
            figures[query] = {"first": first[0], "median": statistics.median(again), "worst": max(again),
                              "uncached": statistics.median(uncached), "in_median": statistics.median(base),
                              "hits": found_hits, "paragraphs": len(hits)}  # type: ignore[arg-type]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=100)
    parser.add_argument("--passages", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--view", action="store_true", help="also time the Coded Passages view (Qt)")
    parser.add_argument("--json", action="store_true", help="print one JSON object only")
    args = parser.parse_args()
    figures = measure(args.interviews, args.passages, args.runs, args.view)
    if args.json:
        print(json.dumps(figures))
        return 0
    r = figures["retrieval"]
    print(f"retrieval of {r['passages']:,.0f} coded passages over {args.interviews} interviews: "
          f"{r['median']:.1f} ms (making the index {r['index']:.1f} ms; with the store's read "
          f"{r['with_store']:.1f} ms); "
          f"plain SQL SELECT of the same rows {r['sql_median']:.1f} ms")
    if "view" in figures:
        v = figures.pop("view")
        print(f"Coded Passages view: open {v['open']:.0f} ms, tick a code → {v['listed']:,.0f} passages "
              f"painted {v['tick']:.0f} ms")
    print(f"\nsearch across {args.interviews} interviews (median of {args.runs}; ms)")
    print("| query | hits | first (fresh cache) | again (cached) | worst | no cache | `in` scan |")
    print("|---|---|---|---|---|---|---|")
    for query in QUERIES:
        f = figures[query]
        print(f"| {query} | {f['hits']:,.0f} | {f['first']:.0f} | {f['median']:.1f} | {f['worst']:.1f} "
              f"| {f['uncached']:.0f} | {f['in_median']:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
