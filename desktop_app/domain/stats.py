"""Who speaks how much, and how long reading takes."""

from __future__ import annotations

import json
import re
from collections.abc import Generator, Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop_app.domain.errors import ReaderError
from desktop_app.domain.model import Paragraph, Section, Transcript
from desktop_app.domain.stepping import run_through

CJK_PER_MINUTE = 400  # characters a reader of Chinese reads in a minute
WORDS_PER_MINUTE = 230  # words a reader of English reads in a minute
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")
# Letters and digits (str.isalnum), in runs: what text_chars counts.
_TEXT = re.compile(r"[^\W_]+")
# Ideographs and kana, the characters read at CJK_PER_MINUTE, in runs.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")


# Texts are counted in pieces of about this many characters: a 50 MB paragraph never becomes one list of
# every run in it (150 MB at once), and the counts add up to those of the whole.
PIECE = 1 << 16
# Where a long text may be cut: a character no word (_WORD) holds, so no word is cut in two.
_CUT = re.compile(r"[^A-Za-z0-9'’-]")


def _cut(text: str) -> Iterator[str]:
    start = 0
    while len(text) - start > PIECE:
        cut = _CUT.search(text, start + PIECE)
        if cut is None:
            break
        yield text[start : cut.start()]
        start = cut.start()
    yield text[start:]


def _pieces(texts: Iterable[str]) -> Iterator[str]:
    """``texts`` joined by line breaks into pieces of about PIECE characters, a longer one cut."""
    batch: list[str] = []
    size = 0
    for text in texts:
        if len(text) > PIECE:
            if batch:
                yield "\n".join(batch)
                batch, size = [], 0
            yield from _cut(text)
            continue
        batch.append(text)
        size += len(text) + 1
        if size >= PIECE:
            yield "\n".join(batch)
            batch, size = [], 0
    if batch:
        yield "\n".join(batch)


def _run_chars(pattern: re.Pattern[str], texts: Iterable[str]) -> int:
    return run_through(_counting_runs(pattern, texts))


def _counting_runs(pattern: re.Pattern[str], texts: Iterable[str]) -> Generator[None, None, int]:
    # Summing the runs' lengths is faster than deleting everything else (no string of the rest is made).
    total = 0
    for piece in _pieces(texts):
        total += sum(map(len, pattern.findall(piece)))
        yield
    return total


def text_chars(text: str) -> int:
    """Characters of text: letters, digits and ideographs, not punctuation, symbols or spaces."""
    return _run_chars(_TEXT, (text,))


def reading_minutes(paragraphs: Iterable[Paragraph]) -> float:
    """Estimated reading time: Chinese characters at CJK_PER_MINUTE, Latin words at WORDS_PER_MINUTE."""
    return run_through(_counting_minutes(paragraphs))


def _counting_minutes(paragraphs: Iterable[Paragraph]) -> Generator[None, None, float]:
    cjk = words = 0
    for piece in _pieces(p.text for p in paragraphs):
        cjk += sum(map(len, _CJK.findall(piece)))
        words += len(_WORD.findall(piece))
        yield
    return cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE


@dataclass(frozen=True, slots=True)
class Share:
    """One speaker's part: characters of text, turns, and the share of all characters."""

    speaker: str
    chars: int
    turns: int
    share: float


def _shares(transcript: Transcript, sections: Iterable[Section]) -> list[Share]:
    return run_through(_counting_shares(transcript, sections))


def _counting_shares(
    transcript: Transcript, sections: Iterable[Section]
) -> Generator[None, None, list[Share]]:
    texts: dict[str, list[str]] = {s.name: [] for s in transcript.speakers}
    turns = {s.name: 0 for s in transcript.speakers}
    for section in sections:
        for question in section.questions:
            for turn in (question.prompt, *question.answers):
                if turn.paragraphs:
                    turns[turn.speaker] += 1
                    texts[turn.speaker].extend(p.text for p in turn.paragraphs)
        yield
    chars = {}
    for name, parts in texts.items():
        chars[name] = yield from _counting_runs(_TEXT, parts)
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
    return run_through(summary_steps(transcript, cache_dir))


def summary_steps(transcript: Transcript, cache_dir: Path | None = None) -> Generator[None, None, Summary]:
    """``summary`` a piece of text (or a section) at a time: it yields between them, returns the Summary.

    The window runs it between its events (a thread counting beside the GUI thread took the interpreter
    lock from it at every call into Python: a question switch took half a second while it counted).
    """
    cache = cache_dir / f"stats-{transcript.content_hash[:32]}.json" if cache_dir is not None else None
    if cache is not None:
        try:
            data = json.loads(cache.read_text(encoding="utf-8"))
            return Summary(tuple(Share(**share) for share in data["shares"]), float(data["minutes"]))
        except (OSError, ValueError, TypeError, KeyError):
            pass
    shares = yield from _counting_shares(transcript, transcript.sections)
    minutes = yield from _counting_minutes(transcript.paragraphs())
    result = Summary(tuple(shares), minutes)
    if cache is not None:
        from desktop_app.fileio import atomic_write_bytes

        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            payload = {"shares": [asdict(s) for s in result.shares], "minutes": result.minutes}
            atomic_write_bytes(cache, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        except (OSError, ReaderError):
            pass
    return result
