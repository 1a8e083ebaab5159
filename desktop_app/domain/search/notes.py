"""Matches in the user's notes (highlight notes and question notes), placed in the transcript's reading order.

``TranscriptIndex.search`` lists them after the transcript's own hits (see the package docstring).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from desktop_app.domain.annotations import EntryKind, Highlight, QuestionNote
from desktop_app.domain.model import Question, Transcript
from desktop_app.domain.search.results import Hit, HitKind, ParagraphInfo
from desktop_app.domain.search.textfold import fold

# The first matches in a note are found with str.find (quick when they are few), the rest with a regex
# (quicker when they are many).
_FIND_FIRST = 64


def find_in_notes(
    transcript: Transcript,
    entries: Sequence[ParagraphInfo],
    ordinals: Mapping[str, int],
    needle: str,
    notes: Sequence[Highlight | QuestionNote],
    hidden: frozenset[str],
) -> list[Hit]:
    """Every occurrence of the folded ``needle`` in the live ``notes``, in the order of what they annotate.

    That order is the transcript's reading order: ``entries``, and each paragraph id's place in them,
    ``ordinals``. Notes on hidden speakers' paragraphs are left out.
    """
    placed: list[tuple[tuple[float, int], int, list[Hit]]] = []
    for order, note in enumerate(notes):
        if note.deleted is not None or needle not in fold(note.note):
            continue
        if isinstance(note, Highlight):
            paragraph_id = note.anchor.paragraph_id
            row = ordinals.get(paragraph_id)
            speaker = entries[row].speaker if row is not None else note.speaker
            if speaker in hidden:
                continue
            # An orphaned highlight (its paragraph gone) keeps the question it was made in.
            asked = transcript.question_of(paragraph_id) or _question(transcript, note.question_id)
            question_id = asked.id if asked is not None else note.question_id
            kind: HitKind = EntryKind.HIGHLIGHT_NOTE
            where = (float("inf"), 0) if row is None else (row, note.anchor.start)
        else:
            paragraph_id, question_id, kind = "", note.question_id, EntryKind.QUESTION_NOTE
            asked = _question(transcript, question_id)
            prompt = asked.prompt.paragraphs if asked is not None else ()
            first = ordinals.get(prompt[0].id) if prompt else None
            # Before the highlights in the question's first paragraph.
            where = (float("inf"), 0) if first is None else (first, -1)
        section_id = asked.section_id if asked is not None else ""
        hits = [
            Hit(kind, paragraph_id, question_id, section_id, "", at, at + len(needle), note.note, note.id)
            for at in _scan(fold(note.note), needle)
        ]
        placed.append((where, order, hits))
    placed.sort(key=lambda item: (item[0], item[1]))
    return [hit for _, _, hits in placed for hit in hits]


def _question(transcript: Transcript, question_id: str) -> Question | None:
    node = transcript.find(question_id)
    return node if isinstance(node, Question) else None


def _scan(text: str, needle: str) -> list[int]:
    """Where ``needle`` starts in ``text``, left to right, without overlaps."""
    offsets: list[int] = []
    size = len(needle)
    at = text.find(needle)
    while at >= 0 and len(offsets) < _FIND_FIRST:
        offsets.append(at)
        at = text.find(needle, at + size)
    if at >= 0:
        offsets.extend(m.start() for m in re.compile(re.escape(needle)).finditer(text, at))
    return offsets
