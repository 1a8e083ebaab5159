"""What a search returns: Hit, one match, and SearchResults, the matches of one query made on demand.

A scan finds its matches only as far as they are read (``Offsets``): the first results of a query with
66,000 matches are there after finding 50 of them; the total is counted apart (``str.count``, no list),
and only when asked for.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Literal, NamedTuple, overload

from desktop_app.domain.annotations import EntryKind

HitKind = Literal["question", "answer", "preface", EntryKind.HIGHLIGHT_NOTE, EntryKind.QUESTION_NOTE]
ELLIPSIS = "…"
CHEAP_COUNT_CHARS = 1_000_000  # str.count over this many characters: a fraction of a millisecond


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


class ParagraphInfo(NamedTuple):
    """What a hit in one paragraph reports, besides its offsets.

    A tuple: one is made per paragraph when a transcript is indexed (about 60,000 at 1,000×), and a
    frozen dataclass takes several times as long to make.
    """

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


class Offsets:
    """Where ``needle`` starts in ``text`` (left to right, no overlaps), found as far as asked.

    Built complete from a list (``Offsets.known``) or lazily over a scan text (``Offsets.scan``).
    """

    __slots__ = ("_count", "_found", "_more")

    # The first matches are found with str.find (quick when they are few), the rest with a regex
    # (quicker when they are many); each read past the found ones finds at least this many more.
    _STEP = 256

    def __init__(self, found: list[int], more: Iterator[int] | None, count: int | None) -> None:
        self._found = found
        self._more = more
        self._count = count

    @classmethod
    def known(cls, offsets: list[int]) -> Offsets:
        """All the offsets, found already."""
        return cls(offsets, None, len(offsets))

    @classmethod
    def scan(cls, text: str, needle: str) -> Offsets:
        """The offsets of ``needle`` in ``text``, to be found as they are read."""
        if not needle:
            return cls.known([])
        return cls([], _finding(text, needle), None)

    def count(self, text: str, needle: str) -> int:
        """How many there are in all (``text``/``needle``: what they were scanned for)."""
        if self._count is None:
            self._count = len(self._found) if self._more is None else text.count(needle)
        return self._count

    @property
    def counted(self) -> bool:
        """True once the total is known without counting."""
        return self._count is not None

    def between(self, first: int, last: int) -> list[int] | None:
        """The offsets in [first, last) when all are found already; None while the scan is under way."""
        if self._more is not None:
            return None
        found = self._found
        return found[bisect_left(found, first) : bisect_left(found, last)]

    def at(self, i: int) -> int:
        """The ``i``-th offset (0-based); IndexError past the last."""
        found = self._found
        if i >= len(found) and self._more is not None:
            found.extend(islice(self._more, i + 1 - len(found) + self._STEP))
            if i >= len(found):
                self._more = None
                self._count = len(found)
        return found[i]


def _finding(text: str, needle: str) -> Iterator[int]:
    size = len(needle)
    at = text.find(needle)
    for _ in range(64):
        if at < 0:
            return
        yield at
        at = text.find(needle, at + size)
    if at >= 0:
        yield from (m.start() for m in re.compile(re.escape(needle)).finditer(text, at))


class SearchResults(Sequence[Hit]):
    """The hits of one query: transcript hits in reading order, then note hits; each Hit made when read.

    Compares equal to a list (or another SearchResults) holding the same hits. ``len()`` is exact; on
    a scan it counts the matches the first time (milliseconds at 13 MB), so a window that wants its
    first rows at once reads ``results[:50]`` and asks ``counted``/``len`` after painting them.
    """

    __slots__ = ("_entries", "_needle", "_notes", "_offsets", "_ordinals", "_view")

    def __init__(
        self,
        view: TextView,
        offsets: Offsets,
        needle: str,
        entries: Sequence[ParagraphInfo],
        ordinals: Mapping[str, int],
        notes: list[Hit],
    ) -> None:
        self._view = view
        self._offsets = offsets
        self._needle = needle
        self._entries = entries
        self._ordinals = ordinals
        self._notes = notes

    def __len__(self) -> int:
        return self.paragraph_hits + len(self._notes)

    def __bool__(self) -> bool:
        """Whether there is any hit, known without counting them all."""
        if self._notes:
            return True
        try:
            self._offsets.at(0)
        except IndexError:
            return False
        return True

    @property
    def counted(self) -> bool:
        """True when ``len()`` is known already (it will not scan the text)."""
        return self._offsets.counted

    def cheap_to_count(self) -> bool:
        """True when ``len()`` is known or takes well under a millisecond (a small scan text)."""
        return self._offsets.counted or len(self._view.text) <= CHEAP_COUNT_CHARS

    def first(self, n: int, begin: int = 0) -> list[Hit]:
        """The hits ``begin`` to ``begin + n`` (fewer at the end), without counting the rest."""
        hits: list[Hit] = []
        for i in range(begin, begin + n):
            try:
                hits.append(self._hit(i))
            except IndexError:
                break
        return hits

    @overload
    def __getitem__(self, index: int) -> Hit: ...

    @overload
    def __getitem__(self, index: slice) -> list[Hit]: ...

    def __getitem__(self, index: int | slice) -> Hit | list[Hit]:
        if isinstance(index, slice):
            begin, stop = index.start or 0, index.stop
            if index.step in (None, 1) and stop is not None and begin >= 0 and stop >= 0:
                return self.first(stop - begin, begin)  # a page of rows: no count needed
            return [self._hit(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)  # from the end: the count is needed
            if index < 0:
                raise IndexError("search result index out of range")
        return self._hit(index)  # IndexError past the last, found without counting

    def __iter__(self) -> Iterator[Hit]:
        i = 0
        while True:
            try:
                hit = self._hit(i)
            except IndexError:
                return
            yield hit
            i += 1

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
        return self._offsets.count(self._view.text, self._needle)

    def spans_in(self, paragraph_id: str) -> list[tuple[int, int]]:
        """(start, end) of each hit in the paragraph ``paragraph_id``, for painting; [] if none."""
        ordinal = self._ordinals.get(paragraph_id)
        needle = self._needle
        if ordinal is None or not needle:
            return []
        members = self._view.members
        k = bisect_left(members, ordinal)
        if k == len(members) or members[k] != ordinal:
            return []
        first = self._view.starts[k]
        last = first + len(self._entries[ordinal].text)
        size = len(needle)
        known = self._offsets.between(first, last)
        if known is not None:
            return [(at - first, at - first + size) for at in known]
        # A scan under way: its view holds only the paragraphs searched, and no match crosses a
        # paragraph's end, so finding in this paragraph alone gives the scan's own spans here.
        text, spans = self._view.text, []
        at = text.find(needle, first, last)
        while at >= 0:
            spans.append((at - first, at - first + size))
            at = text.find(needle, at + size, last)
        return spans

    def _hit(self, i: int) -> Hit:
        try:
            at = self._offsets.at(i)
        except IndexError:
            return self._notes[i - self.paragraph_hits]
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
            start + len(self._needle),
            entry.text,
        )
