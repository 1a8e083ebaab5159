"""Where things live: the resources folder and the user's data folder.

This is the only module that knows whether the app runs from source or frozen by PyInstaller.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATA_DIR_ENV = "INTERVIEW_READER_DATA_DIR"
BUNDLED_TRANSCRIPT = "sora-t-frontline.md"


def is_frozen() -> bool:
    """True when running from a PyInstaller build."""
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    """The folder holding transcripts/, i18n/ and icons/."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def bundled_transcript() -> Path:
    """The interview that ships with the app."""
    return resources_dir() / "transcripts" / BUNDLED_TRANSCRIPT


def i18n_dir() -> Path:
    """The folder of the UI's translations (.qm files built from the .ts sources beside them)."""
    return resources_dir() / "i18n"


def default_data_dir() -> Path:
    """The platform's folder for this app's user data."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
        return base / "InterviewReader"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "InterviewReader"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "interview-reader"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder: ``--data-dir``, else $INTERVIEW_READER_DATA_DIR, else the platform's."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir()
