"""The SQL the store runs, and how rows become the domain's Highlight and QuestionNote."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop_app.domain.annotations import Anchor, Highlight, QuestionNote
from desktop_app.domain.briefs import HighlightBrief, color_of
from desktop_app.storage.schema import HIGHLIGHT_COLUMNS, column_list, quoted

HIGHLIGHT_SQL_COLUMNS = column_list("highlights")
NOTE_SQL_COLUMNS = column_list("question_notes")
SELECT_HIGHLIGHTS = f"SELECT {HIGHLIGHT_SQL_COLUMNS} FROM highlights"
# Only the columns the window lists and paints, in HighlightBrief's order: a row is a brief as read. Its
# last field says whether the row's placed_in is the mark given (the one ?): its offsets can be trusted.
_BRIEF_COLUMNS = ", ".join(quoted(c) for c in HighlightBrief._fields[:-1])
_SELECT_BRIEF = f"SELECT {_BRIEF_COLUMNS}, ifnull(placed_in = ?, 0)"
SELECT_BRIEFS = f"{_SELECT_BRIEF} FROM highlights"
# A screen's briefs: its paragraph ids (a JSON list, the second ?) outside the loop (CROSS JOIN), each looked
# up by highlights_by_paragraph; left to itself SQLite read all the interview's by highlights_by_transcript.
SELECT_SCREEN_BRIEFS = (
    f"{_SELECT_BRIEF} FROM (SELECT DISTINCT value AS paragraph FROM json_each(?)) AS screen"
    " CROSS JOIN highlights ON paragraph_id = screen.paragraph"
)
SELECT_NOTES = f"SELECT {NOTE_SQL_COLUMNS} FROM question_notes"
INSERT_HIGHLIGHT = (
    f"INSERT INTO highlights ({HIGHLIGHT_SQL_COLUMNS}) VALUES ({', '.join('?' * len(HIGHLIGHT_COLUMNS))})"
)
UPSERT_HIGHLIGHT = (
    INSERT_HIGHLIGHT
    + " ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{quoted(c)} = excluded.{quoted(c)}" for c in HIGHLIGHT_COLUMNS if c != "id")
    + ", placed_in = ''"  # where it is now was not checked against the text: see schema's version 5
    + " WHERE excluded.updated > highlights.updated"
)
INSERT_NOTE = f"INSERT INTO question_notes ({NOTE_SQL_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
# The rows of every group that holds one of the ids given as a JSON list.
GROUP_ROWS = (
    "SELECT id FROM highlights WHERE group_id IN "
    "(SELECT group_id FROM highlights WHERE id IN (SELECT value FROM json_each(?)))"
)

HighlightRow = tuple[
    str, str, str, str, int, int, str, str, str, str, str, str, str, str, str, str, str | None
]


def new_id() -> str:
    """A new row's id: a random UUID as text.

    uuid is imported here, on the first new row: with the platform module it brings it is a few
    milliseconds of a start-up that writes nothing.
    """
    from uuid import uuid4

    return str(uuid4())


def to_highlight(row: Sequence[Any]) -> Highlight:
    """A Highlight from a row in HIGHLIGHT_COLUMNS order."""
    (id_, transcript_id, content_hash, paragraph_id, start, end, exact, prefix, suffix,
     question_id, speaker, color, note, group_id, created, updated, deleted) = row  # fmt: skip
    # SQLite gives back the types the store wrote (TEXT, INTEGER): no conversions needed.
    return Highlight(
        id_, transcript_id, content_hash, Anchor(paragraph_id, start, end, exact, prefix, suffix),
        question_id, speaker, color_of(color), note, group_id, created, updated, deleted,
    )  # fmt: skip


def to_note(row: Sequence[Any]) -> QuestionNote:
    """A QuestionNote from a row in QUESTIONNOTE_SQL_COLUMNS order."""
    id_, transcript_id, question_id, note, created, updated, deleted = row
    return QuestionNote(
        str(id_), str(transcript_id), str(question_id), str(note), str(created), str(updated),
        None if deleted is None else str(deleted),
    )  # fmt: skip
