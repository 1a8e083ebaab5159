"""Read WebVTT captions as timed cues: webvtt-py splits the file, this module reads the voices.

webvtt-py reads the blocks (header, NOTE, STYLE, REGION, cue identifiers, settings) and the times;
its ``Caption.voice`` knows only a voice tag that opens the cue, so the spans inside a cue
(``<v 甲>…</v><v 乙>…``) are cut here, and entities are decoded after the tags are gone.
"""

from __future__ import annotations

import html
import re

import webvtt
from webvtt.errors import MalformedCaptionError, MalformedFileError

from desktop_app.domain.convert.cues import Cue
from desktop_app.domain.convert.text import clean_name

_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:[ \t\n]+([^>]*))?>")
_TAG = re.compile(r"<[^>]*>")


class WebVTTError(ValueError):
    """A WebVTT file webvtt-py refuses (a malformed time stamp); the message says where."""


def is_webvtt(text: str) -> bool:
    """True when ``text`` starts with the ``WEBVTT`` signature line."""
    return text.startswith("WEBVTT") and (len(text) == 6 or text[6] in " \t\n")


def webvtt_cues(text: str) -> list[Cue]:
    """Every cue's pieces in order: one Cue per voice span, None where no voice tag applies.

    Raise WebVTTError when webvtt-py cannot read the file.
    """
    try:
        captions = webvtt.from_string(text).captions
    except (MalformedFileError, MalformedCaptionError, ValueError) as e:
        raise WebVTTError(str(e)) from None
    cues: list[Cue] = []
    for caption in captions:
        start = caption.start_time.in_milliseconds() / 1000
        end = caption.end_time.in_milliseconds() / 1000
        for speaker, piece in _voices(caption.raw_text):
            cues.append(Cue(start, end, speaker, piece))
    return cues


def _voices(payload: str) -> list[tuple[str | None, str]]:
    """A cue's text cut at its voice tags, tags and entities gone; None where no voice tag applies."""
    pieces: list[tuple[str | None, str]] = []
    speaker: str | None = None
    start = 0
    for voice in _VOICE.finditer(payload):
        if start or payload[: voice.start()].strip():
            pieces.append((speaker, _plain(payload[start : voice.start()])))
        speaker = clean_name(html.unescape(voice.group(1) or "")) or None
        start = voice.end()
    pieces.append((speaker, _plain(payload[start:])))
    return [(s, p) for s, p in pieces if p.strip()]


def _plain(body: str) -> str:
    """Cue text without tags; entities decoded last, so '&lt;b&gt;' stays the text '<b>'."""
    return html.unescape(_TAG.sub("", body))
