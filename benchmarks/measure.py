"""What the benchmark modules share: timing a process, medians, and the rows of the results table.

A measured process is started through GNU time (``/usr/bin/time -f %M``), which reports the peak resident
memory of that one process (including the children it reaped itself, e.g. the process a one-file
PyInstaller build starts). Not ``ru_maxrss`` from this process's own ``wait4``: on Linux a child spawned
by fork or vfork starts its peak from the spawning process's, and this one holds big transcripts at times,
while /usr/bin/time is tiny. (Without /usr/bin/time, ``wait4``'s figure is used, and may be high.) Wall
time runs from just before the start to just after the reaping, so it holds the interpreter's start, the
imports, the window's first paint, saving the PNG and the exit: the same for the app and its baseline.
The time to "painted" is the time to the PNG written: the modification time of the PNG that ``--screenshot``
(and benchmarks/bare_window.py) saves right after the first paint, against the wall clock at the start.
It leaves out closing the window and the interpreter's exit, which frees every object of a big transcript.
The time to "first paint" leaves out what comes after the first question is on screen (``--screenshot``
fills the Annotations panel and counts the speakers' shares before its picture, grabs the window and
encodes the PNG): both processes are given $INTERVIEW_READER_PAINTED_MARK, a file the app writes once its
answer pane has painted and the bare window once it has, and that file's modification time ends it.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
PYTHON = sys.executable
MIB = 2**20
GNU_TIME = shutil.which("time", path="/usr/bin:/bin")


@dataclass
class Run:
    """One finished process."""

    wall: float  # seconds, start to exit
    peak: int  # bytes
    code: int
    painted: float | None = None  # seconds, start to the marker file written (see run_process)
    first_paint: float | None = None  # seconds, start to the paint mark written (see run_process)


def run_process(cmd: Sequence[str | os.PathLike[str]], env: dict[str, str] | None = None,
                cwd: Path = ROOT, stdout: int | None = subprocess.DEVNULL, marker: Path | None = None) -> Run:
    """Start ``cmd``, wait for it, and return its wall time, peak memory and exit code.

    With ``marker`` (a file the process writes, e.g. its --screenshot PNG; removed first), also the time
    from the start to the marker's last modification, and the time to the first paint (a mark file beside
    it, named to the process by $INTERVIEW_READER_PAINTED_MARK).
    """
    mark = None
    if marker is not None:
        marker.unlink(missing_ok=True)
        mark = marker.with_name(marker.name + ".painted")
        mark.unlink(missing_ok=True)
        env = dict(os.environ if env is None else env, INTERVIEW_READER_PAINTED_MARK=str(mark))
    with tempfile.NamedTemporaryFile("r", prefix="bench-rss-", suffix=".txt") as report:
        wrapper = [GNU_TIME, "-f", "%M", "-o", report.name] if GNU_TIME else []
        began, began_ns = time.perf_counter(), time.time_ns()
        process = subprocess.Popen([*wrapper, *(str(c) for c in cmd)], env=env, cwd=cwd, stdout=stdout,
                                   stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - began
        process.returncode = os.waitstatus_to_exitcode(status)  # Popen must not wait for it again
        lines = report.read().split()
    peak_kib = int(lines[-1]) if GNU_TIME and lines and lines[-1].isdigit() else usage.ru_maxrss
    painted = first_paint = None
    if marker is not None and marker.exists():
        painted = (marker.stat().st_mtime_ns - began_ns) / 1e9
    if mark is not None and mark.exists():
        first_paint = (mark.stat().st_mtime_ns - began_ns) / 1e9
    return Run(wall, peak_kib * 1024, process.returncode, painted, first_paint)


def checked(run: Run, what: str) -> Run:
    """``run``, or SystemExit if it failed."""
    if run.code != 0:
        raise SystemExit(f"benchmark: {what} exited with {run.code}")
    return run


def qt_env(**extra: str) -> dict[str, str]:
    """The environment for a measured process: offscreen Qt, this checkout importable, bytecode kept.

    The bare window's PySide6 was compiled when it was installed; a warm start of the app from source
    finds its own modules compiled too. With PYTHONDONTWRITEBYTECODE in the caller's environment every
    start would compile the app's hundred modules again, which no user's second start does.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.update(extra)
    return env


