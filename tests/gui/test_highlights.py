"""Highlights and notes made through the window, as a reader makes them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.domain.annotations import Color
from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import parse_transcript
from desktop_app.gui.actions import Act
from desktop_app.gui.note_dialog import NoteDialog
from desktop_app.gui.pane_marks import MarkIdProperty
from desktop_app.gui.tree_model import CountRole
from desktop_app.storage.store import AnnotationStore


def highlight_passage(window, paragraph_id: str, start: int, end: int, color: Color | None = None):
    assert window.pane.marks.select_passage(paragraph_id, start, end)
    if color is not None:
        window.annotations.color_actions[color].trigger()
    else:
        window.findChild(type(window.action(Act.HIGHLIGHT)), "actionHighlight").trigger()
    return window.store.highlights(window.transcript.id)


def test_a_highlight_made_in_the_pane_is_stored_and_painted_after_a_restart(
    make_window, data_dir: Path, bundled: Transcript
) -> None:
    window = make_window()
    window.navigation.select_node("s1-q1")
    paragraph = bundled.find("s1-q1-p2")
    stored = highlight_passage(window, "s1-q1-p2", 5, 12)
    assert len(stored) == 1
    h = stored[0]
    assert (h.anchor.paragraph_id, h.anchor.start, h.anchor.end) == ("s1-q1-p2", 5, 12)
    assert h.anchor.exact == paragraph.text[5:12]
    assert h.anchor.prefix == paragraph.text[:5] and h.anchor.suffix == paragraph.text[12:44]
    assert (h.question_id, h.speaker, h.color) == ("s1-q1", "宋东桓", Color.YELLOW)
    assert [m.id for m in window.pane.marks.marks_on_screen()] == [h.id]
    assert len(window.pane.extraSelections()) == 1
    window.close()

    again = make_window(data_dir)
    assert again.tree.currentIndex().data() == "Sora真正厉害在哪里?"
    painted = again.pane.extraSelections()
    assert len(painted) == 1
    assert painted[0].cursor.selectedText() == paragraph.text[5:12]


def test_a_selection_across_speakers_makes_one_highlight_per_paragraph_grouped(make_window, bundled) -> None:
    window = make_window()
    window.navigation.select_node("s4-q1")
    pane = window.pane
    blocks = pane.paragraph_blocks
    doc = pane.document()
    first = doc.findBlockByNumber(blocks["s4-q1-p1"])  # the host's question
    last = doc.findBlockByNumber(blocks["s4-q1-p2"])  # 宋东桓's answer "会。"
    cursor = QTextCursor(doc)
    cursor.setPosition(first.position() + 2)
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    window.action(Act.HIGHLIGHT).trigger()
    stored = window.store.highlights(bundled.id)
    assert [(h.anchor.paragraph_id, h.speaker, h.anchor.exact) for h in stored] == [
        ("s4-q1-p1", "T前线", bundled.find("s4-q1-p1").text[2:]),
        ("s4-q1-p2", "宋东桓", "会。"),
    ]
    assert len({h.group_id for h in stored}) == 1
    assert len(pane.extraSelections()) == 2


ASTRAL = """---
id: astral
title: 𠮷 test
source: test
language: zh-Hans
speakers:
  - {name: 主持人, role: host}
  - {name: 嘉宾, role: guest}
---

主持人:问😀题?

