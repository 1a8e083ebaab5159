"""Opening and reading big transcripts: open, first question, switching, a whole section, scrolling.

    python benchmarks/bench_reading.py [TIMES ...]     (default: 1 10 100 1000)

For each size (the bundled interview repeated TIMES times, see scale.py) it prints, in milliseconds:
parse, window open with the first question shown, switching question (median of 30), showing a
whole section, and continuous-mode scrolling (median and worst time of a page step over 300 steps).
Run offscreen: QT_QPA_PLATFORM=offscreen (make bench sets it).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from scale import write_scaled

from desktop_app.domain.parser import load_transcript
from desktop_app.gui.launch import application
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings
from desktop_app.storage.store import AnnotationStore


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def measure(times: int, folder: Path) -> list[str]:
    app = application()
    path = write_scaled(times, folder)
    began = time.perf_counter()
    transcript = load_transcript(path)
    parsed = time.perf_counter() - began
    data = folder / f"data-{times}"
    began = time.perf_counter()
    window = MainWindow(Settings.in_folder(str(data)), AnnotationStore.open(data))
    window.resize(1200, 800)
    window.open_transcript(transcript)
    window.show()
    app.processEvents()
    opened = time.perf_counter() - began
    questions = [q.id for q in transcript.questions()]
    switches = []
    for i in range(30):
        target = questions[(i * 7919) % len(questions)]
        began = time.perf_counter()
        window.select_node(target)
        app.processEvents()
        switches.append(time.perf_counter() - began)
    began = time.perf_counter()
    window.select_node(transcript.sections[len(transcript.sections) // 2].id)
    app.processEvents()
    section = time.perf_counter() - began
    window.action_continuous.trigger()
    window.select_node(transcript.sections[0].id)
    bar = window.pane.verticalScrollBar()
    steps = []
    for _ in range(300):
        began = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()
        steps.append(time.perf_counter() - began)
    reached = window.tree.currentIndex().data()
    window.close()
    window.store.close()
    QApplication.processEvents()
    return [
        f"{times}×",
        str(len(list(transcript.paragraphs()))),
        ms(parsed),
        ms(opened),
        ms(statistics.median(switches)),
        ms(max(switches)),
        ms(section),
        ms(statistics.median(steps)),
        ms(max(steps)),
        (reached or "")[:12],
    ]


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1, 10, 100, 1000]
    header = ["size", "paragraphs", "parse", "open+first question", "switch median", "switch worst",
              "whole section", "scroll step median", "scroll step worst", "tree followed to"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    with tempfile.TemporaryDirectory() as tmp:
        for times in sizes:
            print("| " + " | ".join(measure(times, Path(tmp))) + " |", flush=True)


if __name__ == "__main__":
    main()
