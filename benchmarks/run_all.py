"""Every benchmark, one table: each figure of the app beside the same figure of a baseline from the same run.

    python benchmarks/run_all.py [--quick] [--runs N] [--no-write]       (make bench runs it, offscreen)

Start-up (bench_startup.py), big transcripts (bench_scale.py, with bench_reading.py --json), search
(bench_search.py --json, and --window: Enter → first results painted), study across interviews
(bench_study.py --json), annotations (bench_annotations.py --json, bench_annotated_open.py), a long
session (bench_session.py) and size (bench_size.py). Every measured start is a process of its own (peak
memory per process, from os.wait4); the figures are medians of several runs (7, or 3 with --quick), runs
of the app and of its baseline taking turns. The frozen baselines (a bare PySide6 window frozen with the
app's own spec and trimming, benchmarks/bare-window.spec) are built into a scratch folder under /tmp at
every run.

Prints the table and writes it into benchmarks/RESULTS.md with the date and the machine, keeping whatever
follows the ``<!-- notes -->`` line there (hand-written notes). --no-write only prints.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import sys
import tempfile
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import bench_annotated_open
import bench_long_paragraph
import bench_scale
import bench_session
import bench_size
import bench_startup
from bare_build import build_all
from measure import BENCH, PYTHON, Row, json_child, markdown

RESULTS = BENCH / "RESULTS.md"
NOTES_MARK = "<!-- notes -->"
SEARCH_GROUP = "Search, 1,000× transcript (vs a Python `in` scan over the paragraphs)"
SEARCH_GOALS_MS = {"1 char": 30.0, "2 chars": 30.0, "3 chars": 5.0, "6 chars": 5.0, "latin": 5.0}
SEARCH_WINDOW_GROUP = ("Search in the window: Enter → first results painted (vs a Python `in` scan over the "
                       "paragraphs)")
# "just opened": a new data folder, no index yet (issue 15: ≤ 50 ms); 1,000× sora: ≤ 5 ms.
SEARCH_WINDOW_GOALS_MS = {"100× just opened": 50.0, "1,000×": 5.0}


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def search_rows(runs: int) -> list[Row]:
    fig = json_child([PYTHON, "-m", "benchmarks.bench_search", "1000", "--runs", str(runs), "--json"])
    rows = []
    for length, f in fig.items():
        label = f"{length} ({', '.join(f['queries'])})"
        goal = ("max", SEARCH_GOALS_MS[length]) if length in SEARCH_GOALS_MS else None
        rows.append(Row(SEARCH_GROUP, f"{label}: median", f["median"], f["in_median"], "ms", goal))
        rows.append(Row(SEARCH_GROUP, f"{label}: worst", f["worst"], f["in_worst"], "ms", goal))
    fig = json_child([PYTHON, "-m", "benchmarks.bench_search", "--window", "--runs", str(max(runs // 3, 3)),
                      "--json"])
    for label, f in fig.items():
        limit = next((v for k, v in SEARCH_WINDOW_GOALS_MS.items() if label.startswith(k)), None)
        goal = ("max", limit) if limit is not None else None
        rows.append(Row(SEARCH_WINDOW_GROUP, f"{label}: median", f["median"], f["in_median"], "ms", goal))
    return rows


STUDY_GROUP = "Study across interviews, 100× the bundled interview (vs SQL / a Python `in` scan)"


def study_rows(runs: int) -> list[Row]:
    fig = json_child([PYTHON, "-m", "benchmarks.bench_study", "--runs", str(runs), "--view", "--json"])
    r, v = fig.pop("retrieval"), fig.pop("view")
    label = (f"retrieval of {r['passages']:,.0f} coded passages: codes ticked → the passages, from the "
             "view's index (vs a plain SQL SELECT of the same rows)")
    rows = [
        Row(STUDY_GROUP, label, r["median"], r["sql_median"], "ms", ("max", 50.0)),
        Row(STUDY_GROUP, "making the index (when the view opens or the codings change)", r["index"],
            r["sql_median"], "ms"),
        Row(STUDY_GROUP, "the whole: the store's read of the codings, the index, the passages",
            r["with_store"], r["sql_median"], "ms"),
        Row(STUDY_GROUP, "the Coded Passages view: open → painted", v["open"], r["sql_median"], "ms"),
        Row(STUDY_GROUP, "the Coded Passages view: tick a code → its passages painted", v["tick"],
            r["sql_median"], "ms"),
    ]
    for query, f in fig.items():
        label = f"search all interviews for {query} ({f['hits']:,.0f} hits; vs `in` over the paragraphs)"
        rows += [
            Row(STUDY_GROUP, f"{label}: median", f["median"], f["in_median"], "ms", ("max", 100.0)),
            Row(STUDY_GROUP, f"{label}: first, every file read and indexed", f["first"], f["in_median"],
                "ms"),
            Row(STUDY_GROUP, f"{label}: without the cache (each query reads every file)", f["uncached"],
                f["in_median"], "ms"),
        ]
    return rows


def highlight_rows(n: int) -> list[Row]:
    fig = json_child([PYTHON, BENCH / "bench_annotations.py", str(n), "--json"])
    group = bench_annotated_open.GROUP
    label = (f"highlight action → committed row, {n:,} highlights on the question, Annotations panel open "
             "(vs the store's add_highlights)")
    return [
        Row(group, f"{label}: median", fig["window"]["median"], fig["store"]["median"], "ms"),
        Row(group, f"{label}: p99", fig["window"]["p99"], fig["store"]["p99"], "ms"),
    ]


def builds_stamp() -> dict[str, int]:
    """The modification times of the app's frozen executables (to tell if a build ran during the run)."""
    return {str(p): p.stat().st_mtime_ns for p in (bench_startup.APP_FOLDER, bench_startup.APP_ONEFILE)
            if p.exists()}


