"""The colour labels' part of the store: what each highlight colour means, borne by the colour's code.

Mixed into ``AnnotationStore``, which provides the connection and its one-transaction writes.
"""

from __future__ import annotations

import contextlib
import sqlite3

from desktop_app.domain.annotations import DEFAULT_LABELS, Color
from desktop_app.domain.codes import COLOR_CODE_IDS


class ColorLabelsMixin:
    """The colour-label methods of AnnotationStore (which provides ``_conn``, ``_now`` and ``_write``)."""

    _conn: sqlite3.Connection

    def _now(self) -> str:
        raise NotImplementedError

    def _write(self, action: str) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def color_labels(self) -> dict[Color, str]:
        """The colours the user renamed and their labels (the GUI shows DEFAULT_LABELS for the rest)."""
        stored = {}
        for color, label in self._conn.execute("SELECT color, label FROM color_labels"):
            with contextlib.suppress(ValueError):
                stored[Color(color)] = str(label)
        return {color: stored[color] for color in Color if color in stored}

    def rename_color(self, color: Color, label: str) -> None:
        """Set what a colour means; ``''`` or a default label (in any language) reverts to the default."""
        color = Color(color)
        with self._write("Your colour label") as conn:
            if label == "" or label in DEFAULT_LABELS[color]:
                conn.execute("DELETE FROM color_labels WHERE color = ?", (color.value,))
            else:
                conn.execute(
                    "INSERT INTO color_labels (color, label, updated) VALUES (?, ?, ?) "
                    "ON CONFLICT (color) DO UPDATE SET label = excluded.label, updated = excluded.updated",
                    (color.value, label, self._now()),
                )
            # The colour's code bears the colour's meaning (see domain/codes.py).
            conn.execute(
                "UPDATE codes SET name = ?, updated = max(?, updated) WHERE id = ?",
                (label if label and label not in DEFAULT_LABELS[color] else DEFAULT_LABELS[color][0],
                 self._now(), COLOR_CODE_IDS[color]),
            )  # fmt: skip
