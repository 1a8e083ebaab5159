"""Opening the annotations file: create, check, migrate; or fall back to reading, or to nothing.

Opening never raises for a problem with the file or the folder. It always yields a connection the
store can read from, plus what the user must be told: a damaged file that was set aside
(``Recovery``), or the reason writing is unavailable.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.domain.messages import Message
from desktop_app.storage import schema
from desktop_app.storage.backups import list_backups
from desktop_app.storage.errors import Cause, WriteFailure, cause_of
from desktop_app.storage.files import (
    DamagedFileError,
    check_health,
    connect_read_only,
    connect_writable,
    empty_database,
    inspect,
    move_aside,
    probe_write,
    snapshot,
)


@dataclass(frozen=True, slots=True)
class Recovery:
    """The annotations file was damaged at start-up: where it was set aside, and what can restore it."""

    damaged_path: Path
    problem: str
    newest_backup: Path | None

    @property
    def message(self) -> Message:
        """What happened and what the user can do, in plain words."""
        if self.newest_backup is None:
            return Message(
                "recovery.no-backup",
                "The annotations file was damaged ({problem}), so Interview Reader started a new one. "
                "The damaged file is kept as {path}. There is no backup to restore.",
                problem=self.problem,
                path=self.damaged_path,
            )
        return Message(
            "recovery.backup",
            "The annotations file was damaged ({problem}), so Interview Reader started a new one. "
            "The damaged file is kept as {path}. You can restore the newest backup, {backup}.",
            problem=self.problem,
            path=self.damaged_path,
            backup=self.newest_backup.name,
        )


class Inspection:
    """``files.inspect`` of an annotations file, begun in a thread while start-up does other work.

    Its checks read every page and every row (SQLite's quick_check, the type check): with 10,000
    highlights that is ~45 ms, spent inside SQLite, which lets go of the GIL, so the transcript can be
    loaded meanwhile. ``open_database`` takes the verdict, as if it had inspected the file itself.
    """

    def __init__(self, db: Path) -> None:
        self._db = db
        self._existed = db.exists()
        self._outcome: int | BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="store-inspection", daemon=True)
        if self._existed:
            self._thread.start()

    def _run(self) -> None:
        try:
            self._outcome = inspect(self._db)
        except BaseException as error:  # handed back to open_database, which raises it there
            self._outcome = error

    def version(self) -> int:
        """What ``inspect`` gives (or raises) for the file; inspected now if it was not there before."""
        if not self._existed:
            return inspect(self._db)
        self._thread.join()
        outcome = self._outcome
        if isinstance(outcome, BaseException):
            raise outcome
        assert outcome is not None
        return outcome


@dataclass(slots=True)
class Opened:
    """The result of opening: a connection, and what went wrong on the way (if anything)."""

    conn: sqlite3.Connection
    recovered: Recovery | None = None
    read_only: Cause | None = None
    unreadable: bool = False
    """True when the file is there but none of it could be read: the empty store shown is not it."""


def open_database(db: Path, now: datetime, inspection: Inspection | None = None) -> Opened:
    """Open ``db`` for the store, setting a damaged file aside and degrading to read-only as needed.

    ``inspection``, begun earlier on ``db``, saves inspecting it here.
    """
    try:
        db.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return Opened(empty_database(), read_only=cause_of(error, db))
    recovered: Recovery | None = None
    unchecked = db.exists()
    if unchecked:
        try:
            version = inspection.version() if inspection is not None else inspect(db)
        except DamagedFileError as damage:
            try:
                recovered = _set_aside(db, str(damage), now)
            except OSError as error:
                return _unreadable(cause_of(error, db))
            unchecked = False
        except sqlite3.Error:
            pass  # It cannot be read without writing (a crash left a rollback journal, say): see below.
        except OSError as error:  # not even readable (permissions, an I/O error): show nothing, say why
            return _unreadable(cause_of(error, db))
        else:
            unchecked = False
            if version > schema.LATEST_VERSION:
                return _read_newer(db, Cause(WriteFailure.NEWER_VERSION, str(version)))
    try:
        conn = connect_writable(db)
        try:
            if unchecked and check_health(conn) > schema.LATEST_VERSION:
                conn.close()
                return _read_newer(db, Cause(WriteFailure.NEWER_VERSION))
            schema.migrate(conn)
            probe_write(conn)
        except BaseException:
            conn.close()
            raise
    except DamagedFileError as damage:
        return _start_afresh(db, str(damage), now)
    except sqlite3.Error as error:
        cause = cause_of(error, db)
        if cause.failure is WriteFailure.DAMAGED and recovered is None:
            # The quick check passed, but SQLite met damage on the way: set it aside all the same.
            return _start_afresh(db, cause.detail, now)
        # The file is fine but cannot be written (a full disk, a read-only folder): show what it holds.
        copy = _read_only_copy(db)
        if copy is None:
            return _unreadable(cause, recovered)
        return Opened(copy, recovered=recovered, read_only=cause)
    except OSError as error:
        return _unreadable(cause_of(error, db), recovered)
    return Opened(conn, recovered=recovered)


def _unreadable(cause: Cause, recovered: Recovery | None = None) -> Opened:
    """An empty, read-only stand-in for a file that is there but could not be read at all."""
    return Opened(empty_database(), recovered=recovered, read_only=cause, unreadable=True)


def _start_afresh(db: Path, problem: str, now: datetime) -> Opened:
    """Set the damaged ``db`` aside and start a new, empty file in its place."""
    try:
        recovered = _set_aside(db, problem, now)
    except OSError as error:
        return _unreadable(cause_of(error, db))
    try:
        return Opened(_fresh(db), recovered=recovered)
    except sqlite3.Error as error:
        return Opened(empty_database(), recovered=recovered, read_only=cause_of(error, db))


def _fresh(db: Path) -> sqlite3.Connection:
    """A new, empty file at the latest schema."""
    conn = connect_writable(db)
    try:
        schema.migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _set_aside(db: Path, problem: str, now: datetime) -> Recovery:
    """Move the damaged file (with its -wal/-shm) aside and say where, and which backup could replace it."""
    damaged = move_aside(db, "corrupt", now)
    backups = list_backups(db.parent)
    return Recovery(damaged, problem, backups[0] if backups else None)


def _read_only_copy(db: Path) -> sqlite3.Connection | None:
    """What can be read of ``db`` at the latest schema, in memory; None if nothing can be read.

    Empty when there is no file (yet) to read.
    """
    if not db.exists():
        return empty_database()
    try:
        source = connect_read_only(db)
    except sqlite3.Error:
        return None
    try:
        copy = snapshot(source)
    except sqlite3.Error:
        return None
    finally:
        source.close()
    try:
        if schema.user_version(copy) <= schema.LATEST_VERSION:
            problem = schema.schema_problem(copy, schema.user_version(copy))
            if problem is not None:
                raise ValueError(problem)
        schema.migrate(copy)
    except (sqlite3.Error, ValueError):
        copy.close()
        return None
    return copy


def _read_newer(db: Path, cause: Cause) -> Opened:
    """The rows of a file made by a newer version, if their tables still have the columns we know.

    If they do not, the store is empty and ``unreadable`` says so: an export must not pass it off
    as the user's annotations.
    """
    with contextlib.suppress(sqlite3.Error):
        source = connect_read_only(db)
        try:
            copy = snapshot(source)
        finally:
            source.close()
        try:
            for table in schema.TABLES:
                columns = schema.column_list(table)
                copy.execute(f"SELECT {columns} FROM {table} LIMIT 1").fetchall()
            for table, shape in schema.expected_shapes(schema.LATEST_VERSION).items():
                if copy.execute(schema.type_check(table, shape)).fetchone() is not None:
                    raise sqlite3.DataError(f"a row of {table} holds a value of the wrong type")
        except sqlite3.Error:
            copy.close()
            raise
        return Opened(copy, read_only=cause)
    return _unreadable(cause)
