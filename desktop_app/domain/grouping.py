"""Annotations placed on the current transcript and grouped by section and question."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from desktop_app.domain.anchoring import Placement
from desktop_app.domain.annotations import Color, EntryKind, Highlight, QuestionNote
from desktop_app.domain.model import Question, Transcript

PREFACE_GROUP = "preface"
ORPHAN_GROUP = "orphans"


class Entry(NamedTuple):
    """One line of the annotations list: a highlight (placed or orphaned) or a question note.

    A named tuple, not a frozen dataclass: a transcript's entries are made by the ten thousand when it
    opens, and a frozen dataclass's ``__init__`` (one ``object.__setattr__`` per field) cost 4× as much.
    """

    id: str
    kind: EntryKind  # HIGHLIGHT or QUESTION_NOTE
    question_id: str
    speaker: str
    color: Color | None
    quote: str
    note: str
    placed: bool
    paragraph_id: str = ""
    start: int = 0
    end: int = 0
    created: str = ""


@dataclass(slots=True)
class Group:
    """The entries of one question (or of the preface, or those that could not be placed)."""

    key: str
    section_title: str
    title: str
    entries: list[Entry] = field(default_factory=list)
    ordered: bool = True  # False: ``entries`` still to be put in reading order (``order_group``)


@dataclass(frozen=True, slots=True)
class EntryFilter:
    """What the annotations panel shows: by colour, speaker and words (empty means any)."""

    colors: frozenset[Color] = frozenset()
    speaker: str = ""
    text: str = ""

    def accepts(self, entry: Entry) -> bool:
        """True if ``entry`` passes every part of the filter."""
        if self.colors and (entry.color is None or entry.color not in self.colors):
            return False
        if self.speaker and entry.speaker != self.speaker:
            return False
        needle = self.text.casefold().strip()
        return not needle or needle in entry.quote.casefold() or needle in entry.note.casefold()


def entries(
    transcript: Transcript,
    highlights: Iterable[Highlight],
    placements: Mapping[str, Placement | None],
    notes: Iterable[QuestionNote] = (),
) -> list[Entry]:
    """Every live highlight and question note of ``transcript``, each with where it sits now."""
    found: list[Entry] = []
    for h in highlights:
        if h.deleted:
            continue
        placement = placements.get(h.id)
        question = transcript.question_of(placement.paragraph_id) if placement else None
        found.append(
            Entry(
                id=h.id,
                kind=EntryKind.HIGHLIGHT,
                question_id=question.id if question else ("" if placement else h.question_id),
                speaker=h.speaker,
                color=h.color,
                quote=h.anchor.exact,
                note=h.note,
                placed=placement is not None,
                paragraph_id=placement.paragraph_id if placement else h.anchor.paragraph_id,
                start=placement.start if placement else h.anchor.start,
                end=placement.end if placement else h.anchor.end,
                created=h.created,
            )
        )
    for n in notes:
        if not n.deleted:
            found.append(
                Entry(
                    id=n.id,
                    kind=EntryKind.QUESTION_NOTE,
                    question_id=n.question_id,
                    speaker="",
                    color=None,
                    quote="",
                    note=n.note,
                    placed=transcript.find(n.question_id) is not None,
                    created=n.created,
                )
            )
    return found


def group_entries(
    transcript: Transcript, items: Iterable[Entry], keep: EntryFilter = EntryFilter(), *, lazy: bool = False
) -> list[Group]:
    """Entries that pass ``keep``, grouped in reading order; unplaced ones last, under ORPHAN_GROUP.

    ``lazy`` leaves each group's entries in the order given until ``order_group`` is called on it: a list
    shows a few groups of thousands, and ordering all of them is most of the cost of grouping.
    """
    groups: dict[str, Group] = {}
    orphans = Group(ORPHAN_GROUP, "", "")
    filtering = keep != EntryFilter()  # most lists are unfiltered: no call per entry then
    for entry in items:
        if filtering and not keep.accepts(entry):
            continue
        if not entry.placed:
            orphans.entries.append(entry)
            continue
        key = entry.question_id or PREFACE_GROUP
        group = groups.get(key)
        if group is None:
            node = transcript.find(key)
            section = transcript.section_of(node) if isinstance(node, Question) else None
            title = getattr(node, "text", "") if node is not None else ""
            group = groups[key] = Group(key, section.title if section else "", title, [], False)
        group.entries.append(entry)
    ordered = sorted(groups.values(), key=lambda g: group_order(transcript, g.key))
    if not lazy:
        for g in ordered:
            order_group(transcript, g)
    if orphans.entries:
        ordered.append(orphans)
    return ordered


def order_group(transcript: Transcript, group: Group) -> Group:
    """Put ``group``'s entries in reading order, if they are not yet (see ``group_entries``)."""
    if not group.ordered:
        position, note = transcript.position, EntryKind.QUESTION_NOTE
        # entry_order, written out: it is worked out for every entry of the group
        group.entries.sort(key=lambda e: (e.kind is not note, position(e.paragraph_id), e.start))
        group.ordered = True
    return group


def group_order(transcript: Transcript, key: str) -> int:
    """Where a group of placed entries goes: the preface first, then its question's reading order."""
    if key == PREFACE_GROUP:
        return -1
    position = transcript.position(key)
    return position if position >= 0 else 1 << 30  # a question no longer there: last


def entry_order(transcript: Transcript, entry: Entry) -> tuple[bool, int, int]:
    """Where an entry goes in its group: the question's note first, then the highlights as they read."""
    return (entry.kind is not EntryKind.QUESTION_NOTE, transcript.position(entry.paragraph_id), entry.start)
