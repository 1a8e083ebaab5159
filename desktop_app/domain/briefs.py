"""A transcript's highlights as the window lists, counts and paints them: a few columns, by the thousand.

A whole ``Highlight`` is 17 stored columns in two frozen dataclasses; reading, placing and listing 10,000
of them was most of the time it took to open a heavily annotated transcript. The window needs fewer
columns (no prefix, suffix, hashes or times but ``created``), and a highlight still at its stored offsets
(nearly all of them, unless the transcript was edited) needs no placing beyond one comparison. Only the
others are read whole and placed by ``anchoring.place_all``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from desktop_app.domain.anchoring import Placement
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
    question_id: str  # the question it was made in (an orphan is listed under it)
    speaker: str
    created: str


def color_of(value: str) -> Color:
    """The colour a stored value names; one this version does not know (from a newer one) shows as yellow."""
    return _COLORS.get(value, Color.YELLOW)


def misplaced(briefs: Iterable[HighlightBrief], transcript: Transcript) -> list[str]:
    """The ids of the highlights whose quote is not at their stored offsets: they must be placed."""
    find = transcript.find  # looked up once: this runs for every highlight of the transcript
    found = []
    for b in briefs:
        paragraph = find(b.paragraph_id)
        if not (
            isinstance(paragraph, Paragraph)
            and 0 <= b.start <= b.end <= len(paragraph.text)
            and paragraph.text[b.start : b.end] == b.exact
        ):
            found.append(b.id)
    return found


def brief_entries(
    transcript: Transcript, briefs: Iterable[HighlightBrief], moved: Mapping[str, Placement | None]
) -> list[Entry]:
    """One list entry per highlight, where it sits now, as ``grouping.entries`` makes them.

    ``moved`` holds where each misplaced highlight was placed (None: orphaned, its quote is gone); every
    other highlight is at its stored offsets.
    """
    question_of = transcript.question_of
    highlight = EntryKind.HIGHLIGHT
    made = []
    for b in briefs:
        color = _COLORS.get(b.color, Color.YELLOW)
        if b.id not in moved:
            question = question_of(b.paragraph_id)
            made.append(Entry(b.id, highlight, question.id if question else "", b.speaker, color, b.exact,
                              b.note, True, b.paragraph_id, b.start, b.end, b.created))  # fmt: skip
            continue
        placement = moved[b.id]
        if placement is None:  # orphaned: listed under the question it was made in
            made.append(Entry(b.id, highlight, b.question_id, b.speaker, color, b.exact, b.note, False,
                              b.paragraph_id, b.start, b.end, b.created))  # fmt: skip
        else:
            question = question_of(placement.paragraph_id)
            made.append(Entry(b.id, highlight, question.id if question else "", b.speaker, color, b.exact,
                              b.note, True, placement.paragraph_id, placement.start, placement.end,
                              b.created))  # fmt: skip
    return made


def brief_of(highlight: Highlight) -> HighlightBrief:
    """The brief of a whole highlight (one just made, say)."""
    h, a = highlight, highlight.anchor
    return HighlightBrief(h.id, a.paragraph_id, a.start, a.end, a.exact, str(h.color), h.note, h.question_id,
                          h.speaker, h.created)  # fmt: skip
