"""Read JSON and HTML transcripts as timed cues: Podcasting 2.0 (JSON and HTML) and Whisper/WhisperX.

Podcasting 2.0 JSON: ``{"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime", "body"}]}``,
often one word per segment. Whisper JSON: ``{"segments": [{"start", "end", "text"}]}``, with
``speaker`` where WhisperX diarized it (``SPEAKER_00`` is kept: the preview renames speakers).
Podcasting 2.0 HTML: ``<cite>Name:</cite> <time>0:53</time> <p>…</p>``, read with html.parser.
"""

from __future__ import annotations

import json
import math
import re
from html.parser import HTMLParser
from typing import Any

from desktop_app.domain.convert.cues import Cue
from desktop_app.domain.messages import Message
from desktop_app.domain.timecode import parse_clock

_HTML_SIGNATURE = re.compile(r"<cite\b", re.IGNORECASE)
_TIME_TAG = re.compile(r"<time\b", re.IGNORECASE)


class TimedJSONError(ValueError):
    """JSON that is no transcript this module reads; the message says what was expected."""


def looks_like_json(text: str) -> bool:
    """True when ``text`` is a JSON object (its first character is '{')."""
    return text.lstrip().startswith("{")


def looks_like_podcast_html(text: str) -> bool:
    """True for markup with ``<cite>`` speakers and ``<time>`` stamps (Podcasting 2.0 HTML)."""
    return text.lstrip().startswith("<") and bool(_HTML_SIGNATURE.search(text) and _TIME_TAG.search(text))


def json_cues(text: str) -> list[Cue]:
    """The segments of a Podcasting 2.0 or Whisper JSON transcript; raise TimedJSONError otherwise."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as e:
        raise TimedJSONError(Message(
            "timed.not-json",
            "the file is not valid JSON ({error})",
            error=str(e),
        )) from None
    segments = document.get("segments") if isinstance(document, dict) else None
    if not isinstance(segments, list):
        raise TimedJSONError(Message("timed.no-segments", "the JSON has no list of 'segments'"))
    cues: list[Cue] = []
    for number, segment in enumerate(segments, 1):
        if not isinstance(segment, dict):
            raise TimedJSONError(Message(
                "timed.not-object",
                "segment {number} is not an object",
                number=number,
            ))
        # Podcasting 2.0 names its fields startTime/endTime/body, Whisper start/end/text.
        body = segment.get("body", segment.get("text"))
        if not isinstance(body, str):
            raise TimedJSONError(
                Message("timed.no-text", "segment {number} has no text ('body' or 'text')", number=number)
            )
        start = _seconds(segment.get("startTime", segment.get("start")), number)
        end = _seconds(segment.get("endTime", segment.get("end")), number)
        speaker = segment.get("speaker")
        name = (speaker.strip() or None) if isinstance(speaker, str) else None
        cues.append(Cue(start, end, name, body))
    return cues


def _seconds(value: Any, number: int) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise TimedJSONError(
            Message(
                "timed.bad-time",
                "segment {number} has a time that is no number of seconds: {value}",
                number=number,
                value=repr(value),
            )
        )
    # Whole milliseconds, as the transcript format writes them.
    return round(value * 1000) / 1000


def html_cues(text: str) -> list[Cue]:
    """Every ``<p>`` of a Podcasting 2.0 HTML transcript, with the ``<cite>`` and ``<time>`` before it."""
    reader = _PodcastHTML()
    reader.feed(text)
    reader.close()
    return reader.cues


class _PodcastHTML(HTMLParser):
    """Collects cite, time and p text; entities are decoded by HTMLParser (convert_charrefs)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cues: list[Cue] = []
        self.speaker: str | None = None
        self.start: float | None = None
        self.inside: str = ""
        self.buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("cite", "time", "p"):
            self._flush()
            self.inside = tag
            self.buffer = []
        elif tag == "br" and self.inside == "p":
            self.buffer.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == self.inside:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.buffer.append(data)

    def close(self) -> None:
        """Finish reading: a last paragraph left open counts."""
        super().close()
        self._flush()

    def _flush(self) -> None:
        text = "".join(self.buffer).strip()
        tag, self.inside, self.buffer = self.inside, "", []
        if tag == "cite":
            self.speaker = text.rstrip(":：").strip() or None
        elif tag == "time":
            self.start = parse_clock(text)
        elif tag == "p" and text:
            self.cues.append(Cue(self.start, None, self.speaker, text, paragraph=True))
            # A second <p> under the same <time> has no time of its own.
            self.start = None
