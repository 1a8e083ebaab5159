"""The annotation store: the user's highlights, question notes and colour labels, in one SQLite file.

Every method that changes something is one ``BEGIN IMMEDIATE … COMMIT`` transaction, committed
(with ``synchronous=FULL``) before it returns: there is no Save, and a crash loses nothing a method
returned for. Deleting leaves a tombstone (``deleted`` set) so it can be undone and, later, synced;
tombstones older than 30 days are purged when the store opens (by the window, after its first paint:
``tidy_up``). Several windows or processes may use one file at once. See the package docstring for
the public API.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType

from desktop_app.domain.annotations import Anchor, Color, Highlight, QuestionNote
from desktop_app.domain.briefs import HighlightBrief
from desktop_app.domain.codes import COLOR_CODE_IDS
from desktop_app.domain.messages import Message
from desktop_app.storage.backups import is_due, list_backups, prepare_restore, replace_all_rows, write_backup
from desktop_app.storage.codebook import COLOR_LINKS, CodebookMixin
from desktop_app.storage.color_labels import ColorLabelsMixin
from desktop_app.storage.errors import Cause, StoreReadOnlyError, StoreWriteError, cause_of, read_only_reason
from desktop_app.storage.files import (
    Clock,
    copy_database,
    iso,
    remove_database_files,
    stamp,
    unique_path,
    utc_now,
)
from desktop_app.storage.library import LibraryMixin
from desktop_app.storage.merging import MergeReport, check_rows, merge
from desktop_app.storage.opening import Inspection, Opened, Recovery, open_database
from desktop_app.storage.question_notes import QuestionNotesMixin
from desktop_app.storage.rows import (
    GROUP_ROWS,
    INSERT_HIGHLIGHT,
    SELECT_BRIEFS,
    SELECT_HIGHLIGHTS,
    SELECT_SCREEN_BRIEFS,
    UPSERT_HIGHLIGHT,
    HighlightRow,
    new_id,
    to_highlight,
)
from desktop_app.storage.schema import TABLES

DB_NAME = "annotations.db"
TOMBSTONE_LIFETIME = timedelta(days=30)


class AnnotationStore(CodebookMixin, LibraryMixin, QuestionNotesMixin, ColorLabelsMixin):
    """The user's annotations in ``annotations.db`` in the data folder; create it with ``open``."""

    def __init__(self, db_path: Path, opened: Opened, clock: Clock) -> None:
        self._path = db_path
        self._conn = opened.conn
        self._clock = clock
        self._closed = False
        self._read_only: Cause | None = opened.read_only
        self.recovered: Recovery | None = opened.recovered
        """Set when the file was damaged at start-up and a fresh one was started."""
        self.unreadable = opened.unreadable
        """True when the file is there but could not be read: the (empty) store shown is not its content."""

    @classmethod
    def open(
        cls,
        data_dir: Path | str,
        *,
        clock: Clock | None = None,
        inspection: Inspection | None = None,
        tidy: bool = True,
    ) -> AnnotationStore:
        """Open (creating if needed) the store in ``data_dir``; never raises for a bad file or folder.

        Check ``recovered`` (a damaged file was set aside) and ``read_only_reason`` afterwards.
        ``clock`` returns the current UTC time; tests pass a fake one. ``inspection`` is the file's
        check begun earlier (``inspect_ahead``). Without ``tidy`` the caller calls ``tidy_up`` later.
        """
        clock = clock or utc_now
        db = Path(data_dir) / DB_NAME
        store = cls(db, open_database(db, clock(), inspection), clock)
        if tidy:
            store.tidy_up()
        return store

    @staticmethod
    def inspect_ahead(data_dir: Path | str) -> Inspection:
        """Begin checking the store's file in ``data_dir`` in a thread; hand it to ``open`` later."""
        return Inspection(Path(data_dir) / DB_NAME)

    # -- state ---------------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    @property
    def data_dir(self) -> Path:
        """The folder that holds the database and ``backups/``."""
        return self._path.parent

    @property
    def writable(self) -> bool:
        """False when the store was opened read-only (see ``read_only_reason``)."""
        return self._read_only is None

    @property
    def read_only_reason(self) -> str | None:
        """Why nothing can be saved, in plain words with what to do; None when writable."""
        if self._read_only is None:
            return None
        reason = read_only_reason(self._read_only, self._path)
        if self.unreadable:
            reason = Message(
                "store.unreadable",
                "The annotations in {path} cannot be read, so none are shown. {reason}",
                path=self._path,
                reason=reason,
            )
        return reason

    @property
    def closed(self) -> bool:
        """True once :meth:`close` was called (work left for later has nothing to read then)."""
        return self._closed

    def close(self) -> None:
        """Close the file; everything was already committed. Safe to call twice."""
        if not self._closed:
            self._closed = True
            self._conn.close()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------

    def _now(self) -> str:
        return iso(self._clock())

    @contextlib.contextmanager
    def _write(self, action: str) -> Iterator[sqlite3.Connection]:
        """One transaction, committed on leaving; a failure becomes a StoreWriteError naming ``action``."""
        if self._read_only is not None:
            raise StoreReadOnlyError(action, self._read_only, self._path)
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):  # keep the original error, not this one
                        conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            if not self._closed and conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise StoreWriteError(action, cause_of(error, self._path), self._path) from error

    def tidy_up(self) -> None:
        """Forget deletions older than TOMBSTONE_LIFETIME; housekeeping, so a failure is ignored.

        A write transaction reading every row: with 10,000 highlights 10-15 ms the window does after its
        first paint (``open(tidy=False)``).
        """
        if not self.writable:
            return
        cutoff = iso(self._clock() - TOMBSTONE_LIFETIME)
        with contextlib.suppress(StoreWriteError), self._write("Tidying up") as conn:
            for table in ("highlights", "question_notes", "codes"):
                conn.execute(f"DELETE FROM {table} WHERE deleted IS NOT NULL AND deleted < ?", (cutoff,))
            # Links to what is gone for good go with it.
            conn.execute(
                "DELETE FROM highlight_codes WHERE highlight_id NOT IN (SELECT id FROM highlights) "
                "OR code_id NOT IN (SELECT id FROM codes)"
            )

    # -- highlights ----------------------------------------------------------------------------

    def add_highlights(
        self,
        transcript_id: str,
        content_hash: str,
        items: Sequence[tuple[Anchor, str, str]],
        color: Color,
        note: str = "",
        placed_in: str = "",
    ) -> list[Highlight]:
        """Save one highlight: a row per ``(anchor, question_id, speaker)``, all sharing one group id.

        ``placed_in``: the mark of the parse the anchors were made in (``transcript_cache.placed_mark``),
        if they were made in the transcript's current text; see ``highlight_briefs``.
        """
        if not items:
            raise ValueError("a highlight needs at least one passage")
        for anchor, _question, _speaker in items:
            if not 0 <= anchor.start <= anchor.end:
                raise ValueError(f"bad offsets {anchor.start}..{anchor.end} in {anchor.paragraph_id}")
        color, now, group = Color(color), self._now(), new_id()
        rows: list[HighlightRow] = [
            (new_id(), transcript_id, content_hash, a.paragraph_id, a.start, a.end, a.exact, a.prefix,
             a.suffix, question_id, speaker, color.value, note, group, now, now, None)
            for a, question_id, speaker in items
        ]  # fmt: skip
        with self._write("Your highlight") as conn:
            conn.executemany(INSERT_HIGHLIGHT, rows)
            if placed_in:
                marks = [(placed_in, row[0]) for row in rows]
                conn.executemany("UPDATE highlights SET placed_in = ? WHERE id = ?", marks)
            # The colour is a code: the passage carries it (see domain/codes.py).
            conn.execute(COLOR_LINKS, (json.dumps([row[0] for row in rows]),))
        return [to_highlight(row) for row in rows]

    def update_highlight(self, id: str, *, color: Color | None = None, note: str | None = None) -> Highlight:
        """Change the colour and/or note of a live highlight (every row of its group); KeyError if none."""
        color = None if color is None else Color(color)
        with self._write("Your change to the highlight") as conn:
            found = conn.execute(
                "SELECT group_id FROM highlights WHERE id = ? AND deleted IS NULL", (id,)
            ).fetchone()
            if found is None:
                raise KeyError(id)
            if color is not None or note is not None:
                conn.execute(
                    "UPDATE highlights SET color = coalesce(?, color), note = coalesce(?, note), "
                    "updated = max(?, updated) WHERE group_id = ? AND deleted IS NULL",
                    (None if color is None else color.value, note, self._now(), found[0]),
                )
            if color is not None:
                # Recolouring swaps the colour's code; the other codes stay.
                rows = conn.execute("SELECT id FROM highlights WHERE group_id = ?", (found[0],))
                ids = [r[0] for r in rows]
                conn.execute(
                    "DELETE FROM highlight_codes WHERE highlight_id IN (SELECT value FROM json_each(?)) "
                    "AND code_id IN (SELECT value FROM json_each(?))",
                    (json.dumps(ids), json.dumps(list(COLOR_CODE_IDS.values()))),
                )
                conn.executemany(
                    "INSERT OR IGNORE INTO highlight_codes (highlight_id, code_id, created) VALUES (?, ?, ?)",
                    [(i, COLOR_CODE_IDS[color], self._now()) for i in ids],
                )
            row = conn.execute(f"{SELECT_HIGHLIGHTS} WHERE id = ?", (id,)).fetchone()
        return to_highlight(row)

    def delete(self, ids: Iterable[str]) -> list[str]:
        """Tombstone these highlights (whole groups); returns the ids of the rows deleted, for undo."""
        return self._set_deleted(list(ids), self._now(), "Your deletion")

    def undelete(self, ids: Iterable[str]) -> list[str]:
        """Bring tombstoned highlights back (whole groups); returns the ids of the rows restored."""
        return self._set_deleted(list(ids), None, "Your undo")

    def _set_deleted(self, ids: list[str], when: str | None, action: str) -> list[str]:
        if not ids:
            return []
        now = self._now()
        state = "deleted IS NULL" if when is not None else "deleted IS NOT NULL"
        with self._write(action) as conn:
            affected = [row[0] for row in conn.execute(f"{GROUP_ROWS} AND {state}", (json.dumps(ids),))]
            conn.executemany(
                "UPDATE highlights SET deleted = ?, updated = max(?, updated) WHERE id = ?",
                [(when, now, row_id) for row_id in affected],
            )
        return affected

    def highlights(self, transcript_id: str, include_deleted: bool = False) -> list[Highlight]:
        """The transcript's highlights in the order they were made (tombstones only if asked)."""
        live = "" if include_deleted else " AND deleted IS NULL"
        rows = self._conn.execute(
            f"{SELECT_HIGHLIGHTS} WHERE transcript_id = ?{live} ORDER BY created, rowid", (transcript_id,)
        )
        return [to_highlight(row) for row in rows]

    def highlight_briefs(
        self, transcript_id: str, paragraph_ids: Iterable[str] | None = None, placed_in: str = ""
    ) -> list[HighlightBrief]:
        """The live highlights with the columns the window lists and paints, in the order made.

        With ``paragraph_ids``, only those anchored in these paragraphs (what one screen shows). A brief
        is ``trusted`` when its row holds the mark ``placed_in`` (not empty): its offsets and question
        were found to hold in the parse that mark names (``confirm_placed``, or made there).
        """
        trusted = placed_in or None  # NULL: no row is trusted
        if paragraph_ids is None:
            query, args = f"{SELECT_BRIEFS} WHERE transcript_id = ?", [trusted, transcript_id]
        else:  # the screen's paragraphs each looked up by their index (rows.py)
            query = f"{SELECT_SCREEN_BRIEFS} WHERE transcript_id = ?"
            args = [trusted, json.dumps(list(paragraph_ids)), transcript_id]
        rows = self._conn.execute(f"{query} AND deleted IS NULL ORDER BY created, highlights.rowid", args)
        return list(map(HighlightBrief._make, rows))  # a row is a brief's fields in order: no call per row

    def confirm_placed(self, ids: Iterable[str], placed_in: str) -> None:
        """Mark these highlights found where stored in ``placed_in``'s parse (housekeeping: never raises)."""
        ids = list(ids)
        if not ids or not placed_in or not self.writable:
            return
        with contextlib.suppress(StoreWriteError), self._write("Tidying up") as conn:
            conn.execute(
                "UPDATE highlights SET placed_in = ? WHERE id IN (SELECT value FROM json_each(?))",
                (placed_in, json.dumps(ids)),
            )

    def highlights_of(self, ids: Iterable[str]) -> list[Highlight]:
        """These highlights whole (tombstones too), in the order made; an unknown id is left out."""
        rows = self._conn.execute(
            f"{SELECT_HIGHLIGHTS} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY created, rowid",
            (json.dumps(list(ids)),),
        )
        return [to_highlight(row) for row in rows]

    def get(self, id: str) -> Highlight | None:
        """The highlight with this id, tombstoned or not; None if there is none."""
        row = self._conn.execute(f"{SELECT_HIGHLIGHTS} WHERE id = ?", (id,)).fetchone()
        return None if row is None else to_highlight(row)

    def upsert_highlights(self, items: Iterable[Highlight]) -> int:
        """Merge highlights by id: new ones are added, a newer ``updated`` wins; returns rows changed."""
        rows = [
            (h.id, h.transcript_id, h.content_hash, h.anchor.paragraph_id, h.anchor.start, h.anchor.end,
             h.anchor.exact, h.anchor.prefix, h.anchor.suffix, h.question_id, h.speaker, Color(h.color).value,
             h.note, h.group_id or h.id, h.created, h.updated, h.deleted)
            for h in items
        ]  # fmt: skip
        with self._write("The imported highlights") as conn:
            before = conn.total_changes
            conn.executemany(UPSERT_HIGHLIGHT, rows)
            changed = conn.total_changes - before
            conn.execute(COLOR_LINKS, (json.dumps([row[0] for row in rows]),))
        return changed

    def import_annotations(
        self, transcript_id: str, highlights: Iterable[Highlight], notes: Iterable[QuestionNote]
    ) -> MergeReport:
        """Merge an import into one transcript, all in one transaction, or nothing; what happened.

        Every row is checked first (InvalidImportError, nothing written). Ids are matched within
        ``transcript_id``: one already used on another transcript is skipped with a reason, as is
        one whose saved copy is as new or newer.
        """
        highlights, notes = list(highlights), list(notes)
        check_rows(highlights, notes)
        with self._write("The imported annotations") as conn:
            report = merge(conn, transcript_id, highlights, notes)
            conn.execute(COLOR_LINKS, (json.dumps([h.id for h in highlights]),))
        return report

    # -- backups -------------------------------------------------------------------------------

    def backups(self) -> list[Path]:
        """The backup files in ``backups/``, newest first."""
        return list_backups(self.data_dir)

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        """Back up if the newest backup is a day old (or there is none); the new file, or None.

        An empty store is not backed up: a copy of nothing would only push a useful backup out of
        the seven kept (say, in the days after a damaged file was replaced by a fresh one).
        """
        now = now or self._clock()
        if not self.writable or self._is_empty() or not is_due(self.data_dir, now):
            return None
        return self.backup_now(now)

    def _is_empty(self) -> bool:
        # The five colour codes every store starts with are not the user's work.
        tables = [t for t in TABLES if t != "codes"]
        colour_codes = json.dumps(list(COLOR_CODE_IDS.values()))
        return not any(
            self._conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0] for table in tables
        ) and not self._conn.execute(
            "SELECT EXISTS (SELECT 1 FROM codes WHERE id NOT IN (SELECT value FROM json_each(?)))",
            (colour_codes,),
        ).fetchone()[0]

    def backup_now(self, now: datetime | None = None) -> Path:
        """Back up now into ``backups/annotations-YYYYMMDD-HHMMSS.db``, keeping the newest 7."""
        action = "The backup"
        if self._read_only is not None:
            raise StoreReadOnlyError(action, self._read_only, self._path)
        try:
            return write_backup(self._conn, self.data_dir, now or self._clock())
        except (OSError, sqlite3.Error) as error:
            raise StoreWriteError(action, cause_of(error, self._path), self._path) from error

    def restore_backup(self, backup: Path) -> Path:
        """Replace every annotation with the backup's; returns where the current ones were kept.

        The current database is first copied aside to ``annotations.db.before-restore-YYYYMMDD-HHMMSS``
        (never deleted). The backup is then written into the open file in one transaction, so other
        windows on the same file see the restored annotations too. BackupError if the backup is
        damaged or from a newer version; nothing changes then.
        """
        action = "The restored backup"
        if self._read_only is not None:
            raise StoreReadOnlyError(action, self._read_only, self._path)
        scratch = self.data_dir / f".restore-{new_id().replace('-', '')}.db"
        try:
            prepare_restore(Path(backup), scratch)
            aside = unique_path(
                self._path.with_name(f"{self._path.name}.before-restore-{stamp(self._clock())}")
            )
            copy_database(self._conn, aside)
            self._conn.execute("ATTACH DATABASE ? AS restored", (str(scratch),))
            try:
                with self._write(action) as conn:
                    replace_all_rows(conn, "restored")
            finally:
                self._conn.execute("DETACH DATABASE restored")
        except (OSError, sqlite3.Error) as error:
            raise StoreWriteError(action, cause_of(error, self._path), self._path) from error
        finally:
            remove_database_files(scratch)
        return aside
