"""The recording beside a converted file, named in the transcript's ``media:`` field."""

from __future__ import annotations

import os

MEDIA_SUFFIXES = (".mp3", ".m4a", ".wav", ".ogg", ".opus", ".mp4", ".webm")
"""A recording with one of these suffixes beside the converted file is named in ``media:``."""


def media_beside(name: str, output: str = "") -> str:
    """The recording beside the file ``name`` (same stem, a MEDIA_SUFFIXES suffix), or ''.

    The path is relative to ``output``'s folder (``name``'s without an output), with '/' separators.
    """
    if not name:
        return ""
    base = os.path.splitext(name)[0]
    for suffix in MEDIA_SUFFIXES:
        for candidate in (base + suffix, base + suffix.upper()):
            if os.path.isfile(candidate):
                folder = os.path.dirname(os.path.abspath(output or name))
                try:
                    relative = os.path.relpath(os.path.abspath(candidate), folder)
                except ValueError:  # another drive on Windows: no relative path exists
                    relative = os.path.abspath(candidate)
                return relative.replace(os.sep, "/")
    return ""
