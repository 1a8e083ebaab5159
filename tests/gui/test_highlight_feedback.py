"""Highlighting you can find: a toolbar beside the selection, feedback in the status bar, a keyboard path."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.domain.annotations import Color
from desktop_app.gui.actions import Act
from desktop_app.gui.note_dialog import NoteDialog


def toolbar(window) -> QWidget:
    bar = window.findChild(QWidget, "selectionToolbar")
    assert bar is not None
    return bar


def button_texts(window) -> list[str]:
    return [b.defaultAction().objectName() for b in window.tools.toolbar.buttons()]


def button(window, name: str):
    return next(b for b in window.tools.toolbar.buttons() if b.defaultAction().objectName() == name)


def drag_select(qtbot, window, paragraph_id: str, start: int, end: int) -> None:
    """Select by dragging with the mouse from ``start`` to ``end`` of a paragraph on screen."""
    pane = window.pane
    assert pane.marks.select_passage(paragraph_id, start, start)
    a = pane.cursorRect(pane.textCursor()).center()
    assert pane.marks.select_passage(paragraph_id, end, end)
    b = pane.cursorRect(pane.textCursor()).center()
    pane.setTextCursor(QTextCursor(pane.document()))
    viewport = pane.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, pos=QPoint((a.x() + b.x()) // 2, b.y()))
    qtbot.mouseMove(viewport, pos=b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_a_mouse_selection_shows_the_toolbar_and_esc_puts_it_away(qtbot, make_window) -> None:
    window = make_window()
    window.resize(1100, 760)
    window.navigation.select_node("s2-q1")
    drag_select(qtbot, window, "s2-q1-p3", 2, 12)

    assert window.pane.textCursor().hasSelection()
    assert toolbar(window).isVisible()
    names = button_texts(window)
    assert names[:5] == [f"actionColor_{c}" for c in ("yellow", "green", "blue", "pink", "orange")]
    assert names[5:] == ["actionCode", "actionNote", "actionCopyQuote", "actionCopyLink"]
    qtbot.keyClick(window.pane, Qt.Key.Key_Escape)
    assert not toolbar(window).isVisible()


def test_a_colour_in_the_toolbar_highlights_and_the_status_bar_says_so(qtbot, make_window) -> None:
    window = make_window()
    window.resize(1100, 760)
    window.navigation.select_node("s2-q1")
    drag_select(qtbot, window, "s2-q1-p3", 0, 8)
    button(window, "actionColor_green").click()

    (made,) = window.store.highlights(window.transcript.id)
    assert (made.anchor.start, made.anchor.end, str(made.color)) == (0, 8, "green")
    label = window.annotations.labels()[made.color]
    assert window.statusBar().currentMessage() == f"Highlighted as “{label}”."


def test_clicking_a_highlight_offers_recolour_note_delete_and_undo(qtbot, make_window) -> None:
    window = make_window()
    window.resize(1100, 760)
    window.navigation.select_node("s2-q1")
    assert window.pane.marks.select_passage("s2-q1-p3", 0, 6)
    window.action(Act.HIGHLIGHT).trigger()
    (h,) = window.store.highlights(window.transcript.id)
    window.pane.setTextCursor(QTextCursor(window.pane.document()))
    point = window.pane.marks.mark_rect_center(h.id)
    qtbot.mouseClick(window.pane.viewport(), Qt.MouseButton.LeftButton, pos=point)

    assert toolbar(window).isVisible()
    offered = ["actionCode", "actionNote", "actionCopyLink", "actionShareCard", "actionDeleteHighlight"]
    assert button_texts(window)[5:] == offered
    button(window, "actionDeleteHighlight").click()
    assert [x.id for x in window.store.highlights(window.transcript.id) if not x.deleted] == []
    undo = window.findChild(QPushButton, "statusUndoButton")
    assert undo.isVisible() and window.statusBar().currentMessage() == "Highlight deleted."
    undo.click()
    assert [x.id for x in window.store.highlights(window.transcript.id) if not x.deleted] == [h.id]


def test_highlight_with_nothing_selected_says_how_to_select(make_window) -> None:
    window = make_window()
    window.pane.setTextCursor(QTextCursor(window.pane.document()))
    window.action(Act.HIGHLIGHT).trigger()
    assert "Select some text first" in window.statusBar().currentMessage()
    assert window.store.highlights(window.transcript.id) == []


def test_keyboard_only_highlight_with_the_caret(qtbot, make_window) -> None:
    window = make_window()
    window.navigation.select_node("s2-q1")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    qtbot.keyClick(window.pane, Qt.Key.Key_F7)
    assert window.pane.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    # The caret at the start of a paragraph (a keyboard reader gets there with the arrow keys).
    assert window.pane.marks.select_passage("s2-q1-p3", 0, 0)
    for _ in range(5):
        qtbot.keyClick(window.pane, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.pane, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)

    (made,) = window.store.highlights(window.transcript.id)
    text = window.transcript.find("s2-q1-p3").text
    assert (made.anchor.paragraph_id, made.anchor.start, made.anchor.end) == ("s2-q1-p3", 0, 5)
    assert made.anchor.exact == text[:5]


def test_highlight_the_paragraph_at_the_caret(make_window) -> None:
    window = make_window()
    window.navigation.select_node("s2-q1")
    assert window.pane.marks.select_passage("s2-q1-p3", 4, 4)
    window.action(Act.HIGHLIGHT_PARAGRAPH).trigger()
    (made,) = window.store.highlights(window.transcript.id)
    assert made.anchor.exact == window.transcript.find("s2-q1-p3").text


def test_ctrl_enter_saves_the_note(qtbot, make_window) -> None:
    window = make_window()
    window.navigation.select_node("s2-q1")
    window.action(Act.QUESTION_NOTE).trigger()
    dialog = window.findChild(NoteDialog, "noteDialog")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.editor.setPlainText("用键盘保存")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [n.note for n in window.store.question_notes(window.transcript.id)] == ["用键盘保存"]


def test_the_empty_annotations_panel_says_how_to_start_and_entries_show_the_note_below(
    qtbot, make_window
) -> None:
    window = make_window()
    # The panel is filled after the first paint; until then it claims nothing.
    qtbot.waitUntil(lambda: window.panel.empty_hint.isVisibleTo(window.panel))
    assert "Ctrl+H" in window.panel.empty_hint.text()
    window.navigation.select_node("s2-q1")
    assert window.pane.marks.select_passage("s2-q1-p3", 0, 6)
    window.action(Act.HIGHLIGHT).trigger()
    (h,) = window.store.highlights(window.transcript.id)
    window.store.update_highlight(h.id, note="第一行笔记\n第二行")
    window.annotations.reload()
    assert not window.panel.empty_hint.isVisibleTo(window.panel)
    model = window.panel.model
    entry = model.index(0, 0, model.index(0, 0)).data()
    quote_line, note_line = entry.split("\n")
    assert h.anchor.exact in quote_line and note_line == "第一行笔记"


def test_the_highlight_button_shows_the_colour_it_will_use(make_window) -> None:
    window = make_window()
    green = window.annotations.color_actions[Color.GREEN]
    green.trigger()
    assert window.action(Act.HIGHLIGHT).icon().cacheKey() == green.icon().cacheKey()


def test_in_a_narrow_pane_the_toolbar_keeps_every_button_inside_it(qtbot, make_window) -> None:
    # Beside a wide Annotations panel the pane can be ~330 px: one row of five colours and four
    # commands was cut off at the pane's edge ("Copy Link" out of reach, seen under Xvfb).
    window = make_window()
    window.resize(1100, 760)
    window.splitter.setSizes([window.splitter.width() - 330, 330])
    window.navigation.select_node("s2-q1")
    drag_select(qtbot, window, "s2-q1-p3", 2, 6)

    viewport = window.pane.viewport().rect()
    bar = toolbar(window)
    assert bar.isVisible() and 250 < viewport.width() < 420
    names = button_texts(window)
    assert names[5:] == ["actionCode", "actionNote", "actionCopyQuote", "actionCopyLink"]
    for b in window.tools.toolbar.buttons():
        shown = b.geometry().translated(bar.pos())
        assert viewport.contains(shown), (b.defaultAction().objectName(), shown, viewport)
    buttons = window.tools.toolbar.buttons()
    colours = [b for b in buttons if b.defaultAction().objectName().startswith("actionColor_")]
    copy_link = button(window, "actionCopyLink")
    assert copy_link.geometry().top() > max(c.geometry().bottom() for c in colours)  # the commands go below


def test_in_a_wide_pane_the_toolbar_is_one_row(qtbot, make_window) -> None:
    window = make_window()
    window.resize(1400, 760)
    window.navigation.select_node("s2-q1")
    drag_select(qtbot, window, "s2-q1-p3", 2, 6)
    shown = [b.geometry() for b in window.tools.toolbar.buttons()]
    assert len(shown) == 9
    assert max(r.top() for r in shown) < min(r.bottom() for r in shown)  # side by side: one row
