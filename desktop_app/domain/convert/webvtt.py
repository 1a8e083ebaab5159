"""Read the spoken text of a WebVTT file as speaker turns, from its ``<v Speaker>`` voice tags."""

from __future__ import annotations

import html
import re

from desktop_app.domain.convert.text import clean_name, join_text

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:[ \t\n]+([^>]*))?>")
_TAG = re.compile(r"<[^>]*>")


def is_webvtt(text: str) -> bool:
    """True when ``text`` starts with the ``WEBVTT`` signature line."""
    return text.startswith("WEBVTT") and (len(text) == 6 or text[6] in " \t\n")


def webvtt_turns(text: str) -> list[tuple[str | None, str]]:
    """``(speaker, text)`` turns in order; cues of one speaker are joined, untagged cues continue.

    Text before the first voice tag has the speaker None.
    """
    turns: list[tuple[str | None, str]] = []
    for speaker, piece in _segments(text):
        current = turns[-1][0] if turns else None
        if speaker is None or speaker == current:
            if turns:
                turns[-1] = (current, join_text(turns[-1][1], piece))
            elif piece:
                turns.append((None, piece))
        else:
            turns.append((speaker, piece))
    return [(speaker, piece) for speaker, piece in turns if piece]


def _segments(text: str) -> list[tuple[str | None, str]]:
    """Each cue's text cut at its voice tags, tags stripped; None where no voice tag applies."""
    segments: list[tuple[str | None, str]] = []
    for payload in _cue_payloads(text):
        speaker: str | None = None
        start = 0
        for voice in _VOICE.finditer(payload):
            if start or payload[: voice.start()].strip():
                segments.append((speaker, _plain(payload[start : voice.start()])))
            speaker = clean_name(html.unescape(voice.group(1) or "")) or None
            start = voice.end()
        segments.append((speaker, _plain(payload[start:])))
    return segments


def _cue_payloads(text: str) -> list[str]:
    """The text lines of every cue; the header, NOTE, STYLE and REGION blocks are left out."""
    payloads: list[str] = []
    for block in _BLANK_LINES.split(text.replace("\r\n", "\n").replace("\r", "\n"))[1:]:
        lines = [line for line in block.split("\n") if line.strip()]
        timing = next((i for i, line in enumerate(lines) if "-->" in line), None)
        # A cue is an optional identifier line, the timing line, then its text.
        if timing is None or timing > 1:
            continue
        payloads.append("\n".join(lines[timing + 1 :]))
    return payloads


def _plain(body: str) -> str:
    """Cue text without tags or entities, its lines joined into one."""
    text = ""
    for line in html.unescape(_TAG.sub("", body)).split("\n"):
        text = join_text(text, " ".join(line.split()))
    return text
