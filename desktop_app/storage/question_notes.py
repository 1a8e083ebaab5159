"""The question notes' part of the store: one live note per question, merged by id on import.

Mixed into ``AnnotationStore``, which provides the connection and its one-transaction writes.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable

from desktop_app.domain.annotations import QuestionNote
from desktop_app.storage.rows import INSERT_NOTE, SELECT_NOTES, new_id, to_note


class QuestionNotesMixin:
    """The question-note methods of AnnotationStore (which provides ``_conn``, ``_now`` and ``_write``)."""

    _conn: sqlite3.Connection

    def _now(self) -> str:
        raise NotImplementedError

    def _write(self, action: str) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def upsert_question_notes(self, items: Iterable[QuestionNote]) -> int:
        """Merge question notes by id (a newer ``updated`` wins); returns how many changed.

        A question holds one live note: an imported live note replaces an older live one with another
        id (which becomes a tombstone) and gives way to a newer one.
        """
        changed = 0
        with self._write("The imported notes") as conn:
            for n in items:
                row = conn.execute("SELECT updated FROM question_notes WHERE id = ?", (n.id,)).fetchone()
                if row is not None:
                    if n.updated > row[0]:
                        conn.execute(
                            "UPDATE question_notes SET note = ?, updated = ?, deleted = ? WHERE id = ?",
                            (n.note, n.updated, n.deleted, n.id),
                        )
                        changed += 1
                    continue
                if n.deleted is None:
                    live = conn.execute(
                        "SELECT id, updated FROM question_notes"
                        " WHERE transcript_id = ? AND question_id = ? AND deleted IS NULL",
                        (n.transcript_id, n.question_id),
                    ).fetchone()
                    if live is not None:
                        if live[1] >= n.updated:
                            continue
                        conn.execute(
                            "UPDATE question_notes SET deleted = ? WHERE id = ?", (n.updated, live[0])
                        )
                conn.execute(
                    INSERT_NOTE,
                    (n.id, n.transcript_id, n.question_id, n.note, n.created, n.updated, n.deleted),
                )
                changed += 1
        return changed

    def set_question_note(self, transcript_id: str, question_id: str, note: str) -> QuestionNote | None:
        """Save the note on a question exactly as typed; ``''`` deletes it (a tombstone) and returns None."""
        now = self._now()
        with self._write("Your note") as conn:
            row = conn.execute(
                f"{SELECT_NOTES} WHERE transcript_id = ? AND question_id = ? AND deleted IS NULL",
                (transcript_id, question_id),
            ).fetchone()
            if note == "":
                if row is not None:
                    conn.execute(
                        "UPDATE question_notes SET deleted = ?, updated = max(?, updated) WHERE id = ?",
                        (now, now, row[0]),
                    )
                return None
            if row is None:
                row = (new_id(), transcript_id, question_id, note, now, now, None)
                conn.execute(INSERT_NOTE, row)
            elif row[3] != note:
                conn.execute(
                    "UPDATE question_notes SET note = ?, updated = max(?, updated) WHERE id = ?",
                    (note, now, row[0]),
                )
                row = conn.execute(f"{SELECT_NOTES} WHERE id = ?", (row[0],)).fetchone()
        return to_note(row)

    def question_note(self, transcript_id: str, question_id: str) -> QuestionNote | None:
        """The live note on one question, or None."""
        row = self._conn.execute(
            f"{SELECT_NOTES} WHERE transcript_id = ? AND question_id = ? AND deleted IS NULL",
            (transcript_id, question_id),
        ).fetchone()
        return None if row is None else to_note(row)

    def question_notes(self, transcript_id: str, include_deleted: bool = False) -> list[QuestionNote]:
        """The transcript's question notes in the order they were made (tombstones only if asked)."""
        live = "" if include_deleted else " AND deleted IS NULL"
        rows = self._conn.execute(
            f"{SELECT_NOTES} WHERE transcript_id = ?{live} ORDER BY created, rowid", (transcript_id,)
        )
        return [to_note(row) for row in rows]