def machine() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    return (f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__} (Qt {qVersion()}), "
            f"SQLite {sqlite3.sqlite_version}, load average {os.getloadavg()[0]:.2f} at the start")


DEFAULT_NOTES = f"""{NOTES_MARK}
## Notes

(Hand-written; `make bench` keeps everything from the line above down.)
"""


def write_results(table: str, header: str) -> None:
    notes = DEFAULT_NOTES
    if RESULTS.exists():
        text = RESULTS.read_text(encoding="utf-8")
        if NOTES_MARK in text:
            notes = text[text.index(NOTES_MARK):]
    RESULTS.write_text(f"# Benchmark results\n\n{header}\n\n{table}\n\n{notes.rstrip()}\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs each, fewer highlights, no .tar.xz")
    parser.add_argument("--runs", type=int, help="runs of each measured start (default 7, --quick 3)")
    parser.add_argument("--no-write", action="store_true", help=f"print only, leave {RESULTS.name} alone")
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 7)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    began = time.perf_counter()
    started = datetime.now(UTC)
    about = machine()
    stamp = builds_stamp()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        scratch = Path(tmp)
        log("building the bare window (folder" + (", one-file" if bench_startup.APP_ONEFILE.is_file() else "")
            + ") with the app's spec")
        bare = build_all(scratch / "bare", onefile=bench_startup.APP_ONEFILE.is_file())
        log(f"built in {', '.join(f'{k} {v:.0f} s' for k, v in bare.seconds.items())}; start-up")
        rows += bench_startup.rows(runs, bare, scratch / "startup")
        log("big transcripts")
        rows += bench_scale.rows(runs, scratch / "scale")
        log("a single ~50 MB paragraph")
        rows += bench_long_paragraph.rows(json_child([PYTHON, BENCH / "bench_long_paragraph.py", "--runs",
                                                      str(min(runs, 3)), "--json"]), min(runs, 3))
        log("search")
        rows += search_rows(5 if args.quick else 15)
        log("study: retrieval and search across 100 interviews")
        rows += study_rows(3 if args.quick else 9)
        log("annotations: highlighting")
        rows += highlight_rows(300 if args.quick else 1000)
        log("annotations: opening with 10,000")
        rows += bench_annotated_open.rows(runs, scratch / "annotated")
        log("a long session: switches and mixed actions")
        rows += bench_session.rows(*((1000, 500) if args.quick else (3000, 1500)))
        log("size" + ("" if args.quick else " (two xz -9 archives, about a minute)"))
        rows += bench_size.rows(bare, archive=not args.quick)
    minutes = (time.perf_counter() - began) / 60
    rebuilt = builds_stamp() != stamp
    if rebuilt:
        log("WARNING: dist/ was rebuilt during the run: the frozen figures may mix two builds; run again")
    table = markdown(rows)
    missed = [r.measure for r in rows if r.met is False]
    print(table)
    print(f"\n{len(missed)} goal(s) missed." if missed else "\nEvery goal met.")
    header = "\n\n".join(textwrap.fill(paragraph, 110) for paragraph in (
        f"`make bench` (benchmarks/run_all.py{' --quick' if args.quick else ''}), "
        f"{started:%Y-%m-%d %H:%M} UTC, {minutes:.1f} min. Machine: {about}.",
        f"Every figure is a median of {runs} runs (processes) unless the row says otherwise; the baseline "
        "is measured in the same run, its runs taking turns with the app's. Times are wall times on a "
        "shared, noisy machine: read the ratios. \"met?\" compares the app's figure with the goal "
        "(a ratio or \"+\" is against the baseline). Start-up and open times run from process start to the "
        "first question painted: `--screenshot FILE.png` shows it, grabs the window and writes the PNG, "
        "whose modification time ends the measure; the bare window (benchmarks/bare_window.py) does the "
        "same. \"to the first paint\" rows end instead when the app's answer pane has painted the first "
        "question (a mark file it writes when $INTERVIEW_READER_PAINTED_MARK names one; the bare window "
        "writes it after its own first paint): without the panels `--screenshot` fills for its picture, "
        "the grab and the PNG's encoding. \"to process exit\" rows add closing and the interpreter's exit. "
        "The floor (benchmarks/floor_window.py) is the app's first screen made by PySide6 alone, with none "
        "of the app's code: what Qt and PySide6 cost for that screen, beside the bare window.",
        *(["**Warning: dist/ was rebuilt while this ran; the frozen figures may mix two builds.**"]
          if rebuilt else []),
    ))
    if not args.no_write:
        write_results(table, header)
        log(f"wrote {RESULTS}")
    log(f"done in {minutes:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
