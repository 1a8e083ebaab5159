"""What a search returns: Hit, one match, and SearchResults, the matches of one query made on demand."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, overload

from desktop_app.domain.annotations import EntryKind

HitKind = Literal["question", "answer", "preface", EntryKind.HIGHLIGHT_NOTE, EntryKind.QUESTION_NOTE]
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Hit:
    """One match: where it is and the whole text it was found in.

    ``kind`` is "question" (a host's prompt paragraph), "answer", "preface", "highlight-note" or
    "question-note". ``paragraph_id`` is the highlight's paragraph for a highlight note and '' for a
    question note; ``question_id`` and ``section_id`` are '' in the preface; ``speaker`` is '' for notes
    and unlabelled preface paragraphs; ``note_id`` is the highlight's or question note's id, '' otherwise.
    ``text[start:end]`` is the matched text (code points); ``text`` is the paragraph's or the note's text.
    """

    kind: HitKind
    paragraph_id: str
    question_id: str
    section_id: str
    speaker: str
    start: int
    end: int
    text: str
    note_id: str = ""

    def snippet(self, width: int = 40) -> tuple[str, int, int]:
        """About ``width`` characters of context around the match, on one line, and the match in it.

        The context is split evenly before and after the match (what one side lacks goes to the other);
        the match is always whole; '…' marks each cut end. Returns (snippet, start, end) with
        ``snippet[start:end]`` the matched text.
        """
        text, start, end = self.text, self.start, self.end
        room = max(width, 0)
        before = min(start, room // 2)
        after = min(len(text) - end, room - before)
        before = min(start, room - after)
        left, right = start - before, end + after
        piece = text[left:right].replace("\r", " ").replace("\n", " ")
        lead = ELLIPSIS if left > 0 else ""
        tail = ELLIPSIS if right < len(text) else ""
        return lead + piece + tail, len(lead) + before, len(lead) + before + (end - start)


@dataclass(frozen=True, slots=True)
class ParagraphInfo:
    """What a hit in one paragraph reports, besides its offsets."""

    kind: HitKind
    paragraph_id: str
    question_id: str
    section_id: str
    speaker: str
    text: str


@dataclass(frozen=True, slots=True)
class TextView:
    """Folded paragraph texts joined into one string: paragraph ``members[k]`` starts at ``starts[k]``."""

    text: str
    starts: list[int]
    members: Sequence[int]


class SearchResults(Sequence[Hit]):
    """The hits of one query: transcript hits in reading order, then note hits; each Hit made when read.

    Compares equal to a list (or another SearchResults) holding the same hits.
    """

    __slots__ = ("_entries", "_notes", "_offsets", "_ordinals", "_size", "_view")

    def __init__(
        self,
        view: TextView,
        offsets: list[int],
        size: int,
        entries: Sequence[ParagraphInfo],
        ordinals: Mapping[str, int],
        notes: list[Hit],
    ) -> None:
        self._view = view
        self._offsets = offsets
        self._size = size
        self._entries = entries
        self._ordinals = ordinals
        self._notes = notes

    def __len__(self) -> int:
        return len(self._offsets) + len(self._notes)

    @overload
    def __getitem__(self, index: int) -> Hit: ...

    @overload
    def __getitem__(self, index: slice) -> list[Hit]: ...

    def __getitem__(self, index: int | slice) -> Hit | list[Hit]:
        if isinstance(index, slice):
            return [self._hit(i) for i in range(*index.indices(len(self)))]
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError("search result index out of range")
        return self._hit(index)

    def __iter__(self) -> Iterator[Hit]:
        for i in range(len(self)):
            yield self._hit(i)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SearchResults | list):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = ", ".join(repr(hit) for hit in self[:3])
        more = ", …" if len(self) > 3 else ""
        return f"SearchResults({len(self)} hits: [{shown}{more}])"

    @property
    def paragraph_hits(self) -> int:
        """How many hits are in the transcript's paragraphs (the rest are in notes)."""
        return len(self._offsets)

    def spans_in(self, paragraph_id: str) -> list[tuple[int, int]]:
        """(start, end) of each hit in the paragraph ``paragraph_id``, for painting; [] if none."""
        ordinal = self._ordinals.get(paragraph_id)
        if ordinal is None or not self._offsets:
            return []
        members = self._view.members
        k = bisect_left(members, ordinal)
        if k == len(members) or members[k] != ordinal:
            return []
        first = self._view.starts[k]
        last = first + len(self._entries[ordinal].text)
        low, high = bisect_left(self._offsets, first), bisect_left(self._offsets, last)
        return [(at - first, at - first + self._size) for at in self._offsets[low:high]]

    def _hit(self, i: int) -> Hit:
        if i >= len(self._offsets):
            return self._notes[i - len(self._offsets)]
        at = self._offsets[i]
        view = self._view
        k = bisect_right(view.starts, at) - 1
        entry = self._entries[view.members[k]]
        start = at - view.starts[k]
        return Hit(
            entry.kind,
            entry.paragraph_id,
            entry.question_id,
            entry.section_id,
            entry.speaker,
            start,
            start + self._size,
            entry.text,
        )
