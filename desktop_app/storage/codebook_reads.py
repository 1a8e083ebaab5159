"""The codebook's reads in the store: the codes, the codes on each highlight, what retrieval lists, counts.

Apart from its changes (``codebook.py``), which build on these. Deleted codes (tombstones) are skipped
unless asked for; a deleted code is on no passage.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from desktop_app.domain.codes import Code, CodeNode, Coding, code_tree
from desktop_app.storage.schema import column_list

SELECT_CODES = f"SELECT {column_list('codes')} FROM codes"
# The live codes of each highlight; a deleted code is not shown on any passage.
LIVE_LINKS = (
    "SELECT l.highlight_id, l.code_id FROM highlight_codes AS l JOIN codes AS c ON c.id = l.code_id "
    "WHERE c.deleted IS NULL"
)


def to_code(row: Sequence[object]) -> Code:
    """A Code from a row in CODE_COLUMNS order."""
    id_, name, color, description, parent, position, created, updated, deleted = row
    return Code(
        str(id_), str(name), str(color), str(description), str(parent), int(str(position)),
        str(created), str(updated), None if deleted is None else str(deleted),
    )  # fmt: skip


class CodebookReadsMixin:
    """The codebook's reads in AnnotationStore (which provides ``_conn``)."""

    _conn: sqlite3.Connection

    def codes(self, include_deleted: bool = False) -> list[Code]:
        """Every code (tombstones only if asked), by position then name."""
        live = "" if include_deleted else " WHERE deleted IS NULL"
        rows = self._conn.execute(f"{SELECT_CODES}{live} ORDER BY position, name, id")
        return [to_code(row) for row in rows]

    def code(self, code_id: str) -> Code | None:
        """The code with this id, deleted or not; None if there is none."""
        row = self._conn.execute(f"{SELECT_CODES} WHERE id = ?", (code_id,)).fetchone()
        return None if row is None else to_code(row)

    def code_tree(self) -> list[CodeNode]:
        """The live codebook as a tree (the colour codes first)."""
        return code_tree(self.codes())

    def codes_of(self, highlight_ids: Iterable[str] | None = None) -> dict[str, tuple[str, ...]]:
        """Highlight id → the ids of its live codes (every highlight with a code, when ids is None)."""
        if highlight_ids is None:
            rows = self._conn.execute(f"{LIVE_LINKS} ORDER BY l.rowid")
        else:
            rows = self._conn.execute(
                f"{LIVE_LINKS} AND l.highlight_id IN (SELECT value FROM json_each(?)) ORDER BY l.rowid",
                (json.dumps(list(highlight_ids)),),
            )
        found: dict[str, list[str]] = {}
        for highlight_id, code_id in rows:
            found.setdefault(str(highlight_id), []).append(str(code_id))
        return {key: tuple(value) for key, value in found.items()}

    def codings(self, transcript_id: str | None = None) -> list[Coding]:
        """What retrieval needs of every live highlight that carries a live code (of one transcript if given).

        Only the columns retrieval lists, as tuples: reading 10,000 whole rows into Highlight objects took
        about four times as long as retrieving from them.
        """
        links = self.codes_of()
        where = " AND transcript_id = ?" if transcript_id is not None else ""
        rows = self._conn.execute(
            'SELECT id, transcript_id, question_id, paragraph_id, start, "end", speaker, exact, note '
            f"FROM highlights WHERE deleted IS NULL{where} ORDER BY created, rowid",
            () if transcript_id is None else (transcript_id,),
        )
        return [
            Coding(hid, tid, qid, pid, start, end, speaker, exact, note, links[hid])
            for hid, tid, qid, pid, start, end, speaker, exact, note in rows
            if hid in links
        ]

    def passage_counts(self) -> dict[str, int]:
        """Code id → how many live passages (highlight groups) carry it, counted by SQLite.

        The same figures as counting the highlights' codes one by one, without making a Highlight of each row
        (10,000 highlights took the Codes panel a second at every start).
        """
        rows = self._conn.execute(
            f"SELECT l.code_id, count(DISTINCT h.group_id) FROM ({LIVE_LINKS}) AS l "
            "JOIN highlights AS h ON h.id = l.highlight_id WHERE h.deleted IS NULL GROUP BY l.code_id"
        )
        return {str(code_id): int(count) for code_id, count in rows}
