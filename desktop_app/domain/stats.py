"""Who speaks how much, and how long reading takes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.domain.model import Paragraph, Section, Transcript

CJK_PER_MINUTE = 400  # characters a reader of Chinese reads in a minute
WORDS_PER_MINUTE = 230  # words a reader of English reads in a minute
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")


def text_chars(text: str) -> int:
    """Characters of text: letters, digits and ideographs, not punctuation, symbols or spaces."""
    return sum(1 for c in text if unicodedata.category(c)[0] in "LN")


def reading_minutes(paragraphs: Iterable[Paragraph]) -> float:
    """Estimated reading time: Chinese characters at CJK_PER_MINUTE, Latin words at WORDS_PER_MINUTE."""
    cjk = words = 0
    for p in paragraphs:
        cjk += sum(1 for c in p.text if unicodedata.east_asian_width(c) in "WF" and c.isalpha())
        words += len(_WORD.findall(p.text))
    return cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE


@dataclass(frozen=True, slots=True)
class Share:
    """One speaker's part: characters of text, turns, and the share of all characters."""

    speaker: str
    chars: int
    turns: int
    share: float


def _shares(transcript: Transcript, sections: Iterable[Section]) -> list[Share]:
    chars = {s.name: 0 for s in transcript.speakers}
    turns = {s.name: 0 for s in transcript.speakers}
    for section in sections:
        for question in section.questions:
            for turn in (question.prompt, *question.answers):
                if turn.paragraphs:
                    turns[turn.speaker] += 1
                    chars[turn.speaker] += sum(text_chars(p.text) for p in turn.paragraphs)
    total = sum(chars.values()) or 1
    return [Share(name, chars[name], turns[name], chars[name] / total) for name in chars]


def speaker_shares(transcript: Transcript) -> list[Share]:
    """Each speaker's share of the whole interview (the preface is nobody's turn)."""
    return _shares(transcript, transcript.sections)


def section_shares(transcript: Transcript, section: Section) -> list[Share]:
    """Each speaker's share of one section."""
    return _shares(transcript, [section])


def section_paragraphs(section: Section) -> list[Paragraph]:
    """Every paragraph of a section, in order."""
    return [p for q in section.questions for p in q.paragraphs()]
