"""The store's errors, and how a failed write is explained to the user in plain words."""

from __future__ import annotations

import errno
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop_app.domain.errors import ReaderError
from desktop_app.domain.messages import Message

BUSY_TIMEOUT_SECONDS = 5.0

# Primary SQLite result codes (the low byte of an extended code).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_AUTH = 23
_SQLITE_NOTADB = 26

_READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
_NEARLY_FULL_BYTES = 256 * 1024


class WriteFailure(StrEnum):
    """Why something could not be saved."""

    READ_ONLY_FOLDER = "read-only-folder"
    READ_ONLY_FILE = "read-only-file"
    DISK_FULL = "disk-full"
    NEWER_VERSION = "newer-version"
    BUSY = "busy"
    DAMAGED = "damaged"
    UNAVAILABLE = "unavailable"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Cause:
    """A write failure and what the system said about it."""

    failure: WriteFailure
    detail: str = ""


def explain(cause: Cause, db_path: Path) -> tuple[Message, Message]:
    """The clause that says what went wrong, and the sentence that says what to do."""
    folder = db_path.parent
    unchanged = Message("store.unchanged", "Everything saved before is unchanged.")
    failure = cause.failure
    if failure is WriteFailure.READ_ONLY_FOLDER:
        where = existing_ancestor(folder)
        return (
            Message("store.folder-read-only", "the data folder {folder} is read-only", folder=folder)
            if where == folder
            else Message(
                "store.folder-not-created",
                "the data folder {folder} cannot be created, because {where} is read-only",
                folder=folder,
                where=where,
            ),
            Message(
                "store.make-folder-writable",
                "Make the folder writable, or start Interview Reader with --data-dir set to a folder you can "
                "write to. {unchanged}",
                unchanged=unchanged,
            ),
        )
    if failure is WriteFailure.READ_ONLY_FILE:
        return (
            Message("store.file-read-only", "the annotations file {path} is read-only", path=db_path),
            Message(
                "store.make-file-writable",
                "Make the file writable, then restart Interview Reader. {unchanged}",
                unchanged=unchanged,
            ),
        )
    if failure is WriteFailure.DISK_FULL:
        return (
            Message("store.disk-full", "the disk holding the data folder {folder} is full", folder=folder),
            Message(
                "store.free-space",
                "Free some disk space, then try again. {unchanged}",
                unchanged=unchanged,
            ),
        )
    if failure is WriteFailure.NEWER_VERSION:
        return (
            Message("store.newer", "{path} was made by a newer version of Interview Reader", path=db_path),
            Message(
                "store.update",
                "Update Interview Reader to keep adding highlights and notes. "
                "This version leaves the file exactly as it is.",
            ),
        )
    if failure is WriteFailure.BUSY:
        return (
            Message(
                "store.busy",
                "another Interview Reader window or program kept {path} busy for more than {seconds} seconds",
                path=db_path,
                seconds=f"{BUSY_TIMEOUT_SECONDS:g}",
            ),
            Message("store.try-in-a-moment", "Try again in a moment. {unchanged}", unchanged=unchanged),
        )
    if failure is WriteFailure.DAMAGED:
        return (
            Message(
                "store.damaged",
                "the annotations file {path} is damaged ({detail})",
                path=db_path,
                detail=cause.detail,
            ),
            Message(
                "store.restart-damaged",
                "Restart Interview Reader: it sets the damaged file aside, keeps it, and offers your newest "
                "backup.",
            ),
        )
    if failure is WriteFailure.UNAVAILABLE:
        return (
            Message(
                "store.unavailable",
                "the annotations file {path} could not be opened ({detail})",
                path=db_path,
                detail=cause.detail,
            ),
            Message(
                "store.check-folder",
                "Check that the data folder exists and that you can write to it, "
                "then restart Interview Reader.",
            ),
        )
    return (
        Message("store.sqlite", "SQLite reported “{detail}”", detail=cause.detail),
        Message(
            "store.try-again",
            "Try again; if it keeps failing, restart Interview Reader. {unchanged}",
            unchanged=unchanged,
        ),
    )


# What the store was doing, as its methods name it ("Your highlight"): the start of a message, translated.
ACTIONS: dict[str, Message] = {
    "Deleting the code": Message("store.action-deleting-code", "Deleting the code"),
    "Merging the codes": Message("store.action-merging-codes", "Merging the codes"),
    "Moving the code": Message("store.action-moving-code", "Moving the code"),
    "The imported annotations": Message("store.action-imported-annotations", "The imported annotations"),
    "The imported codebook": Message("store.action-imported-codebook", "The imported codebook"),
    "The imported highlights": Message("store.action-imported-highlights", "The imported highlights"),
    "The imported notes": Message("store.action-imported-notes", "The imported notes"),
    "The library": Message("store.action-library", "The library"),
    "Tidying up": Message("store.action-tidying-up", "Tidying up"),
    "Your change to the code": Message("store.action-change-to-code", "Your change to the code"),
    "Your change to the highlight": Message("store.action-highlight-change", "Your change to the highlight"),
    "Your coding": Message("store.action-coding", "Your coding"),
    "Your colour label": Message("store.action-colour-label", "Your colour label"),
    "Your highlight": Message("store.action-highlight", "Your highlight"),
    "Your new code": Message("store.action-new-code", "Your new code"),
    "Your note": Message("store.action-note", "Your note"),
    "Your undo": Message("store.action-undo", "Your undo"),
    "The backup": Message("store.action-backup", "The backup"),
    "The restored backup": Message("store.action-restored-backup", "The restored backup"),
    "Your deletion": Message("store.action-deletion", "Your deletion"),
}


