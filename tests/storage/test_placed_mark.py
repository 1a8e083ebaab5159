"""Highlights trusted where they were stored: listed and grouped without making their sections.

A transcript read back from the parse cache makes a section's questions (its text) when first used; a
highlight whose row holds the transcript's ``placed_mark`` is listed from its own columns, so opening a
transcript of thousands of highlights makes only the sections the window shows.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app import paths
from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color
from desktop_app.domain.briefs import place_briefs
from desktop_app.domain.grouping import group_entries, order_group
from desktop_app.domain.model import LazySection, Section, Transcript
from desktop_app.storage import AnnotationStore
from desktop_app.storage.transcript_cache import load, placed_mark


def made(section: Section) -> bool:
    """Whether a kept section's questions were made (a LazySection says; a plain Section always is)."""
    return not isinstance(section, LazySection) or section.made


def kept_and_parsed(cache: Path) -> tuple[Transcript, Transcript]:
    parsed, keep = load(paths.bundled_transcript(), cache)
    assert keep is not None
    keep()
    kept, again = load(paths.bundled_transcript(), cache)
    assert again is None and not any(made(s) for s in kept.sections)
    return kept, parsed


def spread(store: AnnotationStore, parsed: Transcript, mark: str) -> None:
    """Two highlights in every question, written as the window writes them (with the mark, or without)."""
    for question in parsed.questions():
        for paragraph in [p for p in question.paragraphs() if len(p.text) >= 6][-2:]:
            anchor = make_anchor(paragraph.id, paragraph.text, 2, 6)
            item = (anchor, question.id, paragraph.speaker or "")
            store.add_highlights(parsed.id, parsed.content_hash, [item], Color.PINK, placed_in=mark)


def test_trusted_highlights_list_and_group_as_checked_ones_do_without_their_sections_made(
    tmp_path: Path,
) -> None:
    kept, parsed = kept_and_parsed(tmp_path / "cache")
    mark = placed_mark(kept)
    assert mark == placed_mark(parsed)  # the same bytes through the same code
    with AnnotationStore.open(tmp_path / "data") as store:
        spread(store, parsed, mark)
        briefs = store.highlight_briefs(kept.id, None, mark)
        checked, _, _ = place_briefs(parsed, [b._replace(trusted=False) for b in briefs])
        assert briefs and all(b.trusted for b in briefs)

        listed, moved, found = place_briefs(kept, briefs)
        groups = group_entries(kept, listed, lazy=True)

        assert listed == checked and moved == found == []
        assert [g.key for g in groups] == [g.key for g in group_entries(parsed, checked)]
        assert not any(made(s) for s in kept.sections)  # nothing read any paragraph's text
        last = order_group(kept, groups[-1])  # a group shown: its section is made, and only it
        assert last.title == parsed.find(last.key).text
        assert [made(s) for s in kept.sections] == [s.id == last.key.split("-")[0] for s in kept.sections]


def test_highlights_made_without_the_mark_are_checked_against_the_text_and_found(tmp_path: Path) -> None:
    kept, parsed = kept_and_parsed(tmp_path / "cache")
    with AnnotationStore.open(tmp_path / "data") as store:
        spread(store, parsed, "")  # an older version's highlights
        briefs = store.highlight_briefs(kept.id, None, placed_mark(kept))
        assert not any(b.trusted for b in briefs)
        _, moved, found = place_briefs(kept, briefs)
        assert moved == [] and found == [b.id for b in briefs]  # every one where it was stored
        assert all(made(s) for s in kept.sections if s.has_questions)  # at the cost of every section
        store.confirm_placed(found, placed_mark(kept))
        assert all(b.trusted for b in store.highlight_briefs(kept.id, None, placed_mark(kept)))
