"""Annotations placed on the current transcript and grouped by section and question."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
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
    ordered: bool = True  # False: ``entries`` not yet in reading order, titles unread (``order_group``)


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

    ``lazy`` leaves each group's entries in the order given and its titles unread until ``order_group``
    is called on it: a list shows a few groups of thousands, and ordering all of them is most of the cost
    of grouping. Reading a question's title, or its place, makes its section of a transcript read back
    from the parse cache (see ``question_order``): a lazy list makes only the sections of groups shown.
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
            group = groups[key] = Group(key, "", "", [], False)
        group.entries.append(entry)
    at = question_order(transcript)
    ordered = sorted(groups.values(), key=lambda g: at(g.key))
    if not lazy:
        for g in ordered:
            order_group(transcript, g)
    if orphans.entries:
        ordered.append(orphans)
    return ordered


def order_group(transcript: Transcript, group: Group) -> Group:
    """Put ``group``'s entries in reading order and read its titles, if not yet (see ``group_entries``)."""
    if not group.ordered:
        if group.key not in (PREFACE_GROUP, ORPHAN_GROUP):
            node = transcript.find(group.key)
            section = transcript.section_of(node) if isinstance(node, Question) else None
            group.section_title = section.title if section else ""
            group.title = getattr(node, "text", "") if node is not None else ""
        position, note = transcript.position, EntryKind.QUESTION_NOTE
        # entry_order, written out: it is worked out for every entry of the group
        group.entries.sort(key=lambda e: (e.kind is not note, position(e.paragraph_id), e.start))
        group.ordered = True
    return group


def question_order(transcript: Transcript) -> Callable[[str], tuple[int, int]]:
    """Where each group goes, by its key: the preface first, then the questions as they read, then the rest.

    The parser numbers a question in its section ("s3-q2" is section s3's second): that and the
    section's place say where it reads without making the section, which only says how many questions
    it holds (``sizes``, known unmade). A key of another shape is looked up.
    """
    sections = {s.id: i for i, s in enumerate(transcript.sections)}
    held: dict[int, int] = {}  # questions per section, as asked

    def at(key: str) -> tuple[int, int]:
        if key == PREFACE_GROUP:
            return -1, 0
        section, dash_q, number = key.partition("-q")
        i = sections.get(section)
        if dash_q and i is not None and number.isdecimal():
            if i not in held:
                held[i] = transcript.sections[i].sizes()[1]
            if 0 < int(number) <= held[i]:
                return i, int(number)
        node = transcript.find(key)
        if isinstance(node, Question) and node.section_id in sections:
            i = sections[node.section_id]
            return i, 1 + transcript.sections[i].questions.index(node)
        return len(sections), 0  # a question no longer there: last

    return at


def entry_order(transcript: Transcript, entry: Entry) -> tuple[bool, int, int]:
    """Where an entry goes in its group: the question's note first, then the highlights as they read."""
    return (entry.kind is not EntryKind.QUESTION_NOTE, transcript.position(entry.paragraph_id), entry.start)
