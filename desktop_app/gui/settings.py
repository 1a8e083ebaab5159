"""Every persisted UI setting, declared once with its type and default, stored with QSettings."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    """A setting: its key (``{transcript}`` is replaced per transcript), type and default."""

    key: str
    default: T


WINDOW_GEOMETRY: Option[bytes] = Option("window/geometry", b"")
WINDOW_STATE: Option[bytes] = Option("window/state", b"")
SPLITTER_STATE: Option[bytes] = Option("window/splitter", b"")
HIDDEN_SPEAKERS: Option[list[str]] = Option("transcripts/{transcript}/hidden_speakers", [])
LAST_NODE: Option[str] = Option("transcripts/{transcript}/last_node", "")
LAST_OFFSET: Option[int] = Option("transcripts/{transcript}/last_offset", 0)
# The first visible line: "paragraph|offset|blocks before" (gui/pane_place.py); pixels are the fallback.
LAST_PLACE: Option[str] = Option("transcripts/{transcript}/last_place", "")
# The recording attached to a transcript (File ▸ Attach Recording…); its own ``media:`` when ''.
RECORDING: Option[str] = Option("transcripts/{transcript}/recording", "")
FOLLOW_RECORDING: Option[bool] = Option("reading/follow_recording", True)
CONTINUOUS: Option[bool] = Option("reading/continuous", False)
COPY_WITH_CITATION: Option[bool] = Option("reading/copy_with_citation", True)
LAST_COLOR: Option[str] = Option("highlight/last_color", "yellow")
RECENT_CODES: Option[list[str]] = Option("codes/recent", [])
RECENT_FILES: Option[list[str]] = Option("files/recent", [])
LAST_EXPORT_DIR: Option[str] = Option("files/last_export_dir", "")

# Reading preferences (reading_prefs.ReadingPrefs gathers and checks them).
DEFAULT_FONT_SIZE = 13.0
DEFAULT_LINE_SPACING = 1.7
THEME: Option[str] = Option("ui/theme", "system")
LANGUAGE: Option[str] = Option("ui/language", "system")
FONT_FAMILY: Option[str] = Option("reading/font_family", "")
FONT_SIZE: Option[float] = Option("reading/font_size", DEFAULT_FONT_SIZE)
LINE_SPACING: Option[float] = Option("reading/line_spacing", DEFAULT_LINE_SPACING)


class Settings:
    """Typed access to a QSettings store; tests hand it a QSettings on a file in tmp_path."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def in_folder(cls, folder: str) -> Settings:
        """Settings kept as ``settings.ini`` in the user's data folder."""
        return cls(QSettings(f"{folder}/settings.ini", QSettings.Format.IniFormat))

    def get(self, option: Option[T], transcript: str = "") -> T:
        """The stored value of ``option``, or its default when absent or unreadable."""
        raw = self._store.value(option.key.format(transcript=transcript))
        if raw is None:
            return option.default
        default = option.default
        try:
            if isinstance(default, bytes):
                return bytes(raw.data() if isinstance(raw, QByteArray) else raw)  # type: ignore[return-value]
            if isinstance(default, list):
                value = json.loads(raw)
                return value if isinstance(value, list) else default  # type: ignore[return-value]
            if isinstance(default, bool):  # an ini file gives back "true" / "false"
                return raw is True or str(raw).lower() in ("true", "1")  # type: ignore[return-value]
            return type(default)(raw)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return default

    def set(self, option: Option[T], value: T, transcript: str = "") -> None:
        """Store ``value`` for ``option``."""
        key = option.key.format(transcript=transcript)
        if isinstance(value, bytes):
            self._store.setValue(key, QByteArray(value))
        elif isinstance(value, list):
            self._store.setValue(key, json.dumps(value, ensure_ascii=False))
        else:
            self._store.setValue(key, value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()
