from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSplitter

from desktop_app.domain.model import Transcript
from desktop_app.gui.actions import Act
from desktop_app.gui.launch import build_window, report_fallback
from desktop_app.gui.tree_model import NodeIdRole
from desktop_app.storage.store import AnnotationStore


def pane_text(window) -> str:
    return window.pane.toPlainText()


def test_objects_carry_names_for_tests_and_screen_readers(make_window) -> None:
    window = make_window()
    for name in ("questionTree", "answerPane", "speakerFilter"):
        widget = window.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    assert window.action(Act.NEXT).objectName() == "actionNextQuestion"


def test_the_title_names_the_interview_and_the_app_once(make_window, bundled: Transcript) -> None:
    # The window system shows "<title> — <application display name>" (Qt's formatWindowTitle): a title
    # that ended with the app's name too read "… — 访谈阅读器 — 访谈阅读器 Interview Reader" on X11.
    window = make_window()
    assert window.windowTitle() == bundled.title
    assert "访谈阅读器" not in window.windowTitle() and "Interview Reader" not in window.windowTitle()


def test_starts_on_the_first_question(make_window, bundled: Transcript) -> None:
    window = make_window()
    assert window.tree.currentIndex().data(NodeIdRole) == "s1-q1"
    text = pane_text(window)
    assert text.startswith(bundled.sections[0].title)
    assert "Sora真正厉害在哪里?" in text


def test_selecting_a_question_shows_its_answers_speaker_by_speaker(make_window, bundled: Transcript) -> None:
    window = make_window()
    assert window.navigation.select_node("s3-q1")
    question = bundled.find("s3-q1")
    text = pane_text(window)
    assert "复刻Sora,可行吗?难在哪里?" in text
    for turn in question.answers:
        assert turn.speaker in text
        for paragraph in turn.paragraphs:
            assert paragraph.text in text
    # speakers in the order they answered
    assert text.index("宋东桓") < text.index("薛彦泽")
    # nothing from another question
    assert bundled.find("s2-q1").answers[0].paragraphs[0].text not in text


def test_selecting_a_section_shows_all_its_questions(make_window, bundled: Transcript) -> None:
    window = make_window()
    assert window.navigation.select_node("s4")
    text = pane_text(window)
    for question in bundled.find("s4").questions:
        assert question.text in text
        for paragraph in question.paragraphs():
            assert paragraph.text in text


def test_preface_shows_the_intro(make_window, bundled: Transcript) -> None:
    window = make_window()
    assert window.navigation.select_node("preface")
    assert all(p.text in pane_text(window) for p in bundled.preface)


def test_unticking_a_guest_hides_their_turns_at_once(make_window, bundled: Transcript) -> None:
    window = make_window()
    window.navigation.select_node("s1-q1")
    xue = [p.text for t in bundled.find("s1-q1").answers if t.speaker == "薛彦泽" for p in t.paragraphs]
    assert all(p in pane_text(window) for p in xue)
    window.speaker_filter.box("薛彦泽").setChecked(False)
    text = pane_text(window)
    assert "薛彦泽" not in text
    assert not any(p in text for p in xue)
    assert "宋东桓" in text
    window.speaker_filter.box("薛彦泽").setChecked(True)
    assert all(p in pane_text(window) for p in xue)


def test_unticking_a_guest_hides_questions_only_they_answered(make_window) -> None:
    window = make_window()
    window.speaker_filter.box("宋东桓").setChecked(False)
    assert not window.navigation.select_node("s4-q1")
    assert window.navigation.select_node("s4-q2")
    assert "宋东桓" not in pane_text(window)


def test_unticking_the_host_hides_question_headings_but_keeps_answers(make_window, bundled) -> None:
    window = make_window()
    window.navigation.select_node("s2-q1")
    window.speaker_filter.box("T前线").setChecked(False)
    text = pane_text(window)
    question = bundled.find("s2-q1")
    assert question.text not in text
    assert question.answers[0].paragraphs[0].text in text
    assert window.navigation.select_node("s2-q1")


def test_hiding_the_current_questions_only_speaker_moves_selection_somewhere_visible(make_window) -> None:
    window = make_window()
    window.navigation.select_node("s6-q1")
    window.speaker_filter.box("宋东桓").setChecked(False)
    current = window.tree.currentIndex()
    assert current.isValid()
    assert "宋东桓" not in pane_text(window)


