"""Daily backups in ``backups/`` beside the database, and restoring one of them.

Backups are named ``annotations-YYYYMMDD-HHMMSS.db`` (UTC) and made with SQLite's online backup, so
they are consistent even while other windows write. The newest ``KEEP`` are kept.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.domain.messages import Message
from desktop_app.storage import schema
from desktop_app.storage.errors import BackupError
from desktop_app.storage.files import (
    DamagedFileError,
    connect_read_only,
    copy_database,
    inspect,
    stamp,
    unique_path,
)

BACKUP_FOLDER = "backups"
KEEP = 7
DUE_AFTER = timedelta(days=1)

_NAME = re.compile(r"^annotations-(\d{8}-\d{6})(?:-(\d+))?\.db$")
_CHOOSE_ANOTHER = Message("backup.choose-another", "Choose another backup.")


def backup_folder(data_dir: Path) -> Path:
    """The folder that holds the backups of the database in ``data_dir``."""
    return data_dir / BACKUP_FOLDER


def _sort_key(path: Path) -> tuple[str, int]:
    match = _NAME.match(path.name)
    assert match is not None
    return match.group(1), int(match.group(2) or 1)


def list_backups(data_dir: Path) -> list[Path]:
    """Every backup, newest first; a stray file (``annotations-20261399-250000.db``) is not one."""
    folder = backup_folder(data_dir)
    try:
        found = [p for p in folder.iterdir() if backup_time(p) is not None and p.is_file()]
    except OSError:
        return []
    return sorted(found, key=_sort_key, reverse=True)


def backup_time(path: Path) -> datetime | None:
    """When a backup was made, read from its name (UTC); None if the name is not a backup's."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:  # the digits may still not be a date: month 13, hour 25
        return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def is_due(data_dir: Path, now: datetime) -> bool:
    """True when there is no backup, or the newest is a day old (or oddly far in the future)."""
    backups = list_backups(data_dir)
    newest = backup_time(backups[0]) if backups else None
    return newest is None or abs(now - newest) >= DUE_AFTER


def write_backup(conn: sqlite3.Connection, data_dir: Path, now: datetime) -> Path:
    """Copy the database into a new backup file, then keep only the newest ``KEEP``; returns the file."""
    folder = backup_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("annotations-*.db.partial*"):
        # Left by a crash in the middle of a backup: an incomplete copy, never the user's data.
        stale.unlink(missing_ok=True)
    target = copy_database(conn, unique_path(folder / f"annotations-{stamp(now)}.db", ".db"))
    for old in list_backups(data_dir)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def prepare_restore(backup: Path, scratch: Path) -> None:
    """Check ``backup`` and copy it to ``scratch`` at the latest schema; BackupError if it cannot be used."""
    name = backup.name
    try:
        version = inspect(backup)
    except DamagedFileError as damage:
        raise BackupError(
            Message(
                "backup.damaged",
                "The backup {name} cannot be restored: it is damaged ({damage}).",
                name=name,
                damage=damage,
            ),
            _CHOOSE_ANOTHER,
        ) from damage
    except (OSError, sqlite3.Error) as error:
        raise BackupError(
            Message(
                "backup.unopenable",
                "The backup {name} cannot be restored: it could not be opened ({error}).",
                name=name,
                error=error,
            ),
            _CHOOSE_ANOTHER,
        ) from error
    if version > schema.LATEST_VERSION:
        raise BackupError(
            Message(
                "backup.newer",
                "The backup {name} cannot be restored: it was made by a newer version of Interview Reader.",
                name=name,
            ),
            Message("backup.update", "Update Interview Reader, or choose another backup."),
        )
    source = connect_read_only(backup)
    try:
        copy_database(source, scratch)
    finally:
        source.close()
    conn = sqlite3.connect(scratch, isolation_level=None)
    try:
        schema.migrate(conn)
    finally:
        conn.close()


def replace_all_rows(conn: sqlite3.Connection, alias: str) -> None:
    """Inside the caller's transaction, make every table of ``main`` hold exactly the rows of ``alias``."""
    for table in schema.TABLES:
        columns = schema.column_list(table)
        conn.execute(f"DELETE FROM main.{table}")
        conn.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM {alias}.{table}")