class StoreError(ReaderError):
    """Base of every error the annotation store reports."""


class StoreWriteError(StoreError):
    """Something the user did could not be saved; ``str(error)`` says why and what to do."""

    def __init__(self, action: str, cause: Cause, db_path: Path) -> None:
        clause, fix = explain(cause, db_path)
        super().__init__(
            Message(
                "store.not-saved",
                "{action} could not be saved: {clause}.",
                action=ACTIONS.get(action, action),
                clause=clause,
            ),
            fix,
        )
        self.action = action
        self.failure = cause.failure
        self.detail = cause.detail
        self.path = db_path


class StoreReadOnlyError(StoreWriteError):
    """The store was opened read-only (see ``read_only_reason``), so the write was not even tried."""


class BackupError(StoreError):
    """A backup cannot be restored (damaged, unreadable, or made by a newer version)."""


def read_only_reason(cause: Cause, db_path: Path) -> Message:
    """The sentence the GUI shows when the store can be read but not written."""
    clause, fix = explain(cause, db_path)
    return Message(
        "store.read-only", "Highlights and notes cannot be saved: {clause}. {fix}", clause=clause, fix=fix
    )


def existing_ancestor(folder: Path) -> Path:
    """``folder`` if it exists, else its nearest existing parent."""
    while not folder.is_dir() and folder.parent != folder:
        folder = folder.parent
    return folder


def probe_folder(folder: Path) -> WriteFailure | None:
    """None when a file can be created in ``folder``; otherwise why it cannot."""
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".write-test-"):
            return None
    except OSError as error:
        if error.errno in _READ_ONLY_ERRNOS:
            return WriteFailure.READ_ONLY_FOLDER
        if error.errno in _FULL_ERRNOS:
            return WriteFailure.DISK_FULL
        return WriteFailure.UNAVAILABLE


def is_damage(error: sqlite3.Error) -> bool:
    """True when SQLite says the file is corrupt or not a database at all."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def is_busy(error: sqlite3.Error) -> bool:
    """True when SQLite says another connection holds the lock."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)


def cause_of(error: BaseException, db_path: Path) -> Cause:
    """Classify a failed write (a SQLite error or an OSError) against the data folder."""
    detail = str(error)
    if isinstance(error, OSError):
        if error.errno in _READ_ONLY_ERRNOS:
            return Cause(
                probe_folder(existing_ancestor(db_path.parent)) or WriteFailure.READ_ONLY_FILE, detail
            )
        if error.errno in _FULL_ERRNOS:
            return Cause(WriteFailure.DISK_FULL, detail)
        return Cause(WriteFailure.UNAVAILABLE, detail)
    if not isinstance(error, sqlite3.Error):
        return Cause(WriteFailure.OTHER, detail)
    if is_damage(error):
        return Cause(WriteFailure.DAMAGED, detail)
    code = getattr(error, "sqlite_errorcode", None)
    primary = -1 if code is None else code & 0xFF
    if primary == _SQLITE_FULL:
        return Cause(WriteFailure.DISK_FULL, detail)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return Cause(WriteFailure.BUSY, detail)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_AUTH, _SQLITE_CANTOPEN, _SQLITE_IOERR):
        # SQLite cannot tell a read-only folder from a read-only file, or ENOSPC from other I/O
        # errors: asking the file system is the reliable way.
        folder_problem = probe_folder(db_path.parent) if db_path.parent.is_dir() else None
        if folder_problem is not None:
            return Cause(folder_problem, detail)
        if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_AUTH):
            return Cause(WriteFailure.READ_ONLY_FILE, detail)
        if primary == _SQLITE_CANTOPEN:
            return Cause(WriteFailure.UNAVAILABLE, detail)
        if _nearly_full(db_path.parent):
            return Cause(WriteFailure.DISK_FULL, detail)
    return Cause(WriteFailure.OTHER, detail)


def _nearly_full(folder: Path) -> bool:
    """True when the disk holding ``folder`` has (almost) no space left."""
    try:
        return shutil.disk_usage(folder).free < _NEARLY_FULL_BYTES
    except OSError:
        return False
