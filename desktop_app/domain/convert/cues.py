"""Timed cues (subtitles, podcast transcripts, speech recognition) joined into speakers' turns.

Every reader of a timed format gives a list of Cues; this module alone decides what makes a turn and
a paragraph, so SubRip, WebVTT, JSON and HTML transcripts are joined the same way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from desktop_app.domain.convert.text import clean_name, join_text, split_label

PAUSE_SECONDS = 5.0
"""A silence at least this long between two cues of one speaker starts a new paragraph."""

# No space before these when word-level segments are joined ("world" + "." is "world.").
_NO_SPACE_BEFORE = frozenset(",.;:!?%)]}'’”…")


@dataclass
class Cue:
    """One timed piece of speech: seconds (None where the format gives none), a speaker, its text.

    ``speaker`` None continues whoever spoke before. ``paragraph`` is True where the format itself
    starts a paragraph (an HTML ``<p>``), whatever the pause.
    """

    start: float | None
    end: float | None
    speaker: str | None
    text: str
    paragraph: bool = False


@dataclass
class TimedParagraph:
    """A paragraph of a turn and the start of its first cue."""

    start: float | None
    text: str


@dataclass
class TimedTurn:
    """Consecutive cues of one speaker (None before anyone is named)."""

    speaker: str | None
    paragraphs: list[TimedParagraph] = field(default_factory=list)


def one_line_text(text: str) -> str:
    """A cue's lines as one line: spaces between words, none between CJK characters."""
    joined = ""
    for line in text.split("\n"):
        joined = join_text(joined, " ".join(line.split()))
    return joined


def join_words(left: str, right: str) -> str:
    """Join two pieces of speech; punctuation that closes a word follows it without a space."""
    if left and right and right[0] in _NO_SPACE_BEFORE:
        return left + right
    return join_text(left, right)


def label_cues(cues: list[Cue]) -> list[Cue]:
    """Cues whose lines start with ``Name:`` split at those labels, which give their speaker.

    A label counts when its name speaks twice or more in the file (voice tags included), as in plain
    text: a single 'Note:' is text, not a speaker.
    """
    found = [[split_label(line.strip()) for line in cue.text.split("\n")] for cue in cues]
    counts = Counter(cue.speaker for cue in cues if cue.speaker)
    for cue, labels in zip(cues, found, strict=True):
        if cue.speaker is None:
            counts.update(label[0] for label in labels if label)
    out: list[Cue] = []
    for cue, labels in zip(cues, found, strict=True):
        if cue.speaker is not None or not any(lb and counts[lb[0]] >= 2 for lb in labels):
            out.append(cue)
            continue
        pieces: list[Cue] = []
        for line, label in zip(cue.text.split("\n"), labels, strict=True):
            if label and counts[label[0]] >= 2:
                # A cue that holds two speakers: both pieces start when the cue does.
                pieces.append(Cue(cue.start, cue.end, label[0], label[1], cue.paragraph))
            elif pieces:
                pieces[-1].text += "\n" + line
            else:
                pieces.append(Cue(cue.start, cue.end, None, line, cue.paragraph))
        out.extend(pieces)
    return out


def join_cues(cues: list[Cue]) -> list[TimedTurn]:
    """Turns of consecutive cues by one speaker; a pause of PAUSE_SECONDS or more starts a paragraph."""
    turns: list[TimedTurn] = []
    last_end: float | None = None
    for cue in cues:
        text = one_line_text(cue.text)
        if not text:
            continue
        speaker = clean_name(cue.speaker) if cue.speaker else None
        if speaker is not None and (not turns or turns[-1].speaker != speaker):
            turns.append(TimedTurn(speaker, [TimedParagraph(cue.start, text)]))
        elif not turns:
            turns.append(TimedTurn(None, [TimedParagraph(cue.start, text)]))
        elif cue.paragraph or _paused(last_end, cue.start):
            turns[-1].paragraphs.append(TimedParagraph(cue.start, text))
        else:
            current = turns[-1].paragraphs[-1]
            current.text = join_words(current.text, text)
            if current.start is None:
                current.start = cue.start
        last_end = cue.end if cue.end is not None else cue.start
    return turns


def _paused(last_end: float | None, start: float | None) -> bool:
    return last_end is not None and start is not None and start - last_end >= PAUSE_SECONDS
