"""File-level helpers: times, connections, health checks, setting damaged files aside, copies."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.storage import schema
from desktop_app.storage.errors import BUSY_TIMEOUT_SECONDS, is_busy, is_damage

Clock = Callable[[], datetime]

# SQLite keeps a WAL database in up to three files; they move, and are copied, together.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100


class DamagedFileError(Exception):
    """The file is corrupt, truncated or not a SQLite database (internal to the storage package)."""


def utc_now() -> datetime:
    """The current time, in UTC."""
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """UTC ISO-8601 with milliseconds, e.g. ``2026-11-25T15:07:19.123Z``."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def stamp(moment: datetime) -> str:
    """A UTC time for file names, e.g. ``20261125-150719``."""
    return moment.astimezone(UTC).strftime("%Y%m%d-%H%M%S")


def unique_path(path: Path, extension: str = "") -> Path:
    """``path`` if nothing is there (nor its side files), else the first free ``path-2``, ``path-3``….

    A name ending in ``extension`` keeps it last: ``annotations-….db`` becomes ``annotations-…-2.db``.
    """
    base = path.name.removesuffix(extension) if extension else path.name
    candidate, n = path, 1
    while any(Path(f"{candidate}{suffix}").exists() for suffix in ("", *SIDE_SUFFIXES)):
        n += 1
        candidate = path.with_name(f"{base}-{n}{extension}")
    return candidate


def connect_writable(db: Path) -> sqlite3.Connection:
    """Open (creating if needed) the database for writing: WAL, FULL sync, foreign keys, busy timeout."""
    conn = sqlite3.connect(db, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        _enter_wal(conn)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _enter_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, waiting out other processes doing the same.

    Converting a new file to WAL needs an exclusive lock; when two processes try at once SQLite
    reports BUSY at once rather than calling the busy handler, so the wait happens here.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError as error:
            if not is_busy(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def probe_write(conn: sqlite3.Connection) -> None:
    """Raise the SQLite error a write would meet (a read-only file or folder); writes nothing."""
    version = schema.user_version(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {version:d}")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def connect_read_only(db: Path) -> sqlite3.Connection:
    """Open an existing database without ever writing to it, even in a read-only folder.

    ``mode=ro`` sees everything, including a WAL left by a crash, but needs to create the ``-shm``
    file beside a WAL database. Only where that is what fails does ``immutable=1`` read the main file
    alone; a rollback journal left by a crash is never ignored that way (the error is raised).
    """
    uri = db.resolve().as_uri()
    try:
        return _read_only(f"{uri}?mode=ro")
    except sqlite3.Error as error:
        if is_damage(error) or not _needs_shared_memory_file(error) or Path(f"{db}-journal").exists():
            raise
    return _read_only(f"{uri}?immutable=1")


def _read_only(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _needs_shared_memory_file(error: sqlite3.Error) -> bool:
    """True when a read-only open failed only because the -shm file could not be created."""
    name = getattr(error, "sqlite_errorname", "")
    # A full disk cannot take the -shm file either; it shows as FULL or as an I/O error.
    return name in ("SQLITE_READONLY_DIRECTORY", "SQLITE_FULL") or name.startswith(
        ("SQLITE_CANTOPEN", "SQLITE_IOERR")
    )


def check_health(conn: sqlite3.Connection) -> int:
    """The file's schema version, after a quick integrity check; DamagedFileError if it fails.

    The version and the tables are read in one read transaction: another process migrating the file
    at the same moment must not make a file between two steps look like one whose tables lie.
    """
    began = not conn.in_transaction
    if began:
        conn.execute("BEGIN")
    try:
        return _check_health(conn)
    finally:
        if began and conn.in_transaction:
            conn.execute("COMMIT")


def _check_health(conn: sqlite3.Connection) -> int:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        version = schema.user_version(conn)
        problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check(3)")]
    except sqlite3.Error as error:
        if is_damage(error):
            raise DamagedFileError(str(error)) from error
        raise
    if problems != ["ok"]:
        raise DamagedFileError("; ".join(problems))
    if version > schema.LATEST_VERSION:
        return version  # a newer file is left to the caller, who reads what it can
    try:
        problem = schema.schema_problem(conn, version) or schema.row_problem(conn, version)
    except sqlite3.Error as error:
        if is_damage(error):
            raise DamagedFileError(str(error)) from error
        raise
    if problem is not None:
        raise DamagedFileError(problem)
    return version


def inspect(db: Path) -> int:
    """Open ``db`` read-only and check it; its schema version, or DamagedFileError."""
    # Looking at the header first keeps SQLite from touching the -wal/-shm beside a file that is
    # plainly not a database: they are set aside exactly as they were.
    if not db.is_file():
        raise DamagedFileError("it is a folder, not a file" if db.is_dir() else "it is not a regular file")
    with open(db, "rb") as handle:
        header = handle.read(_HEADER_SIZE)
    if header and not header.startswith(_MAGIC):
        raise DamagedFileError("file is not a database")
    if 0 < len(header) < _HEADER_SIZE:
        raise DamagedFileError("file is truncated")
    try:
        conn = connect_read_only(db)
    except sqlite3.Error as error:
        if is_damage(error):
            raise DamagedFileError(str(error)) from error
        raise
    try:
        return check_health(conn)
    finally:
        conn.close()


def move_aside(db: Path, label: str, moment: datetime) -> Path:
    """Rename ``db`` and its side files to ``<name>.<label>-YYYYMMDD-HHMMSS``; never deletes anything."""
    target = unique_path(db.with_name(f"{db.name}.{label}-{stamp(moment)}"))
    for suffix in SIDE_SUFFIXES:
        side = Path(f"{db}{suffix}")
        if side.exists():
            os.replace(side, f"{target}{suffix}")
    os.replace(db, target)
    return target


def snapshot(source: sqlite3.Connection) -> sqlite3.Connection:
    """An in-memory copy of ``source``, so reading never touches the file again."""
    copy = sqlite3.connect(":memory:", isolation_level=None)
    source.backup(copy)
    return copy


def empty_database() -> sqlite3.Connection:
    """An in-memory database at the latest schema, for a store that has no file it can use."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    schema.migrate(conn)
    return conn


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of ``source`` to ``target`` as one self-contained file, atomically.

    The copy is made under a temporary name and renamed into place, so a crash never leaves a
    half-written file under the final name.
    """
    partial = target.with_name(target.name + ".partial")
    remove_database_files(partial)
    try:
        conn = sqlite3.connect(partial, isolation_level=None)
        try:
            source.backup(conn)
            # A rollback-journal file needs no -wal/-shm beside it: it opens anywhere, even read-only.
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            conn.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        remove_database_files(partial)
        raise
    return target


def remove_database_files(path: Path) -> None:
    """Delete a scratch database and its side files (never used on the user's data)."""
    for suffix in ("", *SIDE_SUFFIXES):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")