嘉宾:𠮷野家的😀早餐很好吃,𠮷𠮷。
"""


def test_offsets_count_code_points_with_astral_characters(make_window, data_dir: Path) -> None:
    transcript = parse_transcript(ASTRAL, "astral.md")
    window = make_window(transcript=transcript)
    pane = window.pane
    block = pane.document().findBlockByNumber(pane.paragraph_blocks["s1-q1-p2"])
    text = block.text()
    assert text == "𠮷野家的😀早餐很好吃,𠮷𠮷。"
    # Select "😀早餐" on screen: UTF-16 positions 5..9 (𠮷 and 😀 are two units each).
    cursor = QTextCursor(pane.document())
    cursor.setPosition(block.position() + 5)
    cursor.setPosition(block.position() + 9, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "😀早餐"
    pane.setTextCursor(cursor)
    window.action(Act.HIGHLIGHT).trigger()
    (h,) = window.store.highlights("astral")
    assert (h.anchor.start, h.anchor.end, h.anchor.exact) == (4, 7, "😀早餐")
    assert h.anchor.prefix == "𠮷野家的"
    window.close()
    again = make_window(data_dir, transcript=transcript)
    (painted,) = again.pane.extraSelections()
    assert painted.cursor.selectedText() == "😀早餐"


def test_click_a_highlight_then_note_it_recolour_it_copy_it(qtbot, make_window, bundled) -> None:
    window = make_window()
    window.navigation.select_node("s2-q1")
    (h,) = highlight_passage(window, "s2-q1-p3", 0, 6)
    window.pane.setTextCursor(QTextCursor(window.pane.document()))  # drop the selection
    window.annotations.select("")
    point = window.pane.marks.mark_rect_center(h.id)
    qtbot.mouseClick(window.pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.annotations.selected == h.id
    assert window.action(Act.DELETE_HIGHLIGHT).isEnabled()

    window.findChild(type(window.action(Act.NOTE)), "actionNote").trigger()
    dialog = window.findChild(NoteDialog, "noteDialog")
    assert dialog is not None and dialog.isVisible()
    note = "第一行\n<script>alert('x')</script> **不是粗体** | \"引号\""
    dialog.editor.setPlainText(note)
    dialog.accept()
    assert window.store.get(h.id).note == note

    window.annotations.color_actions[Color.PINK].trigger()
    assert window.store.get(h.id).color == Color.PINK

    window.action(Act.COPY_HIGHLIGHT).trigger()
    assert QApplication.clipboard().text() == h.anchor.exact + "\n\n" + note


def test_delete_can_be_undone(make_window, bundled) -> None:
    window = make_window()
    window.navigation.select_node("s3-q1")
    (h,) = highlight_passage(window, "s3-q1-p2", 3, 9)
    window.annotations.select(h.id)
    window.action(Act.DELETE_HIGHLIGHT).trigger()
    assert window.store.highlights(bundled.id) == []
    assert window.store.highlights(bundled.id, include_deleted=True)[0].deleted
    assert window.pane.extraSelections() == []
    window.action(Act.UNDO).trigger()
    assert [x.id for x in window.store.highlights(bundled.id)] == [h.id]
    assert len(window.pane.extraSelections()) == 1


def test_a_note_on_a_question_from_the_tree_and_the_count_badge(make_window, bundled) -> None:
    window = make_window()
    window.navigation.select_node("s5-q1")
    dialog = window.annotations.edit_question_note()
    assert isinstance(dialog, QDialog)
    dialog.editor.setPlainText("3D 是关键")
    dialog.accept()
    (note,) = window.store.question_notes(bundled.id)
    assert (note.question_id, note.note) == ("s5-q1", "3D 是关键")
    highlight_passage(window, "s5-q1-p2", 0, 4)
    assert window.tree.currentIndex().data(CountRole) == 2


def test_highlights_stay_right_when_the_filter_hides_and_shows_text(make_window, bundled) -> None:
    window = make_window()
    window.navigation.select_node("s1")
    (xue,) = highlight_passage(window, "s1-q1-p9", 0, 10)  # 薛彦泽
    both = highlight_passage(window, "s1-q2-p2", 2, 8)  # 宋东桓, laid out after 薛彦泽's text
    expected = {h.id: bundled.find(h.anchor.paragraph_id).text[h.anchor.start : h.anchor.end] for h in both}

    def painted() -> dict[str, str]:
        selections = window.pane.extraSelections()
        return {s.format.property(MarkIdProperty): s.cursor.selectedText() for s in selections}

    assert painted() == expected
    window.speaker_filter.box("薛彦泽").setChecked(False)
    assert painted() == {k: v for k, v in expected.items() if k != xue.id}
    window.speaker_filter.box("薛彦泽").setChecked(True)
    assert painted() == expected


def test_another_window_on_the_same_data_sees_what_this_one_wrote(make_window, data_dir, bundled) -> None:
    one = make_window()
    two = make_window(data_dir)
    one.navigation.select_node("s1-q1")
    highlight_passage(one, "s1-q1-p2", 0, 5)
    two.annotations.reload()
    assert len(two.store.highlights(bundled.id)) == 1
    assert isinstance(two.store, AnnotationStore)


def test_colours_can_be_renamed_and_the_name_is_kept(make_window, data_dir: Path, bundled) -> None:
    window = make_window()
    assert window.annotations.color_actions[Color.YELLOW].text() in ("Key point", "重点")
    dialog = window.annotations.rename_colors()
    dialog.fields[Color.YELLOW].setText("核心论点")
    dialog.accept()
    assert window.annotations.color_actions[Color.YELLOW].text() == "核心论点"
    window.close()
    again = make_window(data_dir)
    assert again.annotations.labels()[Color.YELLOW] == "核心论点"
    assert again.annotations.color_actions[Color.YELLOW].text() == "核心论点"
