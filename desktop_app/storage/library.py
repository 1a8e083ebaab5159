"""The library's part of the store: every interview opened, converted or imported, in the data folder.

Mixed into ``AnnotationStore``. An entry is keyed by the transcript's id (as its notes are), so a
moved file updates its entry. The counts of highlights and notes are worked out when the library is
listed, from the highlights themselves, so they are never stale.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from desktop_app.domain.library import LibraryEntry
from desktop_app.domain.model import Transcript
from desktop_app.storage.errors import StoreError
from desktop_app.storage.schema import LIBRARY_COLUMNS

_SELECT = (
    "SELECT "
    + ", ".join(f"l.[{c}]" for c in LIBRARY_COLUMNS)
    + ", (SELECT count(DISTINCT group_id) FROM highlights AS h WHERE h.transcript_id = l.id"
    " AND h.deleted IS NULL)"
    ", (SELECT count(*) FROM question_notes AS n WHERE n.transcript_id = l.id AND n.deleted IS NULL)"
    " FROM library AS l"
)


def to_entry(row: Sequence[object]) -> LibraryEntry:
    """A LibraryEntry from a row of the library query."""
    id_, title, source, date, speakers, path, content_hash, added, last_read, missing, count, notes = row
    try:
        names = tuple(str(s) for s in json.loads(str(speakers)))
    except (ValueError, TypeError):
        names = ()  # a damaged list of names is not worth refusing the whole entry for
    return LibraryEntry(
        str(id_), str(title), str(source), str(date), names, str(path), str(content_hash), str(added),
        None if last_read is None else str(last_read), bool(missing), int(str(count)), int(str(notes)),
    )  # fmt: skip


class LibraryMixin:
    """The library methods of AnnotationStore (which provides ``_conn``, ``_now`` and ``_write``)."""

    _conn: sqlite3.Connection

    def _now(self) -> str:
        raise NotImplementedError

    def _write(self, action: str) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def add_to_library(
        self, transcript: Transcript, path: Path | str, *, opened: bool = False
    ) -> LibraryEntry:
        """Add the interview, or bring its entry up to date; ``opened`` stamps it as read now."""
        now = self._now()
        path = str(Path(path).resolve())
        speakers = json.dumps([s.name for s in transcript.speakers], ensure_ascii=False)
        date = getattr(transcript, "date", "") or ""
        with self._write("The library") as conn:
            conn.execute(
                "INSERT INTO library (id, title, source, date, speakers, path, content_hash, added, "
                "last_read, missing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (id) DO UPDATE SET "
                "title = excluded.title, source = excluded.source, date = excluded.date, "
                "speakers = excluded.speakers, path = excluded.path, content_hash = excluded.content_hash, "
                "last_read = coalesce(excluded.last_read, library.last_read), missing = 0",
                (transcript.id, transcript.title, transcript.source, str(date), speakers, path,
                 transcript.content_hash, now, now if opened else None),
            )  # fmt: skip
        entry = self.library_entry(transcript.id)
        assert entry is not None
        return entry

    def note_opened(self, transcript: Transcript, path: Path | str) -> LibraryEntry | None:
        """Record that the interview was opened now; None when that could not be saved.

        Housekeeping for the window's Open: a read-only or full store must not stop the reading, so a
        failure is swallowed here (``add_to_library`` raises it).
        """
        try:
            return self.add_to_library(transcript, path, opened=True)
        except StoreError:
            return None

    def library(self) -> list[LibraryEntry]:
        """Every interview of the library, by title."""
        return [to_entry(row) for row in self._conn.execute(f"{_SELECT} ORDER BY l.title, l.id")]

    def library_entry(self, transcript_id: str) -> LibraryEntry | None:
        """The library's entry for this transcript id, or None."""
        row = self._conn.execute(f"{_SELECT} WHERE l.id = ?", (transcript_id,)).fetchone()
        return None if row is None else to_entry(row)

    def check_library(self) -> list[str]:
        """Mark entries whose file is gone as missing (and found again ones not); the ids now missing.

        Nothing is removed: the notes on a missing interview stay, and come back with its file.
        """
        entries = self.library()
        gone = [e.id for e in entries if not Path(e.path).is_file()]
        changes = [(int(e.id in gone), e.id) for e in entries if e.missing != (e.id in gone)]
        if changes:
            with self._write("The library") as conn:
                conn.executemany("UPDATE library SET missing = ? WHERE id = ?", changes)
        return gone

    def remove_from_library(self, transcript_id: str) -> bool:
        """Forget an interview's entry (its notes stay); True if there was one."""
        with self._write("The library") as conn:
            removed = conn.execute("DELETE FROM library WHERE id = ?", (transcript_id,)).rowcount
        return removed > 0
