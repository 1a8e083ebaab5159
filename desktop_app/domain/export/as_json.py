"""The JSON export: the transcript's structure and the reader's annotations on it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from desktop_app.domain.anchoring import Placement
from desktop_app.domain.annotations import Highlight, QuestionNote
from desktop_app.domain.model import Transcript
from desktop_app.domain.outline import outline


def highlight_record(
    highlight: Highlight, placement: Placement | None, transcript: Transcript
) -> dict[str, Any]:
    """One highlight as exported: where it sits now (or where it was, if it cannot be placed)."""
    anchor = highlight.anchor
    if placement is not None:
        question = transcript.question_of(placement.paragraph_id)
        paragraph_id, start, end = placement.paragraph_id, placement.start, placement.end
        question_id = question.id if question else ""
    else:
        paragraph_id, start, end, question_id = (
            anchor.paragraph_id,
            anchor.start,
            anchor.end,
            highlight.question_id,
        )
    return {
        "id": highlight.id,
        "paragraph_id": paragraph_id,
        "question_id": question_id,
        "speaker": highlight.speaker,
        "start": start,
        "end": end,
        "exact": anchor.exact,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "color": str(highlight.color),
        "note": highlight.note,
        "group_id": highlight.group_id,
        "orphan": placement is None,
        "created": highlight.created,
        "updated": highlight.updated,
    }


def document(
    transcript: Transcript,
    highlights: Iterable[Highlight] = (),
    placements: Mapping[str, Placement | None] | None = None,
    notes: Iterable[QuestionNote] = (),
) -> dict[str, Any]:
    """``{"transcript": …, "annotations": […], "question_notes": […]}`` for live annotations."""
    placements = placements or {}
    return {
        "transcript": outline(transcript),
        "annotations": [
            highlight_record(h, placements.get(h.id), transcript) for h in highlights if not h.deleted
        ],
        "question_notes": [
            {
                "id": n.id,
                "question_id": n.question_id,
                "note": n.note,
                "created": n.created,
                "updated": n.updated,
            }
            for n in notes
            if not n.deleted
        ],
    }
