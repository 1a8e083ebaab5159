"""The plain text an interview becomes in a REFI-QDA project, and where each paragraph sits in it."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.model import Transcript

LABEL_SEPARATOR = "："
BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class SourceText:
    """The text, and for each paragraph id the code-point offset where its text (after the label) starts."""

    text: str
    offsets: dict[str, int]


def source_text(transcript: Transcript) -> SourceText:
    """The title, the preface, each section's title and every paragraph as ``speaker：text``.

    Blocks are separated by a blank line. Offsets count code points (Python ``str`` indices), as
    REFI-QDA's ``startPosition``/``endPosition`` do. The text goes in a file of its own, not in the
    XML, so it is kept exactly as the transcript has it and the offsets stay exact.
    """
    blocks: list[tuple[str, str, str]] = [("", "", transcript.title)]  # (paragraph id, label, text)
    blocks += [(p.id, _label(p.speaker), p.text) for p in transcript.preface]
    for section in transcript.sections:
        blocks.append(("", "", section.title))
        for question in section.questions:
            blocks += [(p.id, _label(p.speaker), p.text) for p in question.paragraphs()]
    parts: list[str] = []
    offsets: dict[str, int] = {}
    length = 0
    for paragraph_id, label, text in blocks:
        if parts:
            parts.append(BLOCK_SEPARATOR)
            length += len(BLOCK_SEPARATOR)
        if paragraph_id:
            offsets[paragraph_id] = length + len(label)
        parts.append(label + text)
        length += len(label) + len(text)
    return SourceText("".join(parts), offsets)


def _label(speaker: str | None) -> str:
    return f"{speaker}{LABEL_SEPARATOR}" if speaker else ""
