"""Highlights and notes: what the reader made, anchored like the W3C Web Annotation model."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class Color(StrEnum):
    """The highlight colours; each has a meaning the user can rename."""

    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"
    PINK = "pink"
    ORANGE = "orange"


# What each colour means until the user renames it: (简体中文, English).
DEFAULT_LABELS: dict[Color, tuple[str, str]] = {
    Color.YELLOW: ("重点", "Key point"),
    Color.GREEN: ("观点", "Opinion"),
    Color.BLUE: ("疑问", "Question"),
    Color.PINK: ("金句", "Quotable"),
    Color.ORANGE: ("待查", "To check"),
}



def labels(language: str, renamed: Mapping[Color, str]) -> dict[Color, str]:
    """What each colour means: the user's renamed labels, else the default in ``language`` (zh or en)."""
    chinese = language.lower().startswith("zh")
    return {c: renamed.get(c) or DEFAULT_LABELS[c][0 if chinese else 1] for c in Color}


class EntryKind(StrEnum):
    """Kinds of annotation entries, in lists and search hits: a highlight, its note, a question's note."""

    HIGHLIGHT = "highlight"
    HIGHLIGHT_NOTE = "highlight-note"
    QUESTION_NOTE = "question-note"


# How each colour is painted (light theme); themes may adjust these.
PAINT: dict[Color, str] = {
    Color.YELLOW: "#ffe36e",
    Color.GREEN: "#a8e6a1",
    Color.BLUE: "#a9d3ff",
    Color.PINK: "#ffb8d2",
    Color.ORANGE: "#ffc98a",
}

CONTEXT_CHARS = 32


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a highlight sits: a paragraph, code-point offsets in its text, and the quoted text.

    ``start``/``end`` count Unicode code points in ``Paragraph.text``; ``prefix``/``suffix`` hold up
    to CONTEXT_CHARS code points on either side, to find the quote again when the transcript changes.
    """

    paragraph_id: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True, slots=True)
class Highlight:
    """A stored highlight, with its optional note. Times are UTC ISO-8601 strings."""

    id: str
    transcript_id: str
    content_hash: str
    anchor: Anchor
    question_id: str
    speaker: str
    color: Color
    note: str
    group_id: str
    created: str
    updated: str
    deleted: str | None = None


@dataclass(frozen=True, slots=True)
class QuestionNote:
    """A note on a whole question, not tied to a passage."""

    id: str
    transcript_id: str
    question_id: str
    note: str
    created: str
    updated: str
    deleted: str | None = None
