"""The transcript's structure as plain data, for the JSON export."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.model import Paragraph, Transcript


def _paragraph(p: Paragraph) -> dict[str, Any]:
    return {"id": p.id, "text": p.text}


def outline(transcript: Transcript) -> dict[str, Any]:
    """Return the transcript's structure: metadata, preface, sections, questions and answers."""
    return {
        "id": transcript.id,
        "title": transcript.title,
        "source": transcript.source,
        "language": transcript.language,
        "media": transcript.media,
        "content_hash": transcript.content_hash,
        "speakers": [{"name": s.name, "role": str(s.role), "bio": s.bio} for s in transcript.speakers],
        "preface": [_paragraph(p) for p in transcript.preface],
        "sections": [
            {
                "id": section.id,
                "title": section.title,
                "questions": [
                    {
                        "id": q.id,
                        "speaker": q.speaker,
                        # Seconds into the recording, or None (null) when the transcript has no times.
                        "start": q.start,
                        "text": q.text,
                        "paragraphs": [_paragraph(p) for p in q.prompt.paragraphs],
                        "answers": [
                            {
                                "speaker": turn.speaker,
                                "start": turn.start,
                                "paragraphs": [_paragraph(p) for p in turn.paragraphs],
                            }
                            for turn in q.answers
                        ],
                    }
                    for q in section.questions
                ],
            }
            for section in transcript.sections
        ],
    }
