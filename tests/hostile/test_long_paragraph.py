"""A very long paragraph is laid out in pieces: it opens, and highlights and selections keep their offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.domain.parser import load_transcript
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.pane_layout import PIECE_CHARS
from desktop_app.gui.settings import Settings
from desktop_app.storage.store import AnnotationStore

FRONT = """\
---
id: long-paragraph
title: 长段落
source: a test
language: zh-Hans
speakers:
  - {name: 主持人, role: host}
  - {name: 嘉宾, role: guest}
---

## 一

主持人:问题?

嘉宾:"""


def open_long(qtbot: QtBot, tmp_path: Path, text: str) -> MainWindow:
    source = tmp_path / "long.md"
    source.write_text(FRONT + text + "\n\n嘉宾:短的一段。\n", encoding="utf-8")
    data = tmp_path / "data"
    window = MainWindow(Settings.in_folder(str(data)), AnnotationStore.open(data))
    qtbot.addWidget(window)
    window.open_transcript(load_transcript(source))
    window.show()
    qtbot.waitExposed(window)
    window.navigation.select_node("s1-q1")
    return window


def test_a_long_paragraph_shows_whole_and_a_highlight_across_pieces_keeps_its_offsets(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # Digits and an astral character (UTF-16 counts it twice) around the piece boundaries.
    text = "".join(f"第{i:05d}句𠮷。" for i in range(PIECE_CHARS // 3))
    window = open_long(qtbot, tmp_path, text)
    # Each piece is a block of its own (a line break in plain text); the text has none of its own.
    assert text in window.pane.toPlainText().replace("\n", "")
    assert window.pane.document().blockCount() > len(text) // PIECE_CHARS

    start, end = PIECE_CHARS - 5, 2 * PIECE_CHARS + 7  # spans three pieces
    assert window.pane.marks.select_passage("s1-q1-p2", start, end)
    made = window.annotations.highlight_selection()

    assert len(made) == 1
    anchor = made[0].anchor
    assert (anchor.paragraph_id, anchor.start, anchor.end) == ("s1-q1-p2", start, end)
    assert anchor.exact == text[start:end]
    assert [m.id for m in window.pane.marks.marks_on_screen()] == [made[0].id]
    painted = window.pane.extraSelections()[0]
    cursor = painted.cursor
    assert cursor.selectedText().replace("\u2029", "") == text[start:end]


def test_the_paragraph_after_a_long_one_is_still_its_own(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_long(qtbot, tmp_path, "长" * (3 * PIECE_CHARS + 10))
    assert window.pane.marks.select_passage("s1-q1-p3", 0, 2)
    passages = window.pane.marks.selected_passages()
    assert [(p.paragraph_id, p.start, p.end) for p in passages] == [("s1-q1-p3", 0, 2)]


def test_a_very_long_paragraph_arrives_in_slices_while_the_window_answers(qtbot: QtBot,
                                                                          tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer

    from desktop_app.gui.pane_layout import FIRST_PIECES
    from desktop_app.gui.pane_tail import MAX_SLICE

    pieces = FIRST_PIECES + 3 * MAX_SLICE + 1
    text = "".join(f"第{i:06d}句。" for i in range(pieces * PIECE_CHARS // 9))
    assert len(text) > (pieces - 1) * PIECE_CHARS
    window = open_long(qtbot, tmp_path, text)
    pane = window.pane
    shown = pane.toPlainText().replace("\n", "")
    assert text[: FIRST_PIECES * PIECE_CHARS] in shown  # the first screenfuls at once
    assert text not in shown and "短的一段。" in shown  # the rest to come; the next paragraph already there
    seen: list[bool] = []
    QTimer.singleShot(0, lambda: seen.append(pane.tail.filling))  # an event handled while it loads
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [True]
    qtbot.waitUntil(lambda: not pane.tail.filling)
    assert text in pane.toPlainText().replace("\n", "")
    # Offsets deep in what came later, and the paragraph after it, are where they belong.
    start, end = (pieces - 2) * PIECE_CHARS - 3, (pieces - 2) * PIECE_CHARS + 5
    assert pane.marks.select_passage("s1-q1-p2", start, end)
    made = window.annotations.highlight_selection()
    assert (made[0].anchor.start, made[0].anchor.end, made[0].anchor.exact) == (start, end, text[start:end])
    assert pane.extraSelections()[0].cursor.selectedText().replace("\u2029", "") == text[start:end]
    assert pane.marks.select_passage("s1-q1-p3", 0, 2)
    assert pane.textCursor().selectedText() == "短的"


def test_a_highlight_late_in_a_long_paragraph_is_painted_once_it_arrives(qtbot: QtBot,
                                                                         tmp_path: Path) -> None:
    from desktop_app.gui.pane_layout import FIRST_PIECES

    pieces = FIRST_PIECES + 10
    text = "".join(f"第{i:06d}句。" for i in range(pieces * PIECE_CHARS // 9))
    window = open_long(qtbot, tmp_path, text)
    window.pane.tail.finish()
    start = (pieces - 3) * PIECE_CHARS + 1
    assert window.pane.marks.select_passage("s1-q1-p2", start, start + 6)
    made = window.annotations.highlight_selection()
    window.navigation.select_node("s1")  # away, and back: the page is laid out again, its rest later
    window.navigation.select_node("s1-q1")
    assert window.pane.tail.filling
    qtbot.waitUntil(lambda: not window.pane.tail.filling)
    painted = [s.cursor.selectedText() for s in window.pane.extraSelections()]
    assert [m.id for m in window.pane.marks.marks_on_screen()] == [made[0].id]
    assert painted == [text[start : start + 6]]


def test_a_passage_far_into_a_paragraph_still_arriving_can_be_selected_at_once(qtbot: QtBot,
                                                                               tmp_path: Path) -> None:
    from desktop_app.gui.pane_layout import FIRST_PIECES

    pieces = FIRST_PIECES + 10
    text = "".join(f"第{i:06d}句。" for i in range(pieces * PIECE_CHARS // 9))
    window = open_long(qtbot, tmp_path, text)
    assert window.pane.tail.filling
    start = (pieces - 2) * PIECE_CHARS + 7
    assert window.pane.marks.select_passage("s1-q1-p2", start, start + 9)  # e.g. a search result's link
    assert window.pane.textCursor().selectedText() == text[start : start + 9]
    assert window.pane.tail.filling  # what is after it still comes in slices
    qtbot.waitUntil(lambda: not window.pane.tail.filling)
    expected = [text[i : i + PIECE_CHARS] for i in range(0, len(text), PIECE_CHARS)]
    assert _paragraph_blocks(window, "s1-q1-p2") == expected
    assert window.pane.textCursor().selectedText() == text[start : start + 9]


def _long_text(pieces: int) -> str:
    text = "".join(f"第{i:06d}句。" for i in range(pieces * PIECE_CHARS // 9 + 1))
    assert len(text) > (pieces - 1) * PIECE_CHARS
    return text


def _paragraph_blocks(window: MainWindow, paragraph_id: str) -> list[str]:
    from desktop_app.gui.pane_layout import ParagraphIdProperty

    document = window.pane.document()
    texts = []
    block = document.findBlockByNumber(window.pane.paragraph_blocks[paragraph_id])
    while block.isValid() and block.blockFormat().property(ParagraphIdProperty) == paragraph_id:
        texts.append(block.text())
        block = block.next()
    return texts


def test_the_window_answers_between_slices_and_the_text_arrives_whole_in_order(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer

    from desktop_app.gui import pane_tail
    from desktop_app.gui.pane_layout import FIRST_PIECES

    monkeypatch.setattr(pane_tail, "MAX_SLICE", 1)  # one piece a turn: as many turns as pieces left
    pieces = FIRST_PIECES + 8
    text = _long_text(pieces)
    window = open_long(qtbot, tmp_path, text)
    pane = window.pane
    seen: list[int] = []  # the pane's block count each time a queued timer got its turn
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: seen.append(pane.document().blockCount()))
    ticker.start()
    qtbot.waitUntil(lambda: not pane.tail.filling)
    ticker.stop()
    # The timer ran between the slices: it saw the page at many sizes on the way, not only before and after.
    assert len(set(seen)) >= pieces - FIRST_PIECES - 1
    assert seen == sorted(seen)
    # Every piece once, in order, each block holding exactly its piece: no empty block left behind.
    expected = [text[i : i + PIECE_CHARS] for i in range(0, len(text), PIECE_CHARS)]
    assert _paragraph_blocks(window, "s1-q1-p2") == expected
    assert pane.marks.select_passage("s1-q1-p3", 0, 2)
    assert pane.textCursor().selectedText() == "短的"


def test_appending_the_rest_repaints_nothing_on_screen(qtbot: QtBot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QEvent, QObject

    from desktop_app.gui import pane_tail
    from desktop_app.gui.pane_layout import FIRST_PIECES

    monkeypatch.setattr(pane_tail, "MAX_SLICE", 1)
    window = open_long(qtbot, tmp_path, _long_text(FIRST_PIECES + 12))
    pane = window.pane
    assert pane.tail.filling
    paints: list[int] = []

    class Count(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints.append(1)
            return False

    counter = Count()
    pane.viewport().installEventFilter(counter)
    qtbot.waitUntil(lambda: not pane.tail.filling)
    qtbot.wait(20)
    pane.viewport().removeEventFilter(counter)
    # The top of the page stays as it was while twelve slices arrive below it (the marks, once, at the end).
    assert len(paints) <= 2


def test_copying_across_pieces_gives_the_paragraphs_own_characters(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    text = "".join(f"第{i:05d}句𠮷。" for i in range(PIECE_CHARS // 3))  # an astral character at the seams
    window = open_long(qtbot, tmp_path, text)
    pane = window.pane
    start, end = PIECE_CHARS - 6, 2 * PIECE_CHARS + 4  # across two seams between pieces
    assert pane.marks.select_passage("s1-q1-p2", start, end)
    pane.cite_on_copy = False
    pane.copy()
    # Qt's own copy: every character, with a line break at each seam between pieces (a copy made without
    # them crashed the process at its exit; see AnswerPane.createMimeDataFromSelection).
    assert QApplication.clipboard().text().replace("\n", "") == text[start:end]
    pane.cite_on_copy = True
    pane.copy()
    assert QApplication.clipboard().text() == f"「{text[start:end]}」——嘉宾,《长段落》"
    # Past its end: a line break where the paragraph ends, then the next turn's speaker.
    assert pane.marks.select_passage("s1-q1-p2", len(text) - 3, len(text))
    cursor = pane.textCursor()
    cursor.setPosition(cursor.position() + 3, cursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.cite_on_copy = False
    pane.copy()
    assert QApplication.clipboard().text() == text[-3:] + "\n嘉宾"
