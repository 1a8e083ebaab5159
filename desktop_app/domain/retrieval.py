"""Retrieval across interviews: every passage coded with chosen codes, in reading order, and matrices.

Plain Python over what the store gives (``AnnotationStore.codings()``, ``codes()``) and
the transcripts, when they can be read (they give the reading order and the titles; without them the
order falls back to the paragraph ids, compared number by number).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from desktop_app.domain.codes import Code, Coding, descendants
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


class RetrievalIndex:
    """Every coded passage in reading order, made once; asking for codes only filters it.

    The Coded Passages view builds one when it reads the codings and asks it at every tick of a code,
    so a question over 10,000 passages is one set test per passage (ordering, titles and code names were
    worked out when the index was made). Interviews are ordered by title (``titles``, else the
    transcript's, else the id), then by the transcript's reading order (without the transcript, by the
    paragraph ids compared number by number, after the paragraphs it knows).
    """

    def __init__(
        self,
        codings: Iterable[Coding],
        codes: Sequence[Code],
        transcripts: Mapping[str, Transcript] | None = None,
        titles: Mapping[str, str] | None = None,
    ) -> None:
        transcripts, titles = transcripts or {}, titles or {}
        self._live = [c for c in codes if c.deleted is None]
        name_of = {c.id: c.name for c in self._live}
        shown_of: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}  # few distinct lists
        interviews: dict[str, tuple[Transcript | None, str]] = {}
        unknown = 1 << 30  # a paragraph the transcript no longer has: after the ones it has
        keyed: list[tuple[tuple[object, ...], CodedPassage]] = []
        for coding in codings:
            tid = coding.transcript_id
            if tid not in interviews:
                transcript = transcripts.get(tid)
                interviews[tid] = (
                    transcript,
                    titles.get(tid) or (transcript.title if transcript else "") or tid,
                )
            transcript, title = interviews[tid]
            listed = coding.code_ids
            if listed not in shown_of:
                shown = tuple(c for c in listed if c in name_of)
                shown_of[listed] = (shown, tuple(name_of[c] for c in shown))
            shown, names = shown_of[listed]
            if not shown:
                continue  # every code it carries was deleted
            position = transcript.position(coding.paragraph_id) if transcript else -1
            # The ids' natural order only matters where the transcript gives no place (it costs a regex).
            if position >= 0:
                key: tuple[object, ...] = (title, tid, position, (), coding.start)
            else:
                key = (title, tid, unknown, _natural(coding.paragraph_id), coding.start)
            keyed.append((key, CodedPassage(
                coding.highlight_id, tid, title, coding.question_id, coding.paragraph_id, coding.start,
                coding.end, coding.speaker, coding.quote, coding.note, shown, names,
            )))  # fmt: skip
        keyed.sort(key=lambda pair: pair[0])
        self.passages: list[CodedPassage] = [passage for _key, passage in keyed]
        # Each passage's codes as a set, made once per distinct list (a frozenset test is C-level).
        sets = {shown: frozenset(shown) for shown, _names in shown_of.values()}
        self._sets = [sets[p.code_ids] for p in self.passages]

    def query(
        self, chosen: Collection[str], mode: Mode | str = Mode.OR, *, with_subcodes: bool = False
    ) -> list[CodedPassage]:
        """The passages coded with any (``or``) or all (``and``) of ``chosen``, in the index's order.

        ``with_subcodes``: a passage coded with a sub-code of a chosen code counts as coded with it.
        """
        live = self._live
        families = [frozenset({code, *(descendants(live, code) if with_subcodes else ())}) for code in chosen]
        if not families:
            return []
        pairs = zip(self.passages, self._sets, strict=True)
        if Mode(mode) is Mode.OR or len(families) == 1:
            anyone = frozenset().union(*families)
            return [p for p, codes in pairs if not anyone.isdisjoint(codes)]
        return [p for p, codes in pairs if all(not family.isdisjoint(codes) for family in families)]


def retrieve(
    codings: Iterable[Coding],
    codes: Sequence[Code],
    chosen: Collection[str],
    mode: Mode | str = Mode.OR,
    transcripts: Mapping[str, Transcript] | None = None,
    titles: Mapping[str, str] | None = None,
    *,
    with_subcodes: bool = False,
) -> list[CodedPassage]:
    """The passages coded with any or all of ``chosen``, by interview then reading order (one question).

    A view that asks again and again keeps a ``RetrievalIndex`` instead.
    """
    if not chosen:
        return []
    return RetrievalIndex(codings, codes, transcripts, titles).query(
        chosen, mode, with_subcodes=with_subcodes
    )


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
