"""A very long paragraph is laid out in pieces: it opens, and highlights and selections keep their offsets."""

from __future__ import annotations

from pathlib import Path

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
