"""How fast search answers on a large transcript (the bundled one repeated, 1000× by default).

    python -m benchmarks.bench_search [TIMES] [--runs N] [--json]      (from the repository root)
    python -m benchmarks.bench_search --window [--runs N] [--json]      (offscreen Qt)

Prints the index build (into a cache file and in memory) and its reuse, then for each query the median
and worst wall time of ``TranscriptIndex.search`` with the count of its hits (``len``: a scan finds its
hits only as they are read, and counts them apart) and its median CPU time (the machine may be shared:
CPU time shows what the wall time loses to other processes); "first 50" is the search and its first 50
hits without the count, what the window shows first. Making every Hit (``list(results)``) is timed
apart. The same query with each path forced (trigram index / scan), and a
plain Python ``in`` scan over the lowercased paragraph texts as a baseline, run in the same process.
Figures, not tests: nothing here asserts a time. With ``--json`` only the per-length figures are measured and
printed, as one JSON object (what run_all.py reads).

``--window`` times the search through the window instead (benchmarks/search_window.py): Enter in the
field → the first results painted, on a 100× transcript just opened on a new data folder (好莱坞, 信心),
and ``sora`` on the 1,000× one (66,006 matches; also as typing asks it, without Enter's going to the
first match), each beside a plain ``in`` scan over the paragraphs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from benchmarks.scale import write_scaled
from desktop_app.domain import search
from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import load_transcript
from desktop_app.domain.search import Scope, SearchResults, TranscriptIndex

QUERIES: list[tuple[str, str]] = [
    ("1 char", "猫"),
    ("1 char", "的"),
    ("2 chars", "梦境"),
    ("2 chars", "视频"),
    ("3 chars", "好莱坞"),
    ("3 chars", "小猫推"),
    ("6 chars", "东京街头散步"),
    ("6 chars", "视频的连贯性"),
    ("latin", "sora"),
]


@dataclass
class Timing:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def worst(self) -> float:
        return max(self.wall)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)


def timed(action: Callable[[], object], runs: int) -> tuple[Timing, object]:
    """Milliseconds of ``action`` over ``runs`` calls, and its last result."""
    timing = Timing()
    result: object = None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        timing.cpu.append((time.process_time() - cpu) * 1000)
        timing.wall.append((time.perf_counter() - wall) * 1000)
    return timing, result


def forced(fts: bool, query: str, index: TranscriptIndex) -> Callable[[], object]:
    def run() -> object:
        saved = search.FTS_MIN_CHARS, search.FTS_MAX_ROWS, search.PROBE_CHARS
        search.FTS_MIN_CHARS, search.FTS_MAX_ROWS, search.PROBE_CHARS = (
            (3, 10**9, 10**12) if fts else (10**9, 0, 0)
        )
        try:
            return counted(index, query)
        finally:
            search.FTS_MIN_CHARS, search.FTS_MAX_ROWS, search.PROBE_CHARS = saved

    return run


def counted(index: TranscriptIndex, query: str) -> SearchResults:
    """Search and count the hits (a scan finds its hits as they are read: ``len`` counts them all)."""
    found = index.search(query)
    len(found)
    return found


def first_page(index: TranscriptIndex, query: str) -> list:
    """Search and make the first 50 hits: what the window shows first."""
    return index.search(query)[:50]


def containing(texts: list[str], query: str) -> list[str]:
    """The baseline: the texts that hold ``query``, by a plain ``in`` test each."""
    return [text for text in texts if query in text]


def table(heads: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    print("| " + " | ".join(heads) + " |")
    print("|" + "---|" * len(heads))
    for row in rows:
        print("| " + " | ".join(row) + " |")


def build(transcript: Transcript, folder: Path) -> tuple[TranscriptIndex, Path]:
    cache = folder / "search.sqlite"
    began = time.perf_counter()
    index = TranscriptIndex.open(transcript, cache)
    build_s = time.perf_counter() - began
    assert index.rebuilt and index.cached
    index.close()
    began = time.perf_counter()
    index = TranscriptIndex.open(transcript, cache)
    reopen_s = time.perf_counter() - began
    assert not index.rebuilt
    began = time.perf_counter()
    in_memory = TranscriptIndex.open(transcript, None)
    memory_s = time.perf_counter() - began
    print(
        f"index: built into a cache file in {build_s:.2f} s ({cache.stat().st_size / 1e6:.1f} MB file); "
        f"reopened (rebuilt={index.rebuilt}) in {reopen_s:.2f} s; built in memory in {memory_s:.2f} s "
        f"({in_memory.index_size() / 1e6:.1f} MB)"
    )
    in_memory.close()
    return index, cache


def queries(transcript: Transcript, index: TranscriptIndex, runs: int,
            quiet: bool = False) -> dict[str, tuple[Timing, Timing]]:
    """Time every query; print the tables unless ``quiet``; the timings (search, `in`) by query length."""
    lowered = [p.text.lower() for p in transcript.paragraphs()]
    rows: list[tuple[str, ...]] = []
    by_length: dict[str, tuple[Timing, Timing]] = {}
    for length, query in QUERIES:
        timing, found = timed(partial(counted, index, query), runs)
        assert isinstance(found, SearchResults)
        baseline, base = timed(partial(containing, lowered, query), runs)
        assert isinstance(base, list)
        ours, theirs = by_length.setdefault(length, (Timing(), Timing()))
        ours.wall += timing.wall
        theirs.wall += baseline.wall
        if quiet:
            continue
        making, _ = timed(partial(list, found), 3)
        page = timed(partial(first_page, index, query), runs)[0].median
        fts = timed(forced(True, query, index), runs)[0].median if len(query) >= 3 else float("nan")
        scan = timed(forced(False, query, index), runs)[0].median
        rows.append(
            (length, query, f"{len(found):,}", f"{page:.2f}", f"{timing.median:.2f}", f"{timing.worst:.2f}",
             f"{timing.cpu_median:.2f}", f"{making.median:.1f}", f"{fts:.2f}", f"{scan:.2f}",
             f"{len(base):,}", f"{baseline.median:.2f}", f"{baseline.worst:.2f}")
        )  # fmt: skip
    if quiet:
        return by_length
    print(f"\nper query ({runs} runs each; ms):\n")
    table(
        ("length", "query", "hits", "first 50 median", "median", "worst", "CPU median", "list(results)",
         "forced FTS",
         "forced scan", "`in` paragraphs", "`in` median", "`in` worst"),
        rows,
    )  # fmt: skip
    print("\nper query length (all runs of its queries; ms):\n")
    table(
        ("length", "search median", "search worst", "`in` median", "`in` worst"),
        [
            (length, f"{ours.median:.2f}", f"{ours.worst:.2f}", f"{theirs.median:.2f}", f"{theirs.worst:.2f}")
            for length, (ours, theirs) in by_length.items()
        ],
    )
    return by_length


def filters(index: TranscriptIndex, runs: int) -> None:
    print(f"\nfilters (median of {runs}; the first call under a new filter builds its scan text):")
    cases: list[tuple[str, str, Scope, set[str]]] = [
        ("host hidden", "的", Scope.ALL, {"T前线"}),
        ("QUESTIONS", "视频", Scope.QUESTIONS, set()),
        ("ANSWERS", "好莱坞", Scope.ANSWERS, set()),
    ]
    for label, query, scope, hidden in cases:
        index._filters.clear()
        began = time.perf_counter()
        found = index.search(query, scope, hidden)
        first = (time.perf_counter() - began) * 1000
        timing, _ = timed(partial(index.search, query, scope, hidden), runs)
        print(
            f"  {label}, {query}: {len(found):,} hits, first {first:.1f} ms, then median "
            f"{timing.median:.2f} ms, worst {timing.worst:.2f} ms"
        )


def memory(transcript: Transcript, cache: Path) -> None:
    # Python-side memory of an index reopened from the cache (SQLite's own pages are not traced),
    # then with the scan text of one filter (host hidden) added.
    tracemalloc.start()
    index = TranscriptIndex.open(transcript, cache)
    held = tracemalloc.get_traced_memory()[0]
    index.search("的", hidden_speakers={"T前线"})
    with_filter = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    index.close()
    print(
        f"\nmemory held by the index: {held / 2**20:.1f} MiB; with one filter's scan text: "
        f"{with_filter / 2**20:.1f} MiB (the Transcript itself not counted)"
    )


WINDOW_CASES: list[tuple[str, int, str, bool]] = [
    ("100× just opened", 100, "好莱坞", True),
    ("100× just opened", 100, "信心", True),
    ("1,000×", 1000, "sora", False),
    ("1,000× typed (no Enter)", 1000, "sora", False),
]


def window(folder: Path, runs: int, as_json: bool) -> None:
    """Enter → first results painted in the window, beside the `in` baseline (see the docstring)."""
    from benchmarks import search_window  # Qt: imported only for --window

    figures: dict[str, dict[str, float]] = {}
    for label, times, query, fresh in WINDOW_CASES:
        path = write_scaled(times, folder)
        if fresh:
            ours = search_window.fresh_open(path, query, runs)
        else:
            ours = search_window.repeated(path, query, runs, enter="no Enter" not in label)
        theirs = search_window.baseline(path, query, runs)
        figures[f"{label}, {query}"] = {
            "median": statistics.median(ours), "worst": max(ours), "first": ours[0],
            "in_median": statistics.median(theirs), "in_worst": max(theirs),
        }  # fmt: skip
    if as_json:
        print(json.dumps(figures, ensure_ascii=False))
        return
    print(f"\nsearch Enter → first results painted in the window ({runs} runs; ms):\n")
    table(
        ("transcript, query", "median", "worst", "first run", "`in` median", "`in` worst"),
        [(k, f"{f['median']:.1f}", f"{f['worst']:.1f}", f"{f['first']:.1f}", f"{f['in_median']:.2f}",
          f"{f['in_worst']:.2f}") for k, f in figures.items()],
    )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("times", nargs="?", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true", help="print only the per-length figures, as JSON")
    parser.add_argument("--window", action="store_true", help="time Enter → first results in the window")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if args.window:
            window(folder, args.runs, args.json)
            return 0
        path = write_scaled(args.times, folder)
        began = time.perf_counter()
        transcript = load_transcript(path)
        parse_s = time.perf_counter() - began
        if args.json:
            index = TranscriptIndex.open(transcript, folder / "search.sqlite")
            by_length = queries(transcript, index, args.runs, quiet=True)
            index.close()
            print(json.dumps({
                length: {"median": ours.median, "worst": ours.worst, "in_median": theirs.median,
                         "in_worst": theirs.worst, "queries": [q for n, q in QUERIES if n == length]}
                for length, (ours, theirs) in by_length.items()
            }, ensure_ascii=False))  # fmt: skip
            return 0
        paragraphs = list(transcript.paragraphs())
        chars = sum(len(p.text) for p in paragraphs)
        utf8 = sum(len(p.text.encode()) for p in paragraphs) / 1e6
        print(
            f"transcript {args.times}×: {path.stat().st_size / 1e6:.1f} MB file, {len(paragraphs):,} "
            f"paragraphs, {chars:,} characters of text ({utf8:.1f} MB UTF-8); parsed in {parse_s:.2f} s"
        )
        index, cache = build(transcript, folder)
        queries(transcript, index, args.runs)
        filters(index, args.runs)
        index.close()
        memory(transcript, cache)
    return 0


if __name__ == "__main__":
    sys.exit(main())
