"""The CSV export: one row per annotation, for a spreadsheet.

The file is UTF-8 with a byte-order mark (so Excel reads the Chinese text right), quoted by the
csv module wherever a field holds a comma, a quote or a line break, with CRLF row ends.

Formula injection: a spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and,
in some, a tab or a carriage return) as a formula. Any such cell gets a leading ``'``, which
spreadsheets show as plain text; the ``'`` is part of the data a program reading the file sees.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

from desktop_app.domain.anchoring import Placement
from desktop_app.domain.annotations import Color, Highlight, QuestionNote
from desktop_app.domain.export.common import label_for, reading_order
from desktop_app.domain.model import Transcript

HEADER = ("section", "question", "speaker", "color", "label", "quote", "note", "created", "kind", "id")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse(cell: str) -> str:
    """``cell`` with a leading ``'`` when a spreadsheet would read it as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def rows(
    transcript: Transcript,
    highlights: Iterable[Highlight],
    placements: Mapping[str, Placement | None],
    notes: Iterable[QuestionNote],
    labels: Mapping[Color, str],
) -> list[list[str]]:
    """The rows under HEADER, in reading order, orphans last; cells not yet defused.

    ``section``/``question`` are the section's title and the question's text; ``kind`` is
    ``highlight``, ``question-note`` or ``orphan`` (a highlight whose quote is gone, or a note whose
    question is gone).
    """
    table: list[list[str]] = []
    for item in reading_order(transcript, highlights, placements, notes):
        color = item.color
        table.append(
            [
                item.section.title if item.section is not None else "",
                item.question.text if item.question is not None else "",
                item.speaker,
                str(color) if color is not None else "",
                label_for(labels, color) if color is not None else "",
                item.quote,
                item.note,
                item.created,
                item.kind,
                item.id,
            ]
        )
    return table


def to_csv(
    transcript: Transcript,
    highlights: Iterable[Highlight],
    placements: Mapping[str, Placement | None],
    notes: Iterable[QuestionNote],
    labels: Mapping[Color, str],
) -> bytes:
    """Every live annotation as CSV bytes (UTF-8 with BOM), formula-like cells defused."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows(transcript, highlights, placements, notes, labels):
        writer.writerow([defuse(cell) for cell in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
