"""What every annotation export shares: annotations in reading order, with where each sits now."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.anchoring import Placement
from desktop_app.domain.annotations import Color, EntryKind, Highlight, QuestionNote
from desktop_app.domain.grouping import entries, group_entries
from desktop_app.domain.model import Paragraph, Question, Section, Transcript

ORPHANS_TITLE = "未能定位 / Could not place"
PREFACE_TITLE = "前言 / Preface"
QUESTION_NOTE_TITLE = "问题笔记 / Question note"

HIGHLIGHT = EntryKind.HIGHLIGHT
QUESTION_NOTE = EntryKind.QUESTION_NOTE
ORPHAN = "orphan"


# C0 control characters but tab, line feed and carriage return (and DEL): they never reach an export file
# (a NUL or an ESC in a note could break a spreadsheet, a terminal or a parser that reads the file).
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_controls(text: str) -> str:
    """``text`` without control characters (tab and line breaks kept)."""
    return CONTROLS.sub("", text)


def without_controls(value: Any) -> Any:
    """A JSON-like value with :func:`strip_controls` applied to every string in it, keys included."""
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, dict):
        return {without_controls(k): without_controls(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [without_controls(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class Item:
    """One live annotation in reading order: a highlight or a question note, placed or orphaned.

    ``kind`` is HIGHLIGHT, QUESTION_NOTE or ORPHAN (a highlight whose quote is gone, or a question
    note whose question is gone). ``question``/``section`` are where it sits now; for an orphan,
    where it was, if that question still exists.
    """

    kind: str
    highlight: Highlight | None
    question_note: QuestionNote | None
    placement: Placement | None
    paragraph: Paragraph | None
    question: Question | None
    section: Section | None

    @property
    def id(self) -> str:
        """The annotation's id."""
        if self.highlight is not None:
            return self.highlight.id
        assert self.question_note is not None
        return self.question_note.id

    @property
    def note(self) -> str:
        """The note the reader wrote ('' for a highlight without one)."""
        if self.highlight is not None:
            return self.highlight.note
        assert self.question_note is not None
        return self.question_note.note

    @property
    def quote(self) -> str:
        """The highlighted passage ('' for a question note)."""
        return self.highlight.anchor.exact if self.highlight is not None else ""

    @property
    def speaker(self) -> str:
        """Who said the highlighted passage ('' for a question note)."""
        return self.highlight.speaker if self.highlight is not None else ""

    @property
    def color(self) -> Color | None:
        """The highlight's colour (None for a question note)."""
        return self.highlight.color if self.highlight is not None else None

    @property
    def created(self) -> str:
        """When the annotation was made, as the store wrote it."""
        if self.highlight is not None:
            return self.highlight.created
        assert self.question_note is not None
        return self.question_note.created

    @property
    def updated(self) -> str:
        """When the annotation last changed, as the store wrote it."""
        if self.highlight is not None:
            return self.highlight.updated
        assert self.question_note is not None
        return self.question_note.updated


def reading_order(
    transcript: Transcript,
    highlights: Iterable[Highlight],
    placements: Mapping[str, Placement | None],
    notes: Iterable[QuestionNote] = (),
) -> list[Item]:
    """Every live annotation, grouped by question in reading order, orphans last.

    Deleted highlights and notes (tombstones) are left out. A highlight missing from ``placements``
    counts as an orphan, as in grouping.entries.
    """
    live = [h for h in highlights if not h.deleted]
    live_notes = [n for n in notes if not n.deleted]
    by_id = {h.id: h for h in live}
    notes_by_id = {n.id: n for n in live_notes}
    items: list[Item] = []
    for group in group_entries(transcript, entries(transcript, live, placements, live_notes)):
        for entry in group.entries:
            if entry.kind == QUESTION_NOTE:
                items.append(_note_item(transcript, notes_by_id[entry.id]))
            else:
                items.append(_highlight_item(transcript, by_id[entry.id], placements.get(entry.id)))
    return items


def _highlight_item(transcript: Transcript, highlight: Highlight, placement: Placement | None) -> Item:
    if placement is None:
        question = _question(transcript, highlight.question_id)
        paragraph = None
    else:
        question = transcript.question_of(placement.paragraph_id)
        node = transcript.find(placement.paragraph_id)
        paragraph = node if isinstance(node, Paragraph) else None
    section = transcript.section_of(question) if question is not None else None
    kind = HIGHLIGHT if placement is not None else ORPHAN
    return Item(kind, highlight, None, placement, paragraph, question, section)


def _note_item(transcript: Transcript, note: QuestionNote) -> Item:
    question = _question(transcript, note.question_id)
    section = transcript.section_of(question) if question is not None else None
    kind = QUESTION_NOTE if question is not None else ORPHAN
    return Item(kind, None, note, None, None, question, section)


def _question(transcript: Transcript, question_id: str) -> Question | None:
    node = transcript.find(question_id) if question_id else None
    return node if isinstance(node, Question) else None


def label_for(labels: Mapping[Color, str], color: Color) -> str:
    """The user's name for ``color``; its key (e.g. 'yellow') when the caller gave none."""
    return labels.get(color) or str(color)


def one_line(text: str) -> str:
    """``text`` with every run of whitespace (newlines included) turned into one space."""
    return " ".join(text.split())
