"""Read SubRip (.srt) subtitles as timed cues with the ``srt`` library; speakers come from labels."""

from __future__ import annotations

import re

import srt

from desktop_app.domain.convert.cues import Cue

# A SubRip file opens with a cue number and then a timing line ("1" / "00:00:01,000 --> …").
_SIGNATURE = re.compile(r"\s*\d+[ \t]*\n[ \t]*\d+:\d{1,2}:\d{1,2}[,.]\d{1,3}[ \t]*-->")
_TAG = re.compile(r"</?(?:[biu]|font)(?:\s[^>]*)?>|\{\\[^}]*\}", re.IGNORECASE)


class SubRipError(ValueError):
    """A SubRip file the ``srt`` library refuses; the message says what it met."""


def is_subrip(text: str) -> bool:
    """True when ``text`` starts like a SubRip file: a cue number, then a timing line."""
    return _SIGNATURE.match(text) is not None


def subrip_cues(text: str) -> list[Cue]:
    r"""Every subtitle in order, its styling tags (``<i>``, ``{\an8}``) gone; speakers are None.

    Raise SubRipError when the ``srt`` library cannot read the file.
    """
    try:
        subtitles = list(srt.parse(text))
    except srt.SRTParseError as e:
        raise SubRipError(str(e)) from None
    return [
        Cue(s.start.total_seconds(), s.end.total_seconds(), None, _TAG.sub("", s.content))
        for s in subtitles
    ]