def alternate(commands: dict[str, Callable[[int], Run]], runs: int) -> dict[str, list[Run]]:
    """Run each command ``runs`` times, taking turns (in a rotating order) so drift hits all alike.

    Each value is called with the run number and returns its Run.
    """
    names = list(commands)
    results: dict[str, list[Run]] = {name: [] for name in names}
    for i in range(runs):
        turn = names[i % len(names):] + names[: i % len(names)]
        for name in turn:
            results[name].append(commands[name](i))
    return results


def median_wall(runs: list[Run]) -> float:
    return statistics.median(r.wall for r in runs)


def median_painted(runs: list[Run]) -> float:
    if any(r.painted is None for r in runs):
        raise SystemExit("benchmark: a measured process wrote no PNG")
    return statistics.median(r.painted for r in runs)  # type: ignore[misc]


def median_first_paint(runs: list[Run]) -> float:
    if any(r.first_paint is None for r in runs):
        raise SystemExit("benchmark: a measured process wrote no paint mark")
    return statistics.median(r.first_paint for r in runs)  # type: ignore[misc]


def median_peak(runs: list[Run]) -> float:
    return statistics.median(r.peak for r in runs)


def json_child(cmd: Sequence[str | os.PathLike[str]], env: dict[str, str] | None = None) -> dict:
    """Run a benchmark module that prints one JSON object on its last line of output; return that object."""
    done = subprocess.run([str(c) for c in cmd], env=env or qt_env(), cwd=ROOT, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"benchmark: {' '.join(map(str, cmd))} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the table -----------------------------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the results table: a figure of the app beside the same figure of a baseline.

    ``unit`` is "ms", "s", "MiB", "MB" or "" (a count). ``goal`` is one of
    ("ratio", x): app ≤ x × baseline;  ("over", x): app − baseline ≤ x (in ``unit``);
    ("max", x): app ≤ x;  None: no goal, the figure is for information.
    A None ``app`` means the thing was not built/measured: ``note`` says why.
    """

    group: str
    measure: str
    app: float | None
    baseline: float | None
    unit: str
    goal: tuple[str, float] | None = None
    note: str = ""

    @property
    def met(self) -> bool | None:
        if self.goal is None or self.app is None:
            return None
        kind, limit = self.goal
        if kind == "max":
            return self.app <= limit
        if self.baseline is None:
            return None
        if kind == "ratio":
            return self.app <= limit * self.baseline
        return self.app - self.baseline <= limit


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    if unit == "MB":
        return f"{value:.1f} MB"
    return f"{value:,.0f}"


def goal_text(row: Row) -> str:
    if row.goal is None:
        return "—"
    kind, limit = row.goal
    if kind == "ratio":
        return f"≤ {limit:g}×"
    if kind == "over":
        return f"≤ +{fmt(limit, row.unit)}"
    return f"≤ {fmt(limit, row.unit)}"


def markdown(rows: list[Row]) -> str:
    lines = ["| measure | app | baseline | ratio | goal | met? |", "|---|---|---|---|---|---|"]
    group = None
    for row in rows:
        if row.group != group:
            group = row.group
            lines.append(f"| **{group}** | | | | | |")
        if row.app is None:
            lines.append(f"| {row.measure} | {row.note or 'not measured'} | {fmt(row.baseline, row.unit)} "
                         f"| — | {goal_text(row)} | — |")
            continue
        ratio = f"{row.app / row.baseline:.2f}×" if row.baseline else "—"
        met = {True: "yes", False: "**NO**", None: "—"}[row.met]
        over = ""
        if row.goal and row.goal[0] == "over" and row.baseline is not None:
            difference = row.app - row.baseline  # faster than the baseline in a noisy run: "−5 ms", not "+-5"
            over = f" ({'+' if difference >= 0 else '−'}{fmt(abs(difference), row.unit)})"
        lines.append(f"| {row.measure} | {fmt(row.app, row.unit)}{over} | {fmt(row.baseline, row.unit)} "
                     f"| {ratio} | {goal_text(row)} | {met} |")
    return "\n".join(lines)


def runs_from_argv(default: int = 7) -> tuple[int, list[str]]:
    """``--runs N`` / ``--quick`` from the command line of a benchmark module; the other arguments."""
    args = sys.argv[1:]
    runs = default
    if "--quick" in args:
        args.remove("--quick")
        runs = 3
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i : i + 2]
    return runs, args


def emit(rows: list[Row]) -> None:
    """Print a module's own rows as a table (when the module runs on its own)."""
    print(markdown(rows))