def test_next_and_previous_by_buttons_and_keyboard(qtbot, make_window) -> None:
    window = make_window()
    window.action(Act.NEXT).trigger()
    assert window.tree.currentIndex().data(NodeIdRole) == "s1-q2"
    window.action(Act.NEXT).trigger()
    assert window.tree.currentIndex().data(NodeIdRole) == "s2-q1"
    window.action(Act.PREVIOUS).trigger()
    assert window.tree.currentIndex().data(NodeIdRole) == "s1-q2"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.tree.currentIndex().data(NodeIdRole) == "s2-q1"
    assert "文生视频领域" in pane_text(window)
    qtbot.keyClick(window.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.tree.currentIndex().data(NodeIdRole) == "s1-q2"


def test_next_skips_filtered_questions_and_stops_at_the_ends(make_window) -> None:
    window = make_window()
    window.speaker_filter.box("薛彦泽").setChecked(False)
    window.navigation.select_node("s4-q2")
    window.action(Act.NEXT).trigger()
    assert window.tree.currentIndex().data(NodeIdRole) == "s5-q1"
    window.navigation.select_node("s6-q2")
    assert not window.action(Act.NEXT).isEnabled()
    window.action(Act.NEXT).trigger()
    assert window.tree.currentIndex().data(NodeIdRole) == "s6-q2"
    window.navigation.select_node("s3")
    window.action(Act.NEXT).trigger()
    assert window.tree.currentIndex().data(NodeIdRole) == "s3-q1"


def test_state_is_restored_at_the_next_start(make_window, data_dir: Path) -> None:
    window = make_window()
    window.resize(760, 540)  # the offscreen screen is 800×600
    window.navigation.select_node("s5-q1")
    window.speaker_filter.box("宋东桓").setChecked(False)
    splitter = window.findChild(QSplitter, "mainSplitter")
    splitter.setSizes([200, 560])
    sizes = splitter.sizes()
    window.close()

    again = make_window(data_dir)
    assert again.tree.currentIndex().data(NodeIdRole) == "s5-q1"
    assert not again.speaker_filter.box("宋东桓").isChecked()
    assert again.speaker_filter.box("薛彦泽").isChecked()
    assert "宋东桓" not in pane_text(again)
    assert again.findChild(QSplitter, "mainSplitter").sizes() == sizes
    assert (again.width(), again.height()) == (760, 540)


def test_a_fresh_data_folder_starts_clean(make_window, tmp_path: Path) -> None:
    window = make_window()
    window.navigation.select_node("s5-q1")
    window.speaker_filter.box("宋东桓").setChecked(False)
    window.close()
    other = tmp_path / "other"
    other.mkdir()
    fresh = make_window(other)
    assert fresh.tree.currentIndex().data(NodeIdRole) == "s1-q1"
    assert fresh.speaker_filter.box("宋东桓").isChecked()


def test_a_broken_transcript_falls_back_to_the_bundled_one_with_a_message(qtbot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\nT前线:hi\n", encoding="utf-8")
    window, error = build_window(str(broken), tmp_path / "data")
    qtbot.addWidget(window)
    assert error is not None
    window.show()
    report_fallback(window, error)
    box = window.findChild(QMessageBox, "errorMessage")
    assert box is not None and box.isVisible()
    assert "broken.md" in box.text() and re.search(r"line \d+", box.text())
    assert "bundled" in box.text()
    assert window.transcript is not None and window.transcript.id == "t-frontline-sora-2024"
    assert "Sora真正厉害在哪里?" in pane_text(window)
    box.close()


def test_text_keeps_a_margin_in_a_narrow_pane_and_a_measure_in_a_wide_one(make_window) -> None:
    window = make_window()
    pane = window.pane
    window.resize(700, 500)
    pane._fit_measure()
    narrow = pane.document().rootFrame().frameFormat().leftMargin()
    assert narrow >= pane.document().documentMargin() > 0
    pane.resize(3000, 500)
    pane._fit_measure()
    wide = pane.document().rootFrame().frameFormat().leftMargin()
    assert wide > narrow


def test_the_app_icon_has_every_size() -> None:
    from desktop_app.gui.launch import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}


def test_the_shortcut_list_is_a_grouped_table_made_from_the_actions(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = window.help.show_shortcuts()
    rows = dialog.rows()
    by_command = {command: (group, keys) for group, command, keys in rows}

    assert by_command["Next Question"] == ("Moving around", "Alt+Down, Ctrl+PgDown")
    assert by_command["Annotations"][1] == "Ctrl+Shift+A"
    assert by_command["Highlight"] == ("Highlights and notes", "Ctrl+H")
    assert all(("&" not in command and not keys.startswith("F1")) or command == "Keyboard Shortcuts"
               for _group, command, keys in rows)
    groups = [group for group, _c, _k in rows]
    assert groups == sorted(groups, key=groups.index)  # each heading's rows together
    dialog.close()


def test_the_days_backup_and_tidying_up_come_after_the_first_paint_not_before(qtbot, tmp_path: Path) -> None:
    """Opening a data folder that holds work backs it up and forgets old deletions once the window is up,
    not on the way to it."""
    data = tmp_path / "data"
    long_ago = datetime.now(UTC) - timedelta(days=40)
    with AnnotationStore.open(data, clock=lambda: long_ago) as store:
        store.set_question_note("t-frontline-sora-2024", "s1-q1", "记得回听这一段")
        store.set_question_note("t-frontline-sora-2024", "s1-q2", "删掉的笔记")
        store.set_question_note("t-frontline-sora-2024", "s1-q2", "")  # deleted 40 days ago
    later: list[Callable[[], None]] = []
    window, error = build_window(None, data, later)
    qtbot.addWidget(window)
    assert error is None
    assert window.store.backups() == []  # nothing copied before the first paint
    notes = window.store.question_notes("t-frontline-sora-2024", include_deleted=True)
    assert len(notes) == 2  # nor tidied
    for call in later:
        call()
    notes = window.store.question_notes("t-frontline-sora-2024", include_deleted=True)
    assert [n.note for n in notes] == ["记得回听这一段"]
    backups = window.store.backups()
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT note FROM question_notes").fetchall() == [("记得回听这一段",)]
    window.store.close()
