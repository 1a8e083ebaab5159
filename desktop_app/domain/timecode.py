"""Times in a transcript: ``[hh:mm:ss.mmm]`` after a speaker's label, read back to the millisecond."""

from __future__ import annotations

import re

# Written: [hh:mm:ss.mmm]. Read: also [mm:ss], [h:mm:ss] and one to three digits of fraction, with a
# dot or a comma (SubRip's). The stamp must be followed by a space or the end of the paragraph, so a
# Markdown link such as [00:53](…) stays text.
_STAMP = re.compile(r"\[(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?\](?:[ \t\u3000]+|\n|$)")
# A plain clock time as Podcasting 2.0 HTML writes it in <time>: 0:53, 01:02:03, 1:02.5
_CLOCK = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?")


def format_time(seconds: float) -> str:
    """``[hh:mm:ss.mmm]`` for a time in seconds, rounded to the millisecond."""
    ms = max(round(seconds * 1000), 0)
    hours, ms = divmod(ms, 3_600_000)
    minutes, ms = divmod(ms, 60_000)
    secs, ms = divmod(ms, 1000)
    return f"[{hours:02d}:{minutes:02d}:{secs:02d}.{ms:03d}]"


def split_time(source: str) -> tuple[float | None, str]:
    """``(seconds, rest)`` when ``source`` starts with a time stamp, else ``(None, source)``."""
    match = _STAMP.match(source)
    if match is None:
        return None, source
    seconds = _seconds(*match.groups())
    if seconds is None:
        return None, source
    return seconds, source[match.end() :]


def parse_clock(text: str) -> float | None:
    """Seconds of a clock time such as ``0:53``, ``01:02:03.5`` or ``1:02:03,250``; None if it is none."""
    match = _CLOCK.fullmatch(text.strip())
    return _seconds(*match.groups()) if match else None


def _seconds(hours: str | None, minutes: str, secs: str, fraction: str | None) -> float | None:
    # Minutes and seconds past 59 are no clock time: such a bracket is left as text.
    if int(secs) >= 60 or (hours is not None and int(minutes) >= 60):
        return None
    ms = (int(hours or 0) * 3600 + int(minutes) * 60 + int(secs)) * 1000
    if fraction:
        ms += int(fraction.ljust(3, "0"))
    # Whole milliseconds divided once: the float written back by format_time is the same stamp.
    return ms / 1000
