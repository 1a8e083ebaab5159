"""A long reading session holds steady: switching questions keeps nothing of the questions left."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAbstractTextDocumentLayout, QTextDocument, QTextFrame
from pytestqt.qtbot import QtBot

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.pane_marks import Mark

SWITCHES = 500
# Python objects of the types a switch makes for the pane (its document, layout, frames, marks).
PANE_TYPES = (QTextDocument, QAbstractTextDocumentLayout, QTextFrame, Mark)
TOLERANCE = 10  # a few objects come and go (timers, animations); one kept per switch would be 500


def _census(window: MainWindow) -> tuple[int, Counter[str]]:
    gc.collect()
    qt = len(window.findChildren(QObject))
    python = Counter(type(o).__name__ for o in gc.get_objects() if isinstance(o, PANE_TYPES))
    return qt, python


def test_500_question_switches_keep_no_qt_or_python_objects(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    questions = [q.id for q in window.transcript.questions()]
    assert len(questions) > 2

    def switch(times: int) -> None:
        for i in range(times):
            assert window.navigation.select_node(questions[i % len(questions)])
            qtbot.wait(1)  # back to the event loop between two clicks, as a reader's session does

    switch(len(questions) * 2)  # warm-up: every question shown once
    shown_text = window.pane.toPlainText()
    qt_before, python_before = _census(window)
    switch(SWITCHES)
    qt_after, python_after = _census(window)

    assert window.pane.toPlainText() != ""  # the pane still shows a question after all that
    assert shown_text
    assert qt_after - qt_before <= TOLERANCE, (qt_before, qt_after)
    for name in set(python_before) | set(python_after):
        assert python_after[name] - python_before[name] <= TOLERANCE, (name, python_before, python_after)
    assert len(window.pane.findChildren(QTextDocument)) <= 2  # the one shown (and Qt's own spare)
