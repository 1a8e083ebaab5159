"""Where each paragraph sits in the recording: its start, the next one's start, and the paragraph at a time.

Plain Python, shared by the player (which paragraph is being spoken) and the exports (a quote's time and
its W3C Media Fragment).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from desktop_app.domain.model import Transcript

MEDIA_FRAGMENTS = "http://www.w3.org/TR/media-frags/"


@dataclass(frozen=True, slots=True)
class Span:
    """A paragraph's stretch of the recording in seconds; ``end`` is None for the last timed paragraph."""

    start: float
    end: float | None


def clock(seconds: float) -> str:
    """``mm:ss`` (or ``h:mm:ss`` past an hour) for a time in seconds, as a reader says it."""
    whole = max(int(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def npt(seconds: float) -> str:
    """Seconds as a Media Fragments normal play time: at most two decimals, no trailing zeros."""
    text = f"{max(seconds, 0.0):.2f}".rstrip("0").rstrip(".")
    return text or "0"


def media_fragment(span: Span) -> str:
    """The temporal Media Fragment of ``span``: ``t=53.03,61.2`` (``t=53.03`` when it has no end)."""
    if span.end is None or span.end <= span.start:
        return f"t={npt(span.start)}"
    return f"t={npt(span.start)},{npt(span.end)}"


class Timeline:
    """The timed paragraphs of a transcript in reading order, and what is spoken when."""

    def __init__(self, transcript: Transcript) -> None:
        timed = [(p.start, p.id) for p in transcript.paragraphs() if p.start is not None]
        # Reading order is recording order in a converted transcript; a hand-edited one may not be, and
        # the time is what a position is looked up by.
        timed.sort(key=lambda pair: pair[0])
        self._starts = [start for start, _ in timed]
        self._ids = [paragraph_id for _, paragraph_id in timed]
        self._spans: dict[str, Span] = {}
        # Each paragraph ends where the next later start begins; from the last one back, in one pass
        # (a search from each one forward took a time growing with the square of the paragraphs).
        following: float | None = None  # the first start later than the one after this paragraph
        for i in range(len(timed) - 1, -1, -1):
            start, paragraph_id = timed[i]
            if i + 1 < len(timed) and timed[i + 1][0] > start:
                following = timed[i + 1][0]
            self._spans[paragraph_id] = Span(start, following)

    def __bool__(self) -> bool:
        return bool(self._ids)

    def span(self, paragraph_id: str) -> Span | None:
        """The stretch of ``paragraph_id`` (None when it has no time)."""
        return self._spans.get(paragraph_id)

    def paragraph_at(self, seconds: float) -> str:
        """The paragraph being spoken at ``seconds`` ('' before the first timed one)."""
        # A millisecond of slack: a seek to a paragraph's start may land a hair before it.
        index = bisect_right(self._starts, seconds + 0.001) - 1
        return self._ids[index] if index >= 0 else ""
