"""Highlighting changes only what it touches: one new row in the panel, one new mark in the pane."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color
from desktop_app.gui.annotations_panel import EntryIdRole, GroupKeyRole
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.pane_marks import MarkIdProperty
from desktop_app.gui.settings import Settings
from desktop_app.gui.tree_model import CountRole
from desktop_app.storage.store import AnnotationStore


def mark(window, paragraph_id: str, start: int, end: int, color: Color = Color.YELLOW) -> str:
    assert window.pane.marks.select_passage(paragraph_id, start, end)
    window.annotations.color_actions[color].trigger()
    return window.annotations.selected


def stored(window, bundled, paragraph_id: str, count: int) -> None:
    """``count`` highlights written by the store (as a previous session would have) and read back."""
    text = bundled.find(paragraph_id).text
    question = bundled.question_of(paragraph_id)
    for i in range(count):
        anchor = make_anchor(paragraph_id, text, i % 20, i % 20 + 3)
        items = [(anchor, question.id, "")]
        window.store.add_highlights(bundled.id, bundled.content_hash, items, Color.GREEN)
    window.annotations.reload()


def children(model, key: str) -> list[QModelIndex]:
    groups = [model.index(r, 0) for r in range(model.rowCount())]
    group = next(g for g in groups if g.data(GroupKeyRole) == key)
    return [model.index(r, 0, group) for r in range(model.rowCount(group))]


def painted(window) -> dict[str, bool]:
    """The highlights painted in the pane, each with whether it is drawn underlined (selected)."""
    return {
        s.format.property(MarkIdProperty): s.format.fontUnderline()
        for s in window.pane.extraSelections()
        if isinstance(s.format.property(MarkIdProperty), str)
    }


def test_a_highlight_added_to_a_long_list_keeps_the_other_rows_and_the_selected_one(
    make_window, bundled, qtmodeltester
) -> None:
    window = make_window()
    window.navigation.select_node("s1-q1")
    stored(window, bundled, "s1-q1-p2", 60)
    model, view = window.panel.model, window.panel.view
    before = children(model, "s1-q1")
    assert len(before) == 60
    chosen = before[17]
    view.setCurrentIndex(chosen)
    chosen_id = chosen.data(EntryIdRole)
    entries_before = [model.entry(i) for i in before]
    resets, inserted = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))

    new = mark(window, "s1-q1-p9", 0, 6)  # a later paragraph: listed after the sixty

    after = children(model, "s1-q1")
    assert [e.data(EntryIdRole) for e in after][-1] == new
    assert len(after) == 61
    assert all(model.entry(a) is e for a, e in zip(after, entries_before, strict=False))  # the same rows
    assert resets == [] and inserted == [(60, 60)]
    assert view.currentIndex().data(EntryIdRole) == chosen_id  # the reader's place in the list stays
    assert view.isExpanded(view.currentIndex().parent())
    assert window.navigation.model.index_of("s1-q1").data(CountRole) == 61  # the tree's badge
    qtmodeltester.check(model)


def test_a_highlight_paints_one_more_mark_and_moves_the_underline(make_window, bundled) -> None:
    window = make_window()
    window.navigation.select_node("s1-q1")
    stored(window, bundled, "s1-q1-p2", 30)
    first = mark(window, "s1-q1-p4", 0, 4)
    assert painted(window)[first] is True
    ids_before = set(painted(window))

    second = mark(window, "s1-q1-p9", 2, 8, Color.BLUE)

    shown = painted(window)
    assert set(shown) == ids_before | {second}
    assert shown[second] is True and shown[first] is False  # only the new one is drawn as selected
    assert window.pane.marks.mark_at(window.pane.marks.select_passage("s1-q1-p9", 3, 4) and
                                     window.pane.textCursor().selectionStart()) == second


def test_the_first_highlight_of_a_question_gets_its_group_and_the_selection_stays(make_window, bundled):
    window = make_window()
    window.navigation.select_node("s1-q1")
    stored(window, bundled, "s1-q1-p2", 5)
    model, view = window.panel.model, window.panel.view
    chosen = children(model, "s1-q1")[3]
    view.setCurrentIndex(chosen)
    chosen_id = chosen.data(EntryIdRole)
    window.navigation.select_node("s2-q1")

    new = mark(window, "s2-q1-p5", 0, 6)

    assert [i.data(EntryIdRole) for i in children(model, "s2-q1")] == [new]
    assert view.currentIndex().data(EntryIdRole) == chosen_id
    assert window.navigation.model.index_of("s2-q1").data(CountRole) == 1


def test_a_highlight_hidden_by_the_panel_filter_is_listed_once_the_filter_is_cleared(make_window) -> None:
    window = make_window()
    window.navigation.select_node("s1-q1")
    green = mark(window, "s1-q1-p2", 0, 6, Color.GREEN)
    panel = window.panel
    panel.color_filter.setCurrentIndex(panel.color_filter.findData("green"))
    yellow = mark(window, "s1-q1-p4", 0, 4, Color.YELLOW)
    assert [i.data(EntryIdRole) for i in children(panel.model, "s1-q1")] == [green]
    panel.color_filter.setCurrentIndex(0)
    assert [i.data(EntryIdRole) for i in children(panel.model, "s1-q1")] == [green, yellow]


def opened(qtbot, data_dir, bundled):
    """A window opening ``bundled`` on ``data_dir``, before its event loop has run."""
    window = MainWindow(Settings.in_folder(str(data_dir)), AnnotationStore.open(data_dir))
    qtbot.addWidget(window)
    window.open_transcript(bundled)
    return window


def test_opening_paints_the_questions_highlights_at_once_and_lists_the_rest_after(
    qtbot, make_window, data_dir, bundled
) -> None:
    first = make_window()
    first.navigation.select_node("s1-q1")
    shown = mark(first, "s1-q1-p2", 0, 6)
    first.navigation.select_node("s3-q1")
    elsewhere = mark(first, "s3-q1-p2", 0, 4)
    first.navigation.select_node("s1-q1")  # where the next start opens
    first.close()

    window = opened(qtbot, data_dir, bundled)
    assert window.pane.node_id == "s1-q1"
    assert set(painted(window)) == {shown}  # the first paint has the question's highlight
    window.show()
    qtbot.waitUntil(lambda: window.panel.model.rowCount() == 2)  # then the list and the counts
    assert [i.data(EntryIdRole) for i in children(window.panel.model, "s3-q1")] == [elsewhere]
    assert window.navigation.model.index_of("s3-q1").data(CountRole) == 1
    window.store.close()


def test_a_highlight_made_before_the_list_is_filled_joins_the_whole_list(
    qtbot, make_window, data_dir, bundled
) -> None:
    first = make_window()
    first.navigation.select_node("s3-q1")
    earlier = mark(first, "s3-q1-p2", 0, 4)
    first.navigation.select_node("s1-q1")
    first.close()

    window = opened(qtbot, data_dir, bundled)
    new = mark(window, "s1-q1-p2", 0, 6)  # at once, the event loop has not run yet

    assert [i.data(EntryIdRole) for i in children(window.panel.model, "s1-q1")] == [new]
    assert [i.data(EntryIdRole) for i in children(window.panel.model, "s3-q1")] == [earlier]
    window.store.close()
