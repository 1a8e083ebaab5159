"""The codebook's part of the store: changing codes, coding passages, imports of codebooks.

Mixed into ``AnnotationStore``, on top of the reads (``codebook_reads``); every change is one transaction
like the rest of the store. Deleting a code leaves a tombstone (``deleted`` set) on it and its sub-codes;
the links from passages stay, so ``undelete_codes`` brings everything back, and queries simply skip codes
that are deleted.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_app.domain.annotations import PAINT, Anchor, Color, Highlight
from desktop_app.domain.codes import COLOR_CODE_IDS, COLOR_OF_CODE, Code, descendants, normal_color
from desktop_app.domain.messages import Message
from desktop_app.storage.codebook_reads import SELECT_CODES, CodebookReadsMixin, to_code
from desktop_app.storage.rows import (
    GROUP_ROWS,
    INSERT_HIGHLIGHT,
    SELECT_HIGHLIGHTS,
    HighlightRow,
    new_id,
    to_highlight,
)
from desktop_app.storage.schema import column_list

# The colour code of every highlight among the ids (a JSON list) that holds no code yet.
COLOR_LINKS = (
    "INSERT OR IGNORE INTO highlight_codes (highlight_id, code_id, created) "
    "SELECT id, CASE color "
    + " ".join(f"WHEN '{c.value}' THEN '{COLOR_CODE_IDS[c]}'" for c in Color)
    + f" ELSE '{COLOR_CODE_IDS[Color.YELLOW]}' END, created FROM highlights "
    "WHERE id IN (SELECT value FROM json_each(?)) "
    "AND id NOT IN (SELECT highlight_id FROM highlight_codes)"
)

_NEEDS_NAME = Message("codes.needs-name", "a code needs a name")


def _within(conn: sqlite3.Connection, code_id: str, other: str) -> bool:
    """Whether ``other`` is ``code_id`` or one of its sub-codes (any depth): where it cannot go."""
    everything = [to_code(r) for r in conn.execute(SELECT_CODES)]
    return other == code_id or other in descendants(everything, code_id)


@dataclass(frozen=True, slots=True)
class CodeDeletion:
    """What deleting a code touched: the codes tombstoned (it and its sub-codes) and the passages coded."""

    code_ids: list[str]
    passages: int


class CodebookMixin(CodebookReadsMixin):
    """The codebook's changes in AnnotationStore (which provides ``_conn``, ``_now`` and ``_write``)."""

    _conn: sqlite3.Connection

    def _now(self) -> str:
        raise NotImplementedError

    def _write(self, action: str) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    # -- changing codes ------------------------------------------------------------------------

    def create_code(
        self, name: str, color: str = "", *, parent: str = "", description: str = "", id: str = ""
    ) -> Code:
        """Add a code (under ``parent`` if given, last among its siblings); KeyError for a missing parent."""
        if not name.strip():
            raise ValueError(_NEEDS_NAME)
        now, code_id = self._now(), id or new_id()
        with self._write("Your new code") as conn:
            if parent:
                self._live(conn, parent)
            position = conn.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM codes WHERE parent = ?", (parent,)
            ).fetchone()[0]
            row = (code_id, name, normal_color(color or PAINT[Color.YELLOW]), description, parent,
                   int(position), now, now, None)  # fmt: skip
            conn.execute(
                f"INSERT INTO codes ({column_list('codes')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row
            )
        return to_code(row)

    def update_code(
        self,
        code_id: str,
        *,
        name: str | None = None,
        color: str | None = None,
        description: str | None = None,
    ) -> Code:
        """Rename, recolour and/or describe a live code; KeyError if there is none."""
        if name is not None and not name.strip():
            raise ValueError(_NEEDS_NAME)
        with self._write("Your change to the code") as conn:
            self._live(conn, code_id)
            conn.execute(
                "UPDATE codes SET name = coalesce(?, name), color = coalesce(?, color), "
                "description = coalesce(?, description), updated = max(?, updated) WHERE id = ?",
                (name, None if color is None else normal_color(color), description, self._now(), code_id),
            )
            row = conn.execute(f"{SELECT_CODES} WHERE id = ?", (code_id,)).fetchone()
        return to_code(row)

    def rename_code(self, code_id: str, name: str) -> Code:
        """Give a code a new name."""
        return self.update_code(code_id, name=name)

    def recolor_code(self, code_id: str, color: str) -> Code:
        """Give a code a new colour (``#rrggbb``)."""
        return self.update_code(code_id, color=color)

    def move_code(self, code_id: str, parent: str) -> Code:
        """Put a code under ``parent`` ('' for the top); ValueError if that would make a cycle."""
        with self._write("Moving the code") as conn:
            self._live(conn, code_id)
            if parent:
                self._live(conn, parent)
                if _within(conn, code_id, parent):
                    raise ValueError(
                        Message(
                            "codes.move-under-itself",
                            "a code cannot be moved under itself or one of its sub-codes",
                        )
                    )
            position = conn.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM codes WHERE parent = ? AND id != ?",
                (parent, code_id),
            ).fetchone()[0]
            conn.execute(
                "UPDATE codes SET parent = ?, position = ?, updated = max(?, updated) WHERE id = ?",
                (parent, int(position), self._now(), code_id),
            )
            row = conn.execute(f"{SELECT_CODES} WHERE id = ?", (code_id,)).fetchone()
        return to_code(row)

    def merge_codes(self, source: str, target: str) -> int:
        """Fold ``source`` into ``target``: its passages and sub-codes move over, it is removed.

        Returns how many passages were re-pointed. A colour code cannot be merged away (highlights
        keep their colour), nor can a code be merged into itself or one of its sub-codes.
        """
        if source in COLOR_OF_CODE:
            raise ValueError(
                Message(
                    "codes.merge-colour",
                    "a colour's code cannot be merged away; merge another code into it",
                )
            )
        now = self._now()
        with self._write("Merging the codes") as conn:
            self._live(conn, source)
            self._live(conn, target)
            if _within(conn, source, target):
                raise ValueError(
                    Message(
                        "codes.merge-into-itself",
                        "a code cannot be merged into itself or one of its sub-codes",
                    )
                )
            moved = conn.execute(
                "SELECT count(*) FROM highlight_codes WHERE code_id = ?", (source,)
            ).fetchone()[0]
            conn.execute(
                "INSERT OR IGNORE INTO highlight_codes (highlight_id, code_id, created) "
                "SELECT highlight_id, ?, created FROM highlight_codes WHERE code_id = ?",
                (target, source),
            )
            conn.execute("DELETE FROM highlight_codes WHERE code_id = ?", (source,))
            conn.execute(
                "UPDATE codes SET parent = ?, updated = max(?, updated) WHERE parent = ?",
                (target, now, source),
            )
            conn.execute(
                "UPDATE codes SET deleted = ?, updated = max(?, updated) WHERE id = ?", (now, now, source)
            )
        return int(moved)

    def delete_code(self, code_id: str) -> CodeDeletion:
        """Tombstone a code and its sub-codes; what it touched (undo with ``undelete_codes``)."""
        if code_id in COLOR_OF_CODE:
            raise ValueError(
                Message(
                    "codes.delete-colour",
                    "a colour's code cannot be deleted; rename it instead",
                )
            )
        now = self._now()
        with self._write("Deleting the code") as conn:
            self._live(conn, code_id)
            everything = [to_code(r) for r in conn.execute(SELECT_CODES)]
            below = descendants([c for c in everything if c.deleted is None], code_id)
            if below & set(COLOR_OF_CODE):
                raise ValueError(
                    Message(
                        "codes.colour-below",
                        "a colour's code sits below this code; move it first",
                    )
                )
            ids = [code_id, *sorted(below)]
            passages = conn.execute(
                "SELECT count(DISTINCT l.highlight_id) FROM highlight_codes AS l JOIN highlights AS h "
                "ON h.id = l.highlight_id WHERE h.deleted IS NULL "
                "AND l.code_id IN (SELECT value FROM json_each(?))",
                (json.dumps(ids),),
            ).fetchone()[0]
            conn.executemany(
                "UPDATE codes SET deleted = ?, updated = max(?, updated) WHERE id = ?",
                [(now, now, i) for i in ids],
            )
        return CodeDeletion(ids, int(passages))

    def undelete_codes(self, code_ids: Iterable[str]) -> list[str]:
        """Bring deleted codes back, with the passages they coded; the ids restored."""
        ids = list(code_ids)
        with self._write("Your undo") as conn:
            restored = [
                str(row[0]) for row in conn.execute(
                    "SELECT id FROM codes WHERE deleted IS NOT NULL "
                    "AND id IN (SELECT value FROM json_each(?))",
                    (json.dumps(ids),),
                )
            ]  # fmt: skip
            conn.executemany(
                "UPDATE codes SET deleted = NULL, updated = max(?, updated) WHERE id = ?",
                [(self._now(), i) for i in restored],
            )
        return restored

    def import_codes(self, codes: Iterable[Code]) -> tuple[int, int]:
        """Merge codes read from a codebook by GUID: new ones added, known ones updated; (added, updated).

        A parent that is neither in the import nor in the codebook puts the code at the top. A code
        deleted here comes back: the import says it is wanted.
        """
        codes = list(codes)
        added = updated = 0
        now = self._now()
        with self._write("The imported codebook") as conn:
            known = {str(r[0]) for r in conn.execute("SELECT id FROM codes")}
            wanted = known | {c.id for c in codes}
            for position, c in enumerate(codes):
                parent = c.parent if c.parent in wanted and c.parent != c.id else ""
                if c.id in known:
                    before = conn.execute(
                        "SELECT name, color, description, parent, deleted FROM codes WHERE id = ?", (c.id,)
                    ).fetchone()
                    if tuple(before) != (c.name, c.color, c.description, parent, None):
                        conn.execute(
                            "UPDATE codes SET name = ?, color = ?, description = ?, parent = ?, "
                            "deleted = NULL, updated = max(?, updated) WHERE id = ?",
                            (c.name, c.color, c.description, parent, now, c.id),
                        )
                        updated += 1
                else:
                    conn.execute(
                        f"INSERT INTO codes ({column_list('codes')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                        (c.id, c.name, c.color, c.description, parent, 1000 + position, now, now),
                    )
                    known.add(c.id)
                    added += 1
        return added, updated

    # -- coding passages -----------------------------------------------------------------------

    def set_codes(
        self, highlight_id: str, add: Iterable[str] = (), remove: Iterable[str] = ()
    ) -> tuple[str, ...]:
        """Add and remove codes on a live highlight (every row of its group); its live codes after."""
        add, remove = list(add), list(remove)
        now = self._now()
        with self._write("Your coding") as conn:
            group = [
                str(r[0])
                for r in conn.execute(f"{GROUP_ROWS} AND deleted IS NULL", (json.dumps([highlight_id]),))
            ]
            if not group:
                raise KeyError(highlight_id)
            for code_id in add:
                self._live(conn, code_id)
            conn.executemany(
                "INSERT OR IGNORE INTO highlight_codes (highlight_id, code_id, created) VALUES (?, ?, ?)",
                [(h, c, now) for h in group for c in add],
            )
            conn.executemany(
                "DELETE FROM highlight_codes WHERE highlight_id = ? AND code_id = ?",
                [(h, c) for h in group for c in remove],
            )
            conn.execute("UPDATE highlights SET updated = max(?, updated) "
                         "WHERE id IN (SELECT value FROM json_each(?))",
                         (now, json.dumps(group)))  # fmt: skip
        return self.codes_of([highlight_id]).get(highlight_id, ())

    def apply_codes(
        self,
        transcript_id: str,
        content_hash: str,
        items: Sequence[tuple[Anchor, str, str]],
        code_ids: Sequence[str],
    ) -> list[Highlight]:
        """Code a passage: the live highlight on exactly these anchors gets the codes, or a new one is made.

        A new highlight is painted in the colour of the first colour code among ``code_ids`` (yellow when
        there is none; it then carries only the codes given, not yellow's).
        """
        if not items or not code_ids:
            raise ValueError(Message("codes.coding-needs", "coding needs a passage and at least one code"))
        now = self._now()
        with self._write("Your coding") as conn:
            for code_id in code_ids:
                self._live(conn, code_id)
            group = self._same_passage(conn, transcript_id, items)
            if group is None:
                color = next((COLOR_OF_CODE[c] for c in code_ids if c in COLOR_OF_CODE), Color.YELLOW)
                group_id = new_id()
                rows: list[HighlightRow] = [
                    (new_id(), transcript_id, content_hash, a.paragraph_id, a.start, a.end, a.exact,
                     a.prefix, a.suffix, question_id, speaker, color.value, "", group_id, now, now, None)
                    for a, question_id, speaker in items
                ]  # fmt: skip
                conn.executemany(INSERT_HIGHLIGHT, rows)
                group = [r[0] for r in rows]
            conn.executemany(
                "INSERT OR IGNORE INTO highlight_codes (highlight_id, code_id, created) VALUES (?, ?, ?)",
                [(h, c, now) for h in group for c in code_ids],
            )
            found = [
                to_highlight(conn.execute(f"{SELECT_HIGHLIGHTS} WHERE id = ?", (h,)).fetchone())
                for h in group
            ]
        return found

    def _same_passage(
        self, conn: sqlite3.Connection, transcript_id: str, items: Sequence[tuple[Anchor, str, str]]
    ) -> list[str] | None:
        """The rows of the live group that sits on exactly these anchors, or None."""
        first = items[0][0]
        candidates = conn.execute(
            "SELECT group_id FROM highlights WHERE transcript_id = ? AND paragraph_id = ? AND start = ? "
            "AND [end] = ? AND deleted IS NULL",
            (transcript_id, first.paragraph_id, first.start, first.end),
        ).fetchall()
        wanted = sorted((a.paragraph_id, a.start, a.end) for a, _q, _s in items)
        for (group_id,) in candidates:
            rows = conn.execute(
                "SELECT id, paragraph_id, start, [end] FROM highlights "
                "WHERE group_id = ? AND deleted IS NULL",
                (group_id,),
            ).fetchall()
            if sorted((r[1], r[2], r[3]) for r in rows) == wanted:
                return [str(r[0]) for r in rows]
        return None

    def _live(self, conn: sqlite3.Connection, code_id: str) -> None:
        """KeyError unless ``code_id`` is a live code."""
        if (
            conn.execute("SELECT 1 FROM codes WHERE id = ? AND deleted IS NULL", (code_id,)).fetchone()
            is None
        ):
            raise KeyError(code_id)
