"""Start-up: process start to the bundled transcript's first question painted, vs a bare window.

    python benchmarks/bench_startup.py [--runs N | --quick]

The app runs ``--screenshot FILE.png`` (first question shown, one round of events, the window grabbed into
a PNG, exit); the baseline, benchmarks/bare_window.py, shows an empty QMainWindow of the same size and saves
it the same way. Both from source (``python main.py``), both frozen one-folder (dist/interview-reader and
the bare window built by benchmarks/bare-window.spec with the app's trimming) and, when built, both frozen
one-file (dist/onefile/interview-reader). Runs take turns; the medians are compared. From source, a third
program takes its turns: benchmarks/floor_window.py, the app's first screen made by PySide6 alone (no app
code), which says how much of the start-up is Qt's and PySide6's for that screen and how much is the app's.

"painted" is the time from the start to the PNG written (its modification time); "to exit" adds closing
the window and the interpreter's exit. "warm" starts with a data folder the app has already used (its
settings, annotations file and any cache made); "first start" gets a new, empty data folder every run.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from bare_build import BareBuilds, build_all
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
    median_first_paint,
    median_painted,
    median_peak,
    median_wall,
    qt_env,
    run_process,
    runs_from_argv,
)

APP_FOLDER = ROOT / "dist" / "interview-reader" / "interview-reader"
APP_ONEFILE = ROOT / "dist" / "onefile" / "interview-reader"
GROUP = "Start-up: process start → bundled transcript's first question painted (PNG written)"
RATIO = 1.5


def app_run(command: list[str], scratch: Path, data: Path | None, what: str) -> Callable[[int], Run]:
    """A callable for ``alternate``: one start of the app; ``data`` None means a new data folder each run."""

    def go(i: int) -> Run:
        folder = data if data is not None else scratch / f"fresh-{what}-{i}"
        png = scratch / f"{what}.png"
        cmd = [*command, "--data-dir", str(folder), "--screenshot", str(png)]
        return checked(run_process(cmd, env=qt_env(), marker=png), what)

    return go


def bare_run(command: list[str], scratch: Path, what: str) -> Callable[[int], Run]:
    def go(_i: int) -> Run:
        png = scratch / f"{what}-bare.png"
        return checked(run_process([*command, str(png)], env=qt_env(), marker=png), what)

    return go


def compare(label: str, app: list[str], bare: list[str], runs: int, scratch: Path,
            cold: bool = True, floor: list[str] | None = None) -> list[Row]:
    """Rows for one way of starting (source, folder, one-file): warm, first start, to exit, peak memory.

    With ``floor`` (benchmarks/floor_window.py: the same screen made by PySide6 alone), rows for it too.
    """
    scratch.mkdir(parents=True, exist_ok=True)
    warm = scratch / f"warm-{label}"
    checked(app_run(app, scratch, warm, f"{label}-prime")(0), f"{label} (priming run)")
    commands = {"warm": app_run(app, scratch, warm, f"{label}-warm"), "bare": bare_run(bare, scratch, label)}
    if cold:
        commands["cold"] = app_run(app, scratch, None, f"{label}-cold")
    if floor is not None:
        commands["floor"] = bare_run(floor, scratch, f"{label}-floor")
    result = alternate(commands, runs)
    bare_ms = median_painted(result["bare"]) * 1000
    rows = [Row(GROUP, f"{label}, warm data folder", median_painted(result["warm"]) * 1000, bare_ms, "ms",
                ("ratio", RATIO))]
    if cold:
        rows.append(Row(GROUP, f"{label}, first start (new data folder)",
                        median_painted(result["cold"]) * 1000, bare_ms, "ms", ("ratio", RATIO)))
    bare_paint = median_first_paint(result["bare"]) * 1000
    rows.append(Row(GROUP, f"{label}, warm, to the first paint (no PNG: the pane's paint mark)",
                    median_first_paint(result["warm"]) * 1000, bare_paint, "ms", ("ratio", RATIO)))
    if cold:
        rows.append(Row(GROUP, f"{label}, first start, to the first paint (no PNG: the pane's paint mark)",
                        median_first_paint(result["cold"]) * 1000, bare_paint, "ms", ("ratio", RATIO)))
    if floor is not None:
        rows.append(Row(GROUP, f"{label}, the same screen by PySide6 alone (floor_window.py: no app code), "
                        "to the first paint", median_first_paint(result["floor"]) * 1000, bare_paint, "ms",
                        ("ratio", RATIO)))
        rows.append(Row(GROUP, f"{label}, warm, to the first paint, vs that floor",
                        median_first_paint(result["warm"]) * 1000, median_first_paint(result["floor"]) * 1000,
                        "ms"))
    rows.append(Row(GROUP, f"{label}, warm, to process exit", median_wall(result["warm"]) * 1000,
                    median_wall(result["bare"]) * 1000, "ms"))
    rows.append(Row(GROUP, f"{label}, peak memory (warm)", median_peak(result["warm"]) / MIB,
                    median_peak(result["bare"]) / MIB, "MiB"))
    return rows


def rows(runs: int, bare: BareBuilds, scratch: Path) -> list[Row]:
    out = compare("from source", [PYTHON, str(ROOT / "main.py")], [PYTHON, str(BENCH / "bare_window.py")],
                  runs, scratch, floor=[PYTHON, str(BENCH / "floor_window.py")])
    builds = [("frozen one-folder", APP_FOLDER, bare.folder / "bare-window" if bare.folder else None, True),
              ("frozen one-file", APP_ONEFILE, bare.onefile, False)]
    for label, app, baseline, cold in builds:
        if not app.is_file() or baseline is None:
            why = "not built" if not app.is_file() else "bare build failed"
            out.append(Row(GROUP, label, None, None, "ms", ("ratio", RATIO), why))
        else:
            out += compare(label, [str(app)], [str(baseline)], runs, scratch, cold=cold)
    return out


def main() -> int:
    runs, _ = runs_from_argv()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        scratch = Path(tmp)
        emit(rows(runs, build_all(scratch / "bare", onefile=APP_ONEFILE.is_file()), scratch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
