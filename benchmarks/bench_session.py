"""A long reading session in the window: memory over 3,000 question switches, and 1,500 mixed actions.

    python benchmarks/bench_session.py [--switches N] [--actions N] [--json]

Each measure runs in a process of its own (peak memory is the process's, ru_maxrss), driving the window
offscreen on the 10× transcript (scale.py) and returning to the event loop after every action, as a
reader's session does:
- switches: N question switches after a warm-up (every question shown once); the growth of peak memory
  from the end of the warm-up to the end, beside a bare QTextBrowser doing the same switches with
  ``setHtml`` of each question's paragraphs (the baseline: what Qt itself keeps);
- mixed: N actions in turn: switch to the next question, highlight a passage in it, and every 10th a
  search; the time the last fifth of them took beside the first fifth (the baseline).
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from html import escape
from pathlib import Path
from typing import Any

from measure import PYTHON, Row, emit, json_child
from scale import write_scaled

GROUP = "A long session (10× transcript, offscreen)"
TIMES = 10
MEMORY_GOAL_MIB = 20.0
SLOWDOWN_GOAL = 1.5


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def settle() -> None:
    """What the event loop does between two clicks: posted events, then deferred deletions."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def window_on(folder: Path) -> Any:
    from desktop_app.gui.launch import application, build_window

    application()
    window, _ = build_window(write_scaled(TIMES, folder / "transcripts"), folder / "data")
    window.show()
    settle()
    return window


def switches_in_window(n: int, folder: Path) -> dict[str, float]:
    window = window_on(folder)
    questions = [q.id for q in window.transcript.questions()]
    for i in range(len(questions)):  # warm-up: every question once
        window.navigation.select_node(questions[i])
        settle()
    warm = peak_mib()
    for i in range(n):
        window.navigation.select_node(questions[i % len(questions)])
        settle()
    return {"warm": warm, "end": peak_mib()}


def switches_in_bare_browser(n: int, folder: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QTextBrowser

    from desktop_app.domain.parser import load_transcript
    from desktop_app.gui.launch import application

    application()
    transcript = load_transcript(write_scaled(TIMES, folder / "transcripts"))
    pages = [f"<h2>{escape(q.text)}</h2>" + "".join(f"<p>{p.html}</p>" for p in q.paragraphs())
             for q in transcript.questions()]
    browser = QTextBrowser()
    browser.resize(900, 700)
    browser.show()
    for page in pages:
        browser.setHtml(page)
        settle()
    warm = peak_mib()
    for i in range(n):
        browser.setHtml(pages[i % len(pages)])
        settle()
    return {"warm": warm, "end": peak_mib()}


def mixed_actions(n: int, folder: Path) -> dict[str, float]:
    from desktop_app.gui.actions import Act

    window = window_on(folder)
    questions = [q for q in window.transcript.questions() if any(len(p.text) > 12 for p in q.paragraphs())]
    panel = window.search_panel
    samples = []
    for i in range(n):
        question = questions[(i // 2) % len(questions)]
        began = time.perf_counter()
        if i % 10 == 9:
            panel.field.setText(("好莱坞", "信心", "Sora")[i // 10 % 3])
            panel.emit_query()
        elif i % 2 == 0:
            window.navigation.select_node(question.id)
        else:
            paragraph = next(p for p in question.paragraphs() if len(p.text) > 12)
            start = (i * 7) % (len(paragraph.text) - 8)
            window.pane.marks.select_passage(paragraph.id, start, start + 6)
            window.action(Act.HIGHLIGHT).trigger()
        settle()
        samples.append(time.perf_counter() - began)
    fifth = n // 5
    return {"first": sum(samples[:fifth]), "last": sum(samples[-fifth:]), "peak": peak_mib()}


CHILDREN = {"window": switches_in_window, "bare": switches_in_bare_browser, "mixed": mixed_actions}


def child(kind: str, n: int) -> dict[str, float]:
    return json_child([PYTHON, Path(__file__), "--child", kind, str(n)])


def rows(switches: int = 3000, actions: int = 1500) -> list[Row]:
    window, bare, mixed = child("window", switches), child("bare", switches), child("mixed", actions)
    return [
        Row(GROUP, f"{switches:,} question switches after warm-up: peak memory growth (vs a bare QTextBrowser"
            " doing the same setHtml switches)", window["end"] - window["warm"], bare["end"] - bare["warm"],
            "MiB", ("max", MEMORY_GOAL_MIB)),
        Row(GROUP, f"{switches:,} question switches: peak memory at the end (vs the bare QTextBrowser)",
            window["end"], bare["end"], "MiB"),
        Row(GROUP, f"{actions:,} mixed actions (switch, highlight, a search every 10th): the last fifth "
            "(vs the first fifth)", mixed["last"], mixed["first"], "s", ("ratio", SLOWDOWN_GOAL)),
        Row(GROUP, f"{actions:,} mixed actions: peak memory at the end (vs the bare QTextBrowser's after "
            f"{switches:,} switches)", mixed["peak"], bare["end"], "MiB"),
    ]


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--child"]:
        with tempfile.TemporaryDirectory(prefix="bench-session-") as tmp:
            print(json.dumps(CHILDREN[args[1]](int(args[2]), Path(tmp))))
        return 0
    switches = int(args[args.index("--switches") + 1]) if "--switches" in args else 3000
    actions = int(args[args.index("--actions") + 1]) if "--actions" in args else 1500
    emit(rows(switches, actions))
    return 0


if __name__ == "__main__":
    sys.exit(main())
