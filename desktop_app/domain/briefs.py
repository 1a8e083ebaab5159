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
    highlight, colors, yellow = EntryKind.HIGHLIGHT, _COLORS, Color.YELLOW
    made, moved, found = [], [], []
    for b in briefs:
        if b.trusted:
            made.append(Entry(b.id, highlight, b.question_id, b.speaker, colors.get(b.color, yellow), b.exact,
                              b.note, True, b.paragraph_id, b.start, b.end))  # fmt: skip
            continue
        paragraph = find(b.paragraph_id)
        if (
            isinstance(paragraph, Paragraph)
            and 0 <= b.start <= b.end <= len(paragraph.text)
            and paragraph.text[b.start : b.end] == b.exact
        ):
            question = question_of(b.paragraph_id)
            question_id = question.id if question else ""
            made.append(Entry(b.id, highlight, question_id, b.speaker, colors.get(b.color, yellow), b.exact,
                              b.note, True, b.paragraph_id, b.start, b.end))  # fmt: skip
            if question_id == b.question_id:
                found.append(b.id)
        else:
            moved.append(b.id)
    return made, moved, found


def brief_of(highlight: Highlight) -> HighlightBrief:
    """The brief of a whole highlight (one just made, say)."""
    h, a = highlight, highlight.anchor
    return HighlightBrief(
        h.id, a.paragraph_id, a.start, a.end, a.exact, str(h.color), h.note, h.speaker, h.question_id, False
    )
