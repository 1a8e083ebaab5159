"""Big transcripts (the bundled one 10×, 100× and 1,000×, see scale.py), each size in its own processes.

    python benchmarks/bench_scale.py [SIZES ...] [--runs N | --quick]      (default sizes: 10 100 1000)

open: ``main.py TRANSCRIPT --screenshot`` from process start to the first question painted (the PNG written;
"to exit" adds closing and the interpreter's exit) and its peak memory, against benchmarks/bare_window.py
started the same way; "first start" with a new data
folder every run, "warm" with a data folder the app has opened that transcript in before (the app may keep
a parse cache there). Runs take turns with the baseline's; medians.
switch question and whole section: ``bench_reading.py --json SIZE`` in a process of its own (medians of 30
switches and of 7 sections; the worst of the 30), against a plain QTextBrowser given the same paragraphs as
HTML; that process runs 3 times (1 with --quick) and each figure is the median of the runs.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from measure import (
    BENCH,
    MIB,
    PYTHON,
    ROOT,
    Row,
    Run,
    alternate,
    checked,
    emit,
    json_child,
    median_first_paint,
    median_painted,
    median_peak,
    median_wall,
    qt_env,
    run_process,
    runs_from_argv,
)
from scale import SIZES, write_scaled

OPEN_OVER_MS = 1000.0
PEAK_MIB = 300.0
SWITCH_MS = 30.0
STALL_MS = 100.0  # the window answers: no turn of its event loop waits longer (as bench_long_paragraph)


def open_rows(times: int, transcript: Path, runs: int, scratch: Path) -> list[Row]:
    group = f"Scale {times}× ({transcript.stat().st_size / 1e6:.1f} MB)"
    png = scratch / "scale.png"
    warm = scratch / f"warm-{times}"

    def app(folder: Path) -> Run:
        cmd = [PYTHON, ROOT / "main.py", transcript, "--data-dir", folder, "--screenshot", png]
        return checked(run_process(cmd, env=qt_env(), marker=png), f"main.py on the {times}× transcript")

    def cold(i: int) -> Run:
        folder = scratch / f"cold-{times}-{i}"
        try:
            return app(folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def bare(_i: int) -> Run:
        run = run_process([PYTHON, BENCH / "bare_window.py", png], env=qt_env(), marker=png)
        return checked(run, "bare window")

    app(warm)  # the first start in the warm folder: whatever the app keeps, it has kept it now
    result = alternate({"cold": cold, "warm": lambda _i: app(warm), "bare": bare}, runs)
    bare_ms, bare_mib = median_painted(result["bare"]) * 1000, median_peak(result["bare"]) / MIB
    shutil.rmtree(warm, ignore_errors=True)
    opened = f"{times}×: open → first question painted"
    return [
        Row(group, f"{opened}, first start", median_painted(result["cold"]) * 1000, bare_ms, "ms",
            ("over", OPEN_OVER_MS)),
        Row(group, f"{opened}, warm", median_painted(result["warm"]) * 1000, bare_ms, "ms",
            ("over", OPEN_OVER_MS)),
        Row(group, f"{opened}, first start, to the first paint (no PNG)",
            median_first_paint(result["cold"]) * 1000, median_first_paint(result["bare"]) * 1000, "ms",
            ("over", OPEN_OVER_MS)),
        Row(group, f"{opened}, warm, to the first paint (no PNG)", median_first_paint(result["warm"]) * 1000,
            median_first_paint(result["bare"]) * 1000, "ms", ("over", OPEN_OVER_MS)),
        Row(group, f"{times}×: open, warm, to process exit", median_wall(result["warm"]) * 1000,
            median_wall(result["bare"]) * 1000, "ms"),
        Row(group, f"{times}×: peak memory, first start", median_peak(result["cold"]) / MIB, bare_mib, "MiB",
            ("max", PEAK_MIB)),
        Row(group, f"{times}×: peak memory, warm", median_peak(result["warm"]) / MIB, bare_mib, "MiB",
            ("max", PEAK_MIB)),
    ]


def reading_rows(times: int, group: str, repeats: int) -> list[Row]:
    figs = [json_child([PYTHON, BENCH / "bench_reading.py", "--json", str(times)]) for _ in range(repeats)]
    fig = {key: statistics.median(f[key] for f in figs) for key in figs[0]}
    of = f"median of {repeats} processes" if repeats > 1 else "1 process"
    return [
        Row(group, f"{times}×: longest the window does not answer in the 0.6 s after its first paint, while "
            f"the work put off until then runs ({of}; vs a plain QTextBrowser beside it)", fig["stall"],
            fig["stall_bare"], "ms", ("max", STALL_MS)),
        Row(group, f"{times}×: switch question, median of 30 (vs plain QTextBrowser.setHtml)", fig["switch"],
            fig["switch_bare"], "ms", ("max", SWITCH_MS)),
        Row(group, f"{times}×: switch question, worst of 30 ({of})", fig["switch_worst"], fig["switch_bare"],
            "ms", ("max", SWITCH_MS)),
        Row(group, f"{times}×: show a whole section, median of 7 (vs plain QTextBrowser.setHtml)",
            fig["section"], fig["section_bare"], "ms"),
    ]


def rows(runs: int, scratch: Path, sizes: tuple[int, ...] = SIZES) -> list[Row]:
    out: list[Row] = []
    for times in sizes:
        transcript = write_scaled(times, scratch / "transcripts")
        opened = open_rows(times, transcript, runs, scratch)
        out += opened + reading_rows(times, opened[0].group, 1 if runs < 5 else 3)
    return out


def main() -> int:
    runs, args = runs_from_argv()
    sizes = tuple(int(a) for a in args) or SIZES
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        emit(rows(runs, Path(tmp), sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
