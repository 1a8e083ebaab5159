"""A transcript holding hundreds of highlights: every one listed, counted and painted where it is."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color
from desktop_app.domain.model import Paragraph, Transcript
from desktop_app.domain.parser import load_transcript
from desktop_app.gui.annotations_panel import EntryIdRole, GroupKeyRole
from desktop_app.gui.pane_marks import MarkIdProperty
from desktop_app.gui.tree_model import CountRole
from desktop_app.storage.store import AnnotationStore

MANY = 300


def spread(data_dir: Path, transcript: Transcript, count: int = MANY) -> dict[str, str]:
    """``count`` highlights over the transcript's paragraphs, written as an earlier session would have.

    Returns each highlight's question.
    """
    places = [(p, q) for q in transcript.questions() for p in q.paragraphs() if len(p.text) >= 8]
    question_of: dict[str, str] = {}
    with AnnotationStore.open(data_dir) as store:
        for i in range(count):
            paragraph, question = places[(i * 7) % len(places)]
            start = (i * 3) % (len(paragraph.text) - 4)
            anchor = make_anchor(paragraph.id, paragraph.text, start, start + 3)
            speaker = paragraph.speaker or question.speaker
            items = [(anchor, question.id, speaker)]
            made = store.add_highlights(transcript.id, transcript.content_hash, items, Color.GREEN)
            question_of[made[0].id] = question.id
    return question_of


def with_a_sentence_before(transcript: Transcript, paragraph: Paragraph, folder: Path) -> Transcript:
    """``transcript``'s file with a sentence written before ``paragraph``, saved in ``folder`` and read."""
    source = Path(transcript.path).read_text(encoding="utf-8")
    edited = folder / "edited.md"
    longer = source.replace(paragraph.source, "新加的一句话。" + paragraph.source, 1)
    edited.write_text(longer, encoding="utf-8")
    return load_transcript(edited)


def listing(window) -> dict[str, list[str]]:
    """The annotations panel's rows: each group's key and the ids of its entries, as shown."""
    model = window.panel.model
    groups = [model.index(r, 0) for r in range(model.rowCount())]
    return {
        g.data(GroupKeyRole): [model.index(r, 0, g).data(EntryIdRole) for r in range(model.rowCount(g))]
        for g in groups
    }


def listed(window) -> int:
    return sum(len(ids) for ids in listing(window).values())


def painted(window) -> dict[str, str]:
    """The highlights painted in the pane, each with the text it covers."""
    return {
        s.format.property(MarkIdProperty): s.cursor.selectedText()
        for s in window.pane.extraSelections()
        if isinstance(s.format.property(MarkIdProperty), str)
    }


def test_every_highlight_is_listed_counted_and_those_of_the_question_shown_are_painted(
    qtbot, make_window, data_dir, bundled
) -> None:
    question_of = spread(data_dir, bundled)
    window = make_window()
    qtbot.waitUntil(lambda: listed(window) == MANY)  # the list is filled once the window has painted

    groups = listing(window)
    assert {i for ids in groups.values() for i in ids} == set(question_of)
    for question_id, ids in groups.items():
        assert {question_of[i] for i in ids} == {question_id}
    tree = window.navigation.model
    for question in bundled.questions():
        expected = sum(1 for q in question_of.values() if q == question.id)
        assert (tree.index_of(question.id).data(CountRole) or 0) == expected
    for question_id in ("s1-q1", "s3-q1"):  # the marks follow the question shown
        assert window.navigation.select_node(question_id)
        shown = {i for i, q in question_of.items() if q == question_id}
        assert shown and set(painted(window)) == shown
        stored = {h.id: h.anchor.exact for h in window.store.highlights(bundled.id) if h.id in shown}
        assert painted(window) == stored


def test_a_new_highlight_among_hundreds_adds_one_row_and_a_restart_lists_them_all(
    qtbot, make_window, data_dir, bundled
) -> None:
    spread(data_dir, bundled)
    window = make_window()
    qtbot.waitUntil(lambda: listed(window) == MANY)
    before = listing(window)
    window.navigation.select_node("s2-q1")
    count_before = window.tree.currentIndex().data(CountRole) or 0
    assert window.pane.marks.select_passage("s2-q1-p2", 1, 5)
    window.annotations.color_actions[Color.PINK].trigger()
    new = window.annotations.selected

    after = listing(window)
    assert new in after["s2-q1"] and new in painted(window)
    assert [i for i in after["s2-q1"] if i != new] == before.get("s2-q1", [])
    others = {k: v for k, v in before.items() if k != "s2-q1"}
    assert {k: v for k, v in after.items() if k != "s2-q1"} == others
    assert window.tree.currentIndex().data(CountRole) == count_before + 1
    window.close()

    again = make_window(data_dir)
    qtbot.waitUntil(lambda: listed(again) == MANY + 1)
    assert listing(again) == after


def test_a_highlight_whose_paragraph_was_edited_is_found_again_listed_and_painted_on_its_quote(
    qtbot, make_window, data_dir, bundled, tmp_path: Path
) -> None:
    paragraph = bundled.find("s1-q1-p2")
    quote = paragraph.text[10:16]
    with AnnotationStore.open(data_dir) as store:
        anchor = make_anchor(paragraph.id, paragraph.text, 10, 16)
        made = store.add_highlights(bundled.id, bundled.content_hash, [(anchor, "s1-q1", "")], Color.BLUE)
    moved = made[0].id
    changed = with_a_sentence_before(bundled, paragraph, tmp_path)
    assert changed.find("s1-q1-p2").text[10:16] != quote  # the stored offsets no longer hold the quote

    window = make_window(data_dir, transcript=changed)
    window.navigation.select_node("s1-q1")
    qtbot.waitUntil(lambda: listed(window) == 1)
    assert listing(window) == {"s1-q1": [moved]}
    assert painted(window) == {moved: quote}
    assert window.tree.currentIndex().data(CountRole) == 1


def test_groups_open_as_the_list_is_scrolled_to_them_and_one_closed_stays_closed(
    qtbot, make_window, data_dir, bundled
) -> None:
    spread(data_dir, bundled)
    window = make_window()
    window.resize(1600, 1000)  # wide enough for the panel beside a readable pane
    window.room.fit()
    qtbot.waitUntil(lambda: listed(window) == MANY and window.panel.view.isVisible())
    view, model = window.panel.view, window.panel.model
    groups = [model.index(r, 0) for r in range(model.rowCount())]
    assert len(groups) >= 5
    assert view.isExpanded(groups[0])  # what the list shows first is open
    bar = view.verticalScrollBar()

    def to_the_end() -> None:  # as a reader drags the scroll bar down until the list ends
        for _ in range(200):
            bar.setValue(bar.maximum())
            qtbot.wait(5)  # the view lays out the groups just opened
            if bar.value() == bar.maximum():
                return

    to_the_end()
    assert all(view.isExpanded(g) for g in groups)  # every group scrolled past or to is open
    view.collapse(groups[1])  # the reader closes one
    bar.setValue(0)
    to_the_end()
    assert not view.isExpanded(groups[1]) and view.isExpanded(groups[2])
