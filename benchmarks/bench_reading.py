"""Opening and reading big transcripts: open, first question, switching, a whole section, scrolling.

    python benchmarks/bench_reading.py [TIMES ...]     (default: 1 10 100 1000)
    python benchmarks/bench_reading.py --json TIMES     (one size, for run_all.py: see figures())

For each size (the bundled interview repeated TIMES times, see scale.py) it prints, in milliseconds:
parse, window open with the first question shown, switching question (median of 30), showing a
whole section, and continuous-mode scrolling (median and worst time of a page step over 300 steps).
Run offscreen: QT_QPA_PLATFORM=offscreen (make bench sets it).
"""

from __future__ import annotations

import itertools
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
from scale import write_scaled

from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import load_transcript
from desktop_app.gui.actions import Act
from desktop_app.gui.launch import application
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings
from desktop_app.storage.store import AnnotationStore


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def open_scaled(times: int, folder: Path) -> tuple[QApplication, Transcript, MainWindow, float, float]:
    """The transcript ``times`` the bundled one, parsed, then shown in a window: seconds for each."""
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
    return app, transcript, window, parsed, time.perf_counter() - began


def measure(times: int, folder: Path) -> list[str]:
    app, transcript, window, parsed, opened = open_scaled(times, folder)
    questions = [q.id for q in transcript.questions()]
    switches = []
    for i in range(30):
        target = questions[(i * 7919) % len(questions)]
        began = time.perf_counter()
        window.navigation.select_node(target)
        app.processEvents()
        switches.append(time.perf_counter() - began)
    began = time.perf_counter()
    window.navigation.select_node(transcript.sections[len(transcript.sections) // 2].id)
    app.processEvents()
    section = time.perf_counter() - began
    window.action(Act.CONTINUOUS).trigger()
    window.navigation.select_node(transcript.sections[0].id)
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


def settle(app: QApplication) -> float:
    """Let the work the window puts off until after its first paint start (the Annotations panel filled,
    the count and the search's preparation begun: AfterPaint, at most FALLBACK_MS later), as it does
    before a reader's first click could arrive. The count and the preparation go on during the switches.

    Returns the longest gap (ms) between two beats of a 5 ms timer meanwhile: how long a click right
    after the first paint would have waited.
    """
    from PySide6.QtCore import QTimer

    from desktop_app.gui.after_paint import FALLBACK_MS

    beats = [time.perf_counter()]
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start()
    end = time.perf_counter() + FALLBACK_MS / 1000 + 0.1
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    heartbeat.stop()
    beats.append(time.perf_counter())
    return max(b - a for a, b in itertools.pairwise(beats)) * 1000


def bare_browser_in(app: QApplication) -> tuple[QMainWindow, QTextBrowser]:
    """The baseline of switching: a plain QTextBrowser in a window of the same size, shown and painted."""
    window = QMainWindow()
    browser = QTextBrowser()
    window.setCentralWidget(browser)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    return window, browser


def plain_html(paragraphs: object) -> str:
    return "".join(f"<p>{p.html}</p>" for p in paragraphs)  # type: ignore[attr-defined]


def figures(times: int, folder: Path, switches: int = 30, sections: int = 7) -> dict[str, float]:
    """Milliseconds at one size, app and baseline alike, as a dict (what ``--json`` prints).

    stall: the longest the window did not answer in the ~0.6 s after its first paint (``settle``);
    stall_bare: the same with only a plain QTextBrowser open, before the window opens.
    switch: median and worst of ``switches`` question switches (select_node + one round of events), from
    ~0.6 s after the window opened (``settle``: what it puts off until after its first paint has started);
    switch_bare: the median of the same questions' paragraphs set as HTML into a plain QTextBrowser;
    section, section_bare: the same for ``sections`` whole sections (medians), a question shown between
    two of them so that each is a real change.
    """
    qt = application()
    bare, browser = bare_browser_in(qt)
    stall_bare = settle(qt)  # the beats with nothing else at work
    app, transcript, window, parsed, opened = open_scaled(times, folder)
    stall = settle(app)
    questions = list(transcript.questions())

    def timed(action: object) -> float:
        began = time.perf_counter()
        action()  # type: ignore[operator]
        app.processEvents()
        return (time.perf_counter() - began) * 1000

    picked = [questions[(i * 7919) % len(questions)] for i in range(switches)]
    switch = [timed(lambda q=q: window.navigation.select_node(q.id)) for q in picked]
    switch_bare = [timed(lambda q=q: browser.setHtml(plain_html(q.paragraphs()))) for q in picked]
    chosen = [transcript.sections[(i * 104729) % len(transcript.sections)] for i in range(sections)]
    section, section_bare = [], []
    for s in chosen:
        window.navigation.select_node(questions[0].id)
        app.processEvents()
        section.append(timed(lambda s=s: window.navigation.select_node(s.id)))
        browser.setHtml("")
        app.processEvents()
        section_bare.append(timed(
            lambda s=s: browser.setHtml("".join(plain_html(q.paragraphs()) for q in s.questions))
        ))
    window.close()
    bare.close()
    window.store.close()
    return {
        "paragraphs": len(list(transcript.paragraphs())),
        "parse": parsed * 1000,
        "open": opened * 1000,
        "stall": stall,
        "stall_bare": stall_bare,
        "switch": statistics.median(switch),
        "switch_worst": max(switch),
        "switch_bare": statistics.median(switch_bare),
        "section": statistics.median(section),
        "section_bare": statistics.median(section_bare),
    }


def main() -> None:
    if sys.argv[1:2] == ["--json"]:
        with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:  # a thread may still be closing
            print(json.dumps(figures(int(sys.argv[2]), Path(tmp))))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [1, 10, 100, 1000]
    header = ["size", "paragraphs", "parse", "open+first question", "switch median", "switch worst",
              "whole section", "scroll step median", "scroll step worst", "tree followed to"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:  # a thread may still be closing
        for times in sizes:
            print("| " + " | ".join(measure(times, Path(tmp))) + " |", flush=True)


if __name__ == "__main__":
    main()
