"""Who speaks how much, and how long reading takes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop_app.domain.errors import ReaderError
from desktop_app.domain.model import Paragraph, Section, Transcript

CJK_PER_MINUTE = 400  # characters a reader of Chinese reads in a minute
WORDS_PER_MINUTE = 230  # words a reader of English reads in a minute
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")
# Letters and digits (str.isalnum), in runs: what text_chars counts. Summing the runs' lengths is
# faster than deleting everything else (no new string of the rest is built).
_TEXT = re.compile(r"[^\W_]+")
# Ideographs and kana, the characters read at CJK_PER_MINUTE, in runs.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")


def text_chars(text: str) -> int:
    """Characters of text: letters, digits and ideographs, not punctuation, symbols or spaces."""
    return sum(map(len, _TEXT.findall(text)))


def reading_minutes(paragraphs: Iterable[Paragraph]) -> float:
    """Estimated reading time: Chinese characters at CJK_PER_MINUTE, Latin words at WORDS_PER_MINUTE."""
    text = "\n".join(p.text for p in paragraphs)  # one pass of each pattern over everything
    return sum(map(len, _CJK.findall(text))) / CJK_PER_MINUTE + len(_WORD.findall(text)) / WORDS_PER_MINUTE


@dataclass(frozen=True, slots=True)
class Share:
    """One speaker's part: characters of text, turns, and the share of all characters."""

    speaker: str
    chars: int
    turns: int
    share: float


def _shares(transcript: Transcript, sections: Iterable[Section]) -> list[Share]:
    texts: dict[str, list[str]] = {s.name: [] for s in transcript.speakers}
    turns = {s.name: 0 for s in transcript.speakers}
    for section in sections:
        for question in section.questions:
            for turn in (question.prompt, *question.answers):
                if turn.paragraphs:
                    turns[turn.speaker] += 1
                    texts[turn.speaker].extend(p.text for p in turn.paragraphs)
    chars = {name: text_chars("".join(parts)) for name, parts in texts.items()}
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


@dataclass(frozen=True, slots=True)
class Summary:
    """The whole interview at a glance: each speaker's share and the reading time in minutes."""

    shares: tuple[Share, ...]
    minutes: float


def summary(transcript: Transcript, cache_dir: Path | None = None) -> Summary:
    """Speakers' shares and reading time; kept in ``cache_dir`` by content hash, as counting is slow.

    A missing, damaged or unwritable cache is simply ignored: the figures are worked out again.
    """
    cache = cache_dir / f"stats-{transcript.content_hash[:32]}.json" if cache_dir is not None else None
    if cache is not None:
        try:
            data = json.loads(cache.read_text(encoding="utf-8"))
            return Summary(tuple(Share(**share) for share in data["shares"]), float(data["minutes"]))
        except (OSError, ValueError, TypeError, KeyError):
            pass
    result = Summary(tuple(speaker_shares(transcript)), reading_minutes(transcript.paragraphs()))
    if cache is not None:
        from desktop_app.fileio import atomic_write_bytes

        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            payload = {"shares": [asdict(s) for s in result.shares], "minutes": result.minutes}
            atomic_write_bytes(cache, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        except (OSError, ReaderError):
            pass
    return result
