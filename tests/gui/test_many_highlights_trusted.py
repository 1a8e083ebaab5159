"""Highlights listed from their stored offsets (the parse they were made in unchanged) or found again.

The window stores each highlight with the mark of the parse it was made in (``placed_mark``) and marks
the older ones it finds where they were stored; a marked highlight is listed without its paragraph's text
being read. What a reader sees must not depend on which way a highlight was placed.
"""

from __future__ import annotations

from pathlib import Path

from test_many_highlights import MANY, listed, listing, painted, spread, with_a_sentence_before

from desktop_app.domain.annotations import Color
from desktop_app.gui.tree_model import CountRole
from desktop_app.storage.store import AnnotationStore
from desktop_app.storage.transcript_cache import placed_mark


def counts(window, question_ids) -> dict[str, int]:
    tree = window.navigation.model
    return {q: tree.index_of(q).data(CountRole) or 0 for q in question_ids}


def test_highlights_of_an_older_version_are_listed_alike_before_and_after_they_are_marked(
    qtbot, make_window, data_dir, bundled
) -> None:
    question_of = spread(data_dir, bundled)  # stored without a mark, as an older version stored them
    window = make_window()
    qtbot.waitUntil(lambda: listed(window) == MANY)
    mark = placed_mark(bundled)
    # Found where they were stored: marked, after the list is shown, a few at a time.
    qtbot.waitUntil(lambda: all(b.trusted for b in window.store.highlight_briefs(bundled.id, None, mark)))
    first, first_counts = listing(window), counts(window, [q.id for q in bundled.questions()])
    window.navigation.select_node("s3-q1")
    first_painted = painted(window)
    window.close()
    window.store.close()

    with AnnotationStore.open(data_dir) as store:  # kept for the next opening
        briefs = store.highlight_briefs(bundled.id, None, mark)
        assert len(briefs) == MANY and all(b.trusted for b in briefs)

    again = make_window()
    qtbot.waitUntil(lambda: listed(again) == MANY)
    assert listing(again) == first
    assert counts(again, [q.id for q in bundled.questions()]) == first_counts
    assert sum(first_counts.values()) == MANY and set(question_of.values()) <= set(first_counts)
    again.navigation.select_node("s3-q1")
    assert painted(again) == first_painted and first_painted


def test_a_highlight_made_in_the_window_is_found_again_after_its_paragraph_is_edited(
    qtbot, make_window, data_dir, bundled, tmp_path: Path
) -> None:
    window = make_window()
    window.navigation.select_node("s1-q1")
    paragraph = bundled.find("s1-q1-p2")
    quote = paragraph.text[10:16]
    assert window.pane.marks.select_passage("s1-q1-p2", 10, 16)
    window.annotations.color_actions[Color.BLUE].trigger()
    made = window.annotations.selected
    assert painted(window) == {made: quote}
    window.close()
    window.store.close()
    with AnnotationStore.open(data_dir) as store:
        assert [b.trusted for b in store.highlight_briefs(bundled.id, None, placed_mark(bundled))] == [True]

    changed = with_a_sentence_before(bundled, paragraph, tmp_path)
    assert changed.find("s1-q1-p2").text[10:16] != quote  # the stored offsets no longer hold the quote

    again = make_window(data_dir, transcript=changed)
    again.navigation.select_node("s1-q1")
    qtbot.waitUntil(lambda: listed(again) == 1)
    assert listing(again) == {"s1-q1": [made]}
    assert painted(again) == {made: quote}  # on its quote, where it moved to
    assert again.tree.currentIndex().data(CountRole) == 1
