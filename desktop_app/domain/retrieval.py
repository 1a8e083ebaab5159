"""Retrieval across interviews: every passage coded with chosen codes, in reading order, and matrices.

Plain functions over what the store gives (``AnnotationStore.coded_highlights()``, ``codes()``) and
the transcripts, when they can be read (they give the reading order and the titles; without them the
order falls back to the paragraph ids, compared number by number).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain.annotations import Highlight
from desktop_app.domain.codes import Code, descendants
from desktop_app.domain.model import Transcript


class Mode(StrEnum):
    """How several chosen codes combine: a passage with any of them, or with all of them."""

    OR = "or"
    AND = "and"


@dataclass(frozen=True, slots=True)
class CodedPassage:
    """One coded passage as retrieval lists it."""

    highlight_id: str
    transcript_id: str
    title: str
    question_id: str
    paragraph_id: str
    start: int
    end: int
    speaker: str
    quote: str
    note: str
    code_ids: tuple[str, ...]
    code_names: tuple[str, ...]


def _natural(text: str) -> tuple[tuple[int, str], ...]:
    """A sort key that compares the numbers in ids as numbers (``q2`` before ``q10``)."""
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in re.split(r"(\d+)", text))


def retrieve(
    coded: Iterable[tuple[Highlight, Sequence[str]]],
    codes: Sequence[Code],
    chosen: Collection[str],
    mode: Mode | str = Mode.OR,
    transcripts: Mapping[str, Transcript] | None = None,
    titles: Mapping[str, str] | None = None,
    *,
    with_subcodes: bool = False,
) -> list[CodedPassage]:
    """The passages coded with any (``or``) or all (``and``) of ``chosen``, by interview then reading order.

    ``with_subcodes``: a passage coded with a sub-code of a chosen code counts as coded with it.
    Interviews are ordered by title (``titles``, else the transcript's, else the id).
    """
    mode, transcripts, titles = Mode(mode), transcripts or {}, titles or {}
    live = [c for c in codes if c.deleted is None]
    name_of = {c.id: c.name for c in live}
    wanted = {code: {code, *(descendants(live, code) if with_subcodes else ())} for code in chosen}
    found: list[tuple[tuple[object, ...], CodedPassage]] = []
    for highlight, code_ids in coded:
        if highlight.deleted:
            continue
        present = set(code_ids)
        hits = [bool(present & family) for family in wanted.values()]
        if not hits or not (all(hits) if mode is Mode.AND else any(hits)):
            continue
        transcript = transcripts.get(highlight.transcript_id)
        title = titles.get(highlight.transcript_id) or (transcript.title if transcript else "")
        anchor = highlight.anchor
        position = transcript.position(anchor.paragraph_id) if transcript else -1
        unknown = 1 << 30  # a paragraph the transcript no longer has: after the ones it has
        place = position if position >= 0 else unknown
        # The ids' natural order only matters where the transcript gives no place (it costs a regex).
        natural = _natural(anchor.paragraph_id) if position < 0 else ()
        key = (title or highlight.transcript_id, highlight.transcript_id, place, natural, anchor.start)
        shown = tuple(c for c in code_ids if c in name_of)
        found.append((key, CodedPassage(
            highlight.id, highlight.transcript_id, title or highlight.transcript_id, highlight.question_id,
            anchor.paragraph_id, anchor.start, anchor.end, highlight.speaker, anchor.exact, highlight.note,
            shown, tuple(name_of[c] for c in shown),
        )))  # fmt: skip
    found.sort(key=lambda pair: pair[0])
    return [passage for _key, passage in found]


@dataclass(slots=True)
class Cell:
    """One cell of a matrix: how many passages, and how many characters they quote."""

    passages: int = 0
    characters: int = 0


class Axis(StrEnum):
    """What a matrix's columns are."""

    SPEAKER = "speaker"
    INTERVIEW = "interview"


def matrix(passages: Iterable[CodedPassage], axis: Axis | str) -> dict[str, dict[str, Cell]]:
    """Code id → column (speaker name, or interview id) → passages and characters coded.

    A passage counts once in every code it carries; characters are code points of its quote.
    """
    axis = Axis(axis)
    table: dict[str, dict[str, Cell]] = {}
    for p in passages:
        column = p.speaker if axis is Axis.SPEAKER else p.transcript_id
        for code in p.code_ids:
            cell = table.setdefault(code, {}).setdefault(column, Cell())
            cell.passages += 1
            cell.characters += len(p.quote)
    return table
