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
from typing import NamedTuple

from desktop_app.domain.annotations import Highlight
from desktop_app.domain.codes import Code, descendants
from desktop_app.domain.model import Transcript


class Mode(StrEnum):
    """How several chosen codes combine: a passage with any of them, or with all of them."""

    OR = "or"
    AND = "and"


class CodedPassage(NamedTuple):
    """One coded passage as retrieval lists it (a named tuple: ten thousand are made in one retrieval)."""

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
    families = [frozenset({code, *(descendants(live, code) if with_subcodes else ())}) for code in chosen]
    if not families:
        return []
    anyone = frozenset().union(*families)  # (or) one C-level test per passage
    every = mode is Mode.AND
    shown_of: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}  # few distinct code lists
    interviews: dict[str, tuple[Transcript | None, str]] = {}
    unknown = 1 << 30  # a paragraph the transcript no longer has: after the ones it has
    found: list[tuple[tuple[object, ...], CodedPassage]] = []
    for highlight, code_ids in coded:
        if highlight.deleted or anyone.isdisjoint(code_ids):
            continue
        if every and not all(not family.isdisjoint(code_ids) for family in families):
            continue
        tid = highlight.transcript_id
        if tid not in interviews:
            transcript = transcripts.get(tid)
            interviews[tid] = (transcript, titles.get(tid) or (transcript.title if transcript else "") or tid)
        transcript, title = interviews[tid]
        anchor = highlight.anchor
        position = transcript.position(anchor.paragraph_id) if transcript else -1
        # The ids' natural order only matters where the transcript gives no place (it costs a regex).
        if position >= 0:
            key: tuple[object, ...] = (title, tid, position, (), anchor.start)
        else:
            key = (title, tid, unknown, _natural(anchor.paragraph_id), anchor.start)
        listed = tuple(code_ids)
        if listed not in shown_of:
            shown = tuple(c for c in listed if c in name_of)
            shown_of[listed] = (shown, tuple(name_of[c] for c in shown))
        shown, names = shown_of[listed]
        found.append((key, CodedPassage(
            highlight.id, tid, title, highlight.question_id, anchor.paragraph_id, anchor.start, anchor.end,
            highlight.speaker, anchor.exact, highlight.note, shown, names,
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
