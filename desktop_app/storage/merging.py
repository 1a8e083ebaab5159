"""Merging imported highlights and question notes into the store, inside the caller's one transaction.

An import is all or nothing: the store runs ``merge`` inside a single ``BEGIN IMMEDIATE … COMMIT``,
and every row is checked before the first is written, so a bad one leaves the file as it was.
Ids are matched within one transcript: an imported annotation whose id (or highlight group) is
already used on another transcript is skipped with a reason, never moved or changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop_app.domain.annotations import Color, Highlight, QuestionNote
from desktop_app.domain.messages import Message, made_on
from desktop_app.storage.errors import StoreError
from desktop_app.storage.rows import INSERT_NOTE, UPSERT_HIGHLIGHT

# SQLite stores integers in 64 signed bits; Python's would overflow on the way in.
_SQLITE_MAX_INT = 2**63 - 1
UNCHANGED = Message("import.unchanged", "the saved copy is as new as this one, or newer")


class InvalidImportError(StoreError):
    """An imported annotation the store cannot hold (offsets out of range, text that is not Unicode)."""


@dataclass(slots=True)
class MergeReport:
    """What an import did: how many rows were added and updated, and each one skipped with why."""

    added: int = 0
    updated: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (id, reason)

    @property
    def changed(self) -> int:
        """Rows added or updated."""
        return self.added + self.updated


def check_rows(highlights: Sequence[Highlight], notes: Sequence[QuestionNote]) -> None:
    """Raise InvalidImportError for the first annotation SQLite could not store as it is."""
    for h in highlights:
        a = h.anchor
        if not all(type(v) is int for v in (a.start, a.end)) or not 0 <= a.start <= a.end <= _SQLITE_MAX_INT:
            raise InvalidImportError(
                f"The imported highlight {h.id!r} has impossible offsets.", "Nothing was imported."
            )
        try:
            Color(h.color)
        except ValueError:
            raise InvalidImportError(
                f"The imported highlight {h.id!r} has no known colour.", "Nothing was imported."
            ) from None
        texts = (h.id, h.transcript_id, h.content_hash, a.paragraph_id, a.exact, a.prefix, a.suffix,
                 h.question_id, h.speaker, h.note, h.group_id, h.created, h.updated,
                 h.deleted or "")  # fmt: skip
        _check_texts(h.id, texts)
    for n in notes:
        note_texts = (n.id, n.transcript_id, n.question_id, n.note, n.created, n.updated, n.deleted or "")
        _check_texts(n.id, note_texts)


def _check_texts(ident: object, texts: Sequence[object]) -> None:
    for text in texts:
        if not isinstance(text, str):
            raise InvalidImportError(f"The imported annotation {ident!r} holds a value that is not text.")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidImportError(
                f"The imported annotation {ident!r} holds text that is not valid Unicode.",
                "Nothing was imported.",
            ) from None


def merge(
    conn: sqlite3.Connection,
    transcript_id: str,
    highlights: Sequence[Highlight],
    notes: Sequence[QuestionNote],
) -> MergeReport:
    """Merge into ``transcript_id`` inside the caller's transaction; a newer ``updated`` wins."""
    report = MergeReport()
    for h in highlights:
        _merge_highlight(conn, transcript_id, h, report)
    for n in notes:
        _merge_note(conn, transcript_id, n, report)
    return report


def _elsewhere(found: str, transcript_id: str) -> Message:
    return Message(
        "import.id-elsewhere",
        "its id is already used on the transcript '{found}', "
        "which an import into '{transcript}' leaves alone",
        found=found,
        transcript=transcript_id,
    )


def _merge_highlight(conn: sqlite3.Connection, transcript_id: str, h: Highlight, report: MergeReport) -> None:
    if h.transcript_id != transcript_id:
        report.skipped.append((h.id, made_on(h.transcript_id)))
        return
    row = conn.execute("SELECT transcript_id, updated FROM highlights WHERE id = ?", (h.id,)).fetchone()
    if row is not None and row[0] != transcript_id:
        report.skipped.append((h.id, _elsewhere(row[0], transcript_id)))
        return
    group = h.group_id or h.id
    other = conn.execute(
        "SELECT transcript_id FROM highlights WHERE group_id = ? AND transcript_id != ? LIMIT 1",
        (group, transcript_id),
    ).fetchone()
    if other is not None:  # deleting one row of a group deletes them all: groups stay in one transcript
        report.skipped.append(
            (
                h.id,
                Message(
                    "import.group-elsewhere",
                    "its group {group} is already used on the transcript '{found}'",
                    group=group,
                    found=other[0],
                ),
            )
        )
        return
    if row is not None and not h.updated > row[1]:
        report.skipped.append((h.id, UNCHANGED))
        return
    a = h.anchor
    conn.execute(
        UPSERT_HIGHLIGHT,
        (h.id, h.transcript_id, h.content_hash, a.paragraph_id, a.start, a.end, a.exact, a.prefix, a.suffix,
         h.question_id, h.speaker, Color(h.color).value, h.note, group, h.created, h.updated, h.deleted),
    )  # fmt: skip
    if row is None:
        report.added += 1
    else:
        report.updated += 1


def _merge_note(conn: sqlite3.Connection, transcript_id: str, n: QuestionNote, report: MergeReport) -> None:
    """A question holds one live note: a newer import replaces it (it becomes a tombstone)."""
    if n.transcript_id != transcript_id:
        report.skipped.append((n.id, made_on(n.transcript_id)))
        return
    row = conn.execute("SELECT transcript_id, updated FROM question_notes WHERE id = ?", (n.id,)).fetchone()
    if row is not None:
        if row[0] != transcript_id:
            report.skipped.append((n.id, _elsewhere(row[0], transcript_id)))
        elif n.updated > row[1]:
            conn.execute(
                "UPDATE question_notes SET note = ?, updated = ?, deleted = ? WHERE id = ?",
                (n.note, n.updated, n.deleted, n.id),
            )
            report.updated += 1
        else:
            report.skipped.append((n.id, UNCHANGED))
        return
    if n.deleted is None:
        live = conn.execute(
            "SELECT id, updated FROM question_notes"
            " WHERE transcript_id = ? AND question_id = ? AND deleted IS NULL",
            (transcript_id, n.question_id),
        ).fetchone()
        if live is not None:
            if live[1] >= n.updated:
                report.skipped.append(
                    (n.id, Message("import.note-newer", "the question already holds a note edited later"))
                )
                return
            conn.execute("UPDATE question_notes SET deleted = ? WHERE id = ?", (n.updated, live[0]))
    conn.execute(INSERT_NOTE, (n.id, n.transcript_id, n.question_id, n.note, n.created, n.updated, n.deleted))
    report.added += 1
