"""The annotations panel: everything the reader marked, grouped, filtered, and a way back to it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDockWidget

from desktop_app.domain.annotations import Color
from desktop_app.domain.parser import load_transcript
from desktop_app.gui.annotations_panel import EntryIdRole, GroupKeyRole
from desktop_app.gui.tree_model import NodeIdRole


def mark(window, paragraph_id: str, start: int, end: int, color: Color = Color.YELLOW) -> str:
    assert window.pane.marks.select_passage(paragraph_id, start, end)
    window.annotations.color_actions[color].trigger()
    return window.annotations.selected


def rows(model, parent=None) -> list[QModelIndex]:
    parent = parent if parent is not None else QModelIndex()
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def listing(window) -> list[tuple[str, list[str]]]:
    model = window.panel.model
    return [(g.data(GroupKeyRole), [e.data(EntryIdRole) for e in rows(model, g)]) for g in rows(model)]


def test_the_panel_lists_highlights_and_notes_grouped_by_question(make_window, bundled, qtmodeltester):
    window = make_window()
    assert window.findChild(QDockWidget, "annotationsPanel") is window.panel
    window.navigation.select_node("s2")
    late = mark(window, "s2-q1-p5", 0, 6, Color.BLUE)
    window.navigation.select_node("s1-q1")
    early = mark(window, "s1-q1-p2", 0, 6)
    window.store.set_question_note(bundled.id, "s1-q1", "<b>不是粗体</b>")
    window.annotations.reload()
    assert listing(window) == [("s1-q1", [window.store.question_notes(bundled.id)[0].id, early]),
                               ("s2-q1", [late])]
    model = window.panel.model
    group = rows(model)[0]
    assert "Sora真正厉害在哪里?" in group.data()
    texts = [e.data() for e in rows(model, group)]
    assert texts[0].endswith("<b>不是粗体</b>")  # shown as typed, never as markup
    assert "宋东桓" in texts[1] and bundled.find("s1-q1-p2").text[:6] in texts[1]
    qtmodeltester.check(model)


def test_the_panel_filters_by_colour_speaker_and_words(make_window, bundled) -> None:
    window = make_window()
    window.navigation.select_node("s1-q1")
    song = mark(window, "s1-q1-p2", 0, 6, Color.YELLOW)
    xue = mark(window, "s1-q1-p9", 0, 6, Color.GREEN)
    panel = window.panel
    panel.color_filter.setCurrentIndex(panel.color_filter.findData("green"))
    assert listing(window) == [("s1-q1", [xue])]
    panel.color_filter.setCurrentIndex(0)
    panel.speaker_filter.setCurrentIndex(panel.speaker_filter.findData("宋东桓"))
    assert listing(window) == [("s1-q1", [song])]
    panel.speaker_filter.setCurrentIndex(0)
    panel.text_filter.setText(bundled.find("s1-q1-p9").text[2:5])
    assert listing(window) == [("s1-q1", [xue])]
    panel.text_filter.setText("")
    assert listing(window) == [("s1-q1", [song, xue])]


def test_choosing_an_entry_goes_to_its_question_and_flashes_it(make_window, bundled) -> None:
    window = make_window()
    window.navigation.select_node("s3-q1")
    target = mark(window, "s3-q1-p4", 2, 9)
    window.navigation.select_node("s6-q2")
    window.speaker_filter.box("宋东桓").setChecked(False)
    window.panel.entry_activated.emit(target, "highlight")
    assert window.tree.currentIndex().data(NodeIdRole) == "s3-q1"
    assert window.speaker_filter.box("宋东桓").isChecked()
    assert window.pane.marks.flashing == target
    assert window.annotations.selected == target
    assert window.pane.textCursor().block().blockNumber() == window.pane.paragraph_blocks["s3-q1-p4"]


def test_highlights_that_cannot_be_placed_are_listed_as_orphans_and_kept(
    qtbot, make_window, data_dir: Path, bundled, tmp_path: Path
) -> None:
    window = make_window()
    window.navigation.select_node("s1-q1")
    kept = mark(window, "s1-q1-p2", 0, 6)
    lost = mark(window, "s1-q1-p3", 0, 12)
    lost_quote = window.store.get(lost).anchor.exact
    window.close()
    source = Path(bundled.path).read_text(encoding="utf-8")
    edited = tmp_path / "edited.md"
    edited.write_text(source.replace(bundled.find("s1-q1-p3").source + "\n", "", 1), encoding="utf-8")
    changed = load_transcript(edited)
    assert changed.id == bundled.id and lost_quote not in "".join(p.text for p in changed.paragraphs())
    again = make_window(data_dir, transcript=changed)
    qtbot.waitUntil(lambda: bool(listing(again)))  # the list is filled once the window has painted
    groups = listing(again)
    assert groups[-1] == ("orphans", [lost])
    assert groups[0] == ("s1-q1", [kept])
    orphan_row = rows(again.panel.model)[-1]
    assert "Could not place" in orphan_row.data() and "未能定位" in orphan_row.data()
    assert lost_quote in rows(again.panel.model, orphan_row)[0].data()
    assert {h.id for h in again.store.highlights(bundled.id)} == {kept, lost}
