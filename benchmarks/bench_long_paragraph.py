"""A single paragraph of ~50 MB (the hostile-input case): how soon it shows, and how long the window stalls.

    python benchmarks/bench_long_paragraph.py [--runs N | --quick] [--json]

In one process (offscreen), a window on a transcript whose one answer is a ~50 MB paragraph goes to that
question (the speakers' shares already counted); a 5 ms heartbeat timer records the event loop's turns
until the whole paragraph is in the pane. "shown": from the question chosen to the first screenful painted;
"stall": the longest gap between two turns of the event loop meanwhile (the window not answering).
Baseline, in the same process and taking turns: the same window laying the paragraph out whole at once
(pane_layout.FIRST_PIECES set past its length), as before the pane appended it in slices. Medians.

"preparation": the same heartbeat while the search's preparation (the thread the window starts after its
first paint: the folded text, its fingerprint, the trigram index written to a fresh cache file) runs
alone, the window idle: the longest gap is how long the window does not answer because of it. Baseline,
taking turns: the index with one row per paragraph (fts.PIECE_CHARS set past the paragraph's length), as
before long paragraphs were indexed in pieces.
"""

from __future__ import annotations

import itertools
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from measure import Row, emit, runs_from_argv

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop_app.domain.model import Transcript
    from desktop_app.gui.main_window import MainWindow

GROUP = "A single ~50 MB paragraph (vs laying it out whole at once)"
STALL_MS = 100.0  # the window answers: no turn of the event loop waits longer than this
FRONT = """\
---
id: long-paragraph-bench
title: 长段落
source: a benchmark
language: zh-Hans
speakers:
  - {name: 主持人, role: host}
  - {name: 嘉宾, role: guest}
---

## 一

主持人:开场?

主持人:问题?

嘉宾:"""


def write_transcript(folder: Path) -> Path:
    """The transcript: one question with a short answer, then one whose answer is ~50 MB on one line."""
    sentence = "第一二三四五六七八九十句文字，也有 English words 在里面。"  # 37 characters, ~80 bytes
    path = folder / "long.md"
    text = FRONT.replace("主持人:问题?", "嘉宾:短答。\n\n主持人:问题?") + sentence * 620_000 + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def measure(app: QApplication, window: MainWindow, first: int | None,
            transcript: Transcript) -> tuple[float, float]:
    """(shown, stall) in ms for going to the long paragraph, ``first`` pieces at once (None: all)."""
    from PySide6.QtCore import QTimer

    from desktop_app.gui import pane_layout

    pane_layout.FIRST_PIECES = 10**9 if first is None else first
    window.open_transcript(transcript)
    window.navigation.select_node("s1-q1")
    # What opening starts after the first paint is let finish first: this row is about the pane's filling.
    # (The search's preparation, in a thread, has a row of its own: ``preparation``.)
    window.stats.now(transcript)  # the speakers' count (it runs between events otherwise)
    deadline = time.perf_counter() + 120
    settle = time.perf_counter() + 0.6  # past after_paint.FALLBACK_MS: whatever waits for a paint has started
    while time.perf_counter() < settle or threading.active_count() > 1:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit("benchmark: the search's preparation never ended")
    app.processEvents()
    ticks: list[float] = []
    shown: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def choose() -> None:
        began = time.perf_counter()
        window.navigation.select_node("s1-q2")
        window.pane.viewport().repaint()
        shown.append(time.perf_counter() - began)

    heartbeat.start()
    ticks.append(time.perf_counter())
    QTimer.singleShot(0, choose)
    while not shown or window.pane.tail.filling:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit("benchmark: the paragraph never arrived whole")
    app.processEvents()
    heartbeat.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    return shown[0] * 1000, max(gaps) * 1000


def preparation(app: QApplication, transcript: Transcript, cache: Path, whole: bool) -> float:
    """The longest gap (ms) of a 5 ms heartbeat while the search is prepared into ``cache``."""
    from PySide6.QtCore import QTimer

    from desktop_app.domain.search import TranscriptIndex, fts
    from desktop_app.gui.steps import Steps

    pieces, fts.PIECE_CHARS = fts.PIECE_CHARS, 10**12 if whole else fts.PIECE_CHARS
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    deadline = time.perf_counter() + 300
    try:
        heartbeat.start()
        ticks.append(time.perf_counter())
        made: list[TranscriptIndex] = []  # as the window prepares it: steps between events, then a thread
        Steps(TranscriptIndex.making(transcript, cache), then=made.append)
        while not made or threading.active_count() > 1:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise SystemExit("benchmark: the search's preparation never ended")
        app.processEvents()
        heartbeat.stop()
    finally:
        fts.PIECE_CHARS = pieces
    index = made[0]
    if not index.wait_ready(0) or not index.cached:
        raise SystemExit("benchmark: the search's index was not written to its cache file")
    index.close()
    return max(b - a for a, b in itertools.pairwise(ticks)) * 1000


def figures(runs: int) -> dict[str, float]:
    """Medians of ``runs`` turns of the app and of the baseline (Qt and the app imported here)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout, run by hand too
    from PySide6.QtWidgets import QApplication

    from desktop_app.domain.parser import load_transcript
    from desktop_app.gui import pane_layout
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.settings import Settings
    from desktop_app.storage.store import AnnotationStore

    first = pane_layout.FIRST_PIECES  # the app's; the baseline sets it past the paragraph's length
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="bench-long-") as tmp:
        folder = Path(tmp)
        transcript = load_transcript(write_transcript(folder))
        window = MainWindow(Settings.in_folder(str(folder / "data")), AnnotationStore.open(folder / "data"))
        window.resize(1280, 820)
        window.show()
        got: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
        prepared: dict[bool, list[float]] = {False: [], True: []}
        for i in range(runs):
            for whole in (i % 2 == 0, i % 2 != 0):  # taking turns, the first alternating
                got[whole].append(measure(app, window, None if whole else first, transcript))
                cache = folder / f"search-{i}-{whole}.sqlite"  # a fresh file: the index is written
                prepared[whole].append(preparation(app, transcript, cache, whole))
        window.close()
        window.store.close()
    return {
        "shown": statistics.median(s for s, _ in got[False]),
        "shown_whole": statistics.median(s for s, _ in got[True]),
        "stall": statistics.median(g for _, g in got[False]),
        "stall_whole": statistics.median(g for _, g in got[True]),
        "preparation": statistics.median(prepared[False]),
        "preparation_whole": statistics.median(prepared[True]),
        "chars": float(len(transcript.sections[0].questions[1].answers[0].paragraphs[0].text)),
    }


def rows(fig: dict[str, float], runs: int) -> list[Row]:
    of = f"median of {runs}"
    return [
        Row(GROUP, f"choose its question → first screenful painted ({of})", fig["shown"], fig["shown_whole"],
            "ms"),
        Row(GROUP, f"longest the window does not answer until the paragraph is whole ({of})", fig["stall"],
            fig["stall_whole"], "ms", ("max", STALL_MS)),
        Row(GROUP, f"the search's preparation: longest the idle window does not answer ({of}; baseline: "
            "the paragraph in one index row)", fig["preparation"], fig["preparation_whole"], "ms",
            ("max", STALL_MS)),
    ]


def main() -> int:
    runs, args = runs_from_argv()
    runs = min(runs, 5)  # each run lays out ~50 MB twice
    fig = figures(runs)
    if "--json" in args:
        print(json.dumps(fig))
    else:
        emit(rows(fig, runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
