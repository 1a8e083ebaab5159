"""A transcript's highlights as the window lists, counts and paints them: a few columns, by the thousand.

A whole ``Highlight`` is 17 stored columns in two frozen dataclasses; reading, placing and listing 10,000
of them was most of the time it took to open a heavily annotated transcript. The window needs fewer
columns (no prefix, suffix, hashes or times), and a highlight still at its stored offsets (nearly all of
them, unless the transcript was edited) needs no placing beyond one comparison. Only the others are read
whole and placed by ``anchoring.place_all``.

Even that comparison needs the paragraph's text, and the text of a transcript read back from the parse
cache is made a section at a time: comparing 10,000 highlights spread over a long transcript made every
section. A brief the store says is ``trusted`` (its offsets were found to hold in this very text parsed by
this very code: ``transcript_cache.placed_mark``) is listed from its own columns, its section unmade.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from desktop_app.domain.annotations import Color, EntryKind, Highlight
from desktop_app.domain.grouping import Entry
from desktop_app.domain.model import Paragraph, Transcript

_COLORS = {c.value: c for c in Color}


class HighlightBrief(NamedTuple):
    """A live highlight with the columns the window uses (a tuple: made by the thousand from rows)."""

    id: str
    paragraph_id: str
    start: int  # code points in the paragraph's text, as stored
    end: int
    exact: str
    color: str  # the stored value; ``color_of`` says which Color it shows as
    note: str
    speaker: str
    question_id: str  # as stored: the question it was made in
    trusted: bool  # its offsets and question_id hold in the transcript shown (see above); SQLite says 0 or 1


def color_of(value: str) -> Color:
    """The colour a stored value names; one this version does not know (from a newer one) shows as yellow."""
    return _COLORS.get(value, Color.YELLOW)


def place_briefs(
    transcript: Transcript, briefs: Iterable[HighlightBrief]
) -> tuple[list[Entry], list[str], list[str]]:
    """The list entries of the highlights still at their stored offsets (nearly all), and the others' ids.

    Also the ids of those found where they were stored that were not ``trusted``: to be marked so for
    the next time (``AnnotationStore.confirm_placed``). One loop, every name it calls looked up once:
    it runs for each highlight of the transcript.
    """
    find, question_of = transcript.find, transcript.question_of
    highlight, colors, yellow, new = EntryKind.HIGHLIGHT, _COLORS, Color.YELLOW, tuple.__new__
    made: list[Entry] = []
    moved, found = [], []
    for b in briefs:
        i, paragraph_id, start, end, exact, color, note, speaker, question_id, trusted = b
        if not trusted:
            paragraph = find(paragraph_id)
            if not (
                isinstance(paragraph, Paragraph)
                and 0 <= start <= end <= len(paragraph.text)
                and paragraph.text[start:end] == exact
            ):
                moved.append(i)
                continue
            question = question_of(paragraph_id)
            if (question.id if question else "") == question_id:
                found.append(i)
            else:
                question_id = question.id if question else ""  # where it is now, not where it was made
        # Entry's fields in order, made as its own _make makes them (its __new__ is a Python function,
        # and 10,000 calls of it were a third of the time listing the trusted ones took).
        made.append(new(Entry, (i, highlight, question_id, speaker, colors.get(color, yellow), exact, note,
                                True, paragraph_id, start, end, "")))  # fmt: skip
    return made, moved, found


def brief_of(highlight: Highlight) -> HighlightBrief:
    """The brief of a whole highlight (one just made, say)."""
    h, a = highlight, highlight.anchor
    return HighlightBrief(
        h.id, a.paragraph_id, a.start, a.end, a.exact, str(h.color), h.note, h.speaker, h.question_id, False
    )
