"""The transcript, held once, as immutable dataclasses."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app.domain.gc_pause import no_cycle_collection

_INDEXING = threading.Lock()  # a transcript's index is filled as it is used, from any thread
_COUNT_EVERY = 256  # sections summed between two steps of Transcript.counting_steps
_MAKING = threading.Lock()  # a lazy section's questions are made once, whichever thread asks first

PREFACE_ID = "preface"
"""The id of the preface: the paragraphs before the first question, shown as a node of their own."""


class Role(StrEnum):
    """What a speaker does in the interview."""

    HOST = "host"
    GUEST = "guest"


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person declared in the transcript's front matter."""

    name: str
    role: Role
    bio: str = ""
    color: str = ""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph: its Markdown source, its plain text, and (through ``html``) how it is shown.

    Offsets of highlights count Unicode code points in ``text`` (what the reader sees). ``rich`` is
    the rendered HTML of a paragraph that holds Markdown, '' for plain text (most paragraphs).
    """

    id: str
    speaker: str | None
    source: str
    rich: str
    text: str
    line: int = 0
    start: float | None = None
    """Seconds into the recording where the paragraph is spoken; None when the transcript has no times."""

    @property
    def html(self) -> str:
        """Inline HTML for the pane; plain text is escaped when asked for, not at parse time."""
        return self.rich or plain_html(self.text)


def plain_html(text: str) -> str:
    """Plain text as inline HTML: escaped, a line break as <br> (one character on screen, as in text)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


@dataclass(frozen=True, slots=True)
class Turn:
    """Consecutive paragraphs spoken by one speaker."""

    speaker: str
    paragraphs: tuple[Paragraph, ...]

    @property
    def text(self) -> str:
        """The turn's plain text, paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def start(self) -> float | None:
        """Seconds into the recording where the turn starts (its first paragraph's time), or None."""
        return self.paragraphs[0].start if self.paragraphs else None


@dataclass(frozen=True, slots=True)
class Question:
    """A host's turn and the answers that follow it."""

    id: str
    section_id: str
    prompt: Turn
    answers: tuple[Turn, ...]

    @property
    def speaker(self) -> str:
        """The host who asked."""
        return self.prompt.speaker

    @property
    def text(self) -> str:
        """The question's plain text."""
        return self.prompt.text

    @property
    def start(self) -> float | None:
        """Seconds into the recording where the question is asked, or None."""
        return self.prompt.start

    @property
    def answer_speakers(self) -> tuple[str, ...]:
        """Speakers who answered, in order of first answer, each once."""
        return tuple(dict.fromkeys(t.speaker for t in self.answers))

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph of the question, prompt first."""
        yield from self.prompt.paragraphs
        for turn in self.answers:
            yield from turn.paragraphs


@dataclass(frozen=True, slots=True)
class Section:
    """A titled group of questions."""

    id: str
    title: str
    questions: tuple[Question, ...]
    line: int = 0

    @property
    def has_questions(self) -> bool:
        """Whether the section holds any question (a section read back from the cache knows unmade)."""
        return bool(self.questions)

    @property
    def sized(self) -> bool:
        """Whether ``sizes()`` is known without making anything (a lazy section may have to parse first)."""
        return True

    def sizes(self) -> tuple[int, int]:
        """How many paragraphs and questions the section holds."""
        questions = self.questions
        turns = (turn for q in questions for turn in (q.prompt, *q.answers))
        return sum(len(turn.paragraphs) for turn in turns), len(questions)


_QUESTIONS = vars(Section)["questions"]  # the slot a lazy section's questions go into once made


class LazySection(Section):
    """A section whose questions are made when first asked for: by ``make``, called once.

    The parser's sections beyond the first (domain/body.py) and those read back from the parse cache
    (storage/transcript_cache.py) are made so: the first question on screen needs one section of
    thousands. It equals, and hashes as, the Section it stands for. ``sizes`` and ``has_questions``,
    when given, are answered without making the questions.
    """

    __slots__ = ("_has_questions", "_make", "_sizes")
    _make: Callable[[], tuple[Question, ...]] | None
    _sizes: tuple[int, int] | None
    _has_questions: bool | None

    def __init__(
        self,
        sid: str,
        title: str,
        line: int,
        make: Callable[[], tuple[Question, ...]],
        *,
        sizes: tuple[int, int] | None = None,
        has_questions: bool | None = None,
    ) -> None:
        # Section's __init__ would set ``questions``, which is made later; the other fields are set here.
        set_field = object.__setattr__  # frozen: set as its dataclass __init__ would
        set_field(self, "id", sid)
        set_field(self, "title", title)
        set_field(self, "line", line)
        set_field(self, "_make", make)
        set_field(self, "_sizes", None if sizes is None else tuple(sizes))
        set_field(self, "_has_questions", sizes[1] > 0 if has_questions is None and sizes else has_questions)

    @property  # type: ignore[override]  # read-only, as the frozen field it stands for
    def questions(self) -> tuple[Question, ...]:
        """The section's questions, made on the first call."""
        try:
            made: tuple[Question, ...] = _QUESTIONS.__get__(self, Section)
        except AttributeError:
            with _MAKING:
                try:
                    made = _QUESTIONS.__get__(self, Section)
                except AttributeError:
                    make = self._make
                    assert make is not None  # set until the questions are made
                    with no_cycle_collection():  # a section's objects hold no cycles (as in the parse)
                        made = make()
                    _QUESTIONS.__set__(self, made)
                    object.__setattr__(self, "_make", None)  # what it held (text, a marshal) is let go
        return made

    @property
    def made(self) -> bool:
        """Whether the questions have been made."""
        return self._make is None

    @property
    def sized(self) -> bool:
        """Whether ``sizes()`` is known without making the questions."""
        return self._sizes is not None or self._make is None

    @property
    def has_questions(self) -> bool:
        """Whether the section holds any question, known without making them when it was given."""
        if self._has_questions is None:
            return bool(self.questions)
        return self._has_questions

    def sizes(self) -> tuple[int, int]:
        """How many paragraphs and questions the section holds (made first, unless they were given)."""
        return self._sizes if self._sizes is not None else Section.sizes(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Section):
            return NotImplemented
        mine = (self.id, self.title, self.questions, self.line)
        return mine == (other.id, other.title, other.questions, other.line)

    def __hash__(self) -> int:
        return hash((self.id, self.title, self.questions, self.line))  # as the dataclass Section hashes

    def __reduce__(self) -> tuple[type[Section], tuple[str, str, tuple[Question, ...], int]]:
        """A copy (or a pickle) is the plain Section it stands for."""
        return Section, (self.id, self.title, self.questions, self.line)


@dataclass(frozen=True, slots=True)
class Transcript:
    """A whole interview: metadata, speakers, preface and sections."""

    id: str
    title: str
    source: str
    language: str
    speakers: tuple[Speaker, ...]
    preface: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    content_hash: str
    path: str = ""
    media: str = ""
    """The recording named by the front matter's ``media:`` (relative to the transcript's folder), or ''."""
    _nodes: dict[str, Section | Question | Paragraph] = field(default_factory=dict, compare=False, repr=False)
    _question_of: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)
    _order: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _section_at: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _indexed: list[bool] = field(default_factory=list, compare=False, repr=False)  # per section
    _ordered: list[bool] = field(default_factory=list, compare=False, repr=False)  # per section
    _before: list[tuple[int, int]] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self) -> None:
        # The preface and the sections are indexed now; a section's questions and paragraphs when one
        # of them is first looked up. Indexing all 85,000 at once, at 1,000 sections, cost a tenth of
        # a second before the first question could be shown, which needs one section.
        nodes, order = self._nodes, self._order
        for at, paragraph in enumerate(self.preface):
            nodes[paragraph.id] = paragraph
            order[paragraph.id] = at
        for i, section in enumerate(self.sections):
            nodes[section.id] = section
            self._section_at[section.id] = i
        self._indexed.extend([False] * len(self.sections))
        self._ordered.extend([False] * len(self.sections))

    def _counts_before(self, i: int) -> tuple[int, int]:
        """The paragraphs (the preface's included) and questions before section ``i`` (``len``: the totals).

        Counted up to ``i`` only: a section not yet parsed (domain/body.py) knows its sizes once made,
        and the first question needs none of those after it.
        """
        before = self._before
        if len(before) <= i:
            with _INDEXING:
                if not before:
                    before.append((len(self.preface), 0))
                while len(before) <= i:
                    paragraphs, questions = before[-1]
                    in_paragraphs, in_questions = self.sections[len(before) - 1].sizes()
                    before.append((paragraphs + in_paragraphs, questions + in_questions))
        return before[i]

    def counting_steps(self) -> Iterator[None]:
        """Count the sections' paragraphs and questions, one step per section that must be parsed first.

        A first start of a long transcript runs it after the first paint (gui/navigation.py): counting
        them all before it would parse every section the first question does not need.
        """
        for section in self.sections:
            if not section.sized:
                section.sizes()
                yield
        for i in range(0, len(self.sections), _COUNT_EVERY):  # the sums too: 60 ms at 6,000 sections
            self._counts_before(i)
            yield
        self._counts_before(len(self.sections))

    @property
    def counted(self) -> bool:
        """Whether ``paragraph_count`` and ``question_count`` are known at once.

        Summed already, or a few sections' sums with nothing to parse: thousands of sections took 40-60 ms
        to sum, which ``counting_steps`` does a few hundred at a time.
        """
        if len(self._before) > len(self.sections):
            return True
        return len(self.sections) <= _COUNT_EVERY and all(s.sized for s in self.sections)

    def _index_section(self, i: int) -> None:
        if self._indexed[i]:
            return
        with _INDEXING:  # another thread (the search's preparation) may be looking up the same section
            if self._indexed[i]:
                return
            nodes, question_of = self._nodes, self._question_of
            for question in self.sections[i].questions:
                nodes[question.id] = question
                for paragraph in question.paragraphs():
                    nodes[paragraph.id] = paragraph
                    question_of[paragraph.id] = question
            self._indexed[i] = True

    def _order_section(self, i: int) -> None:
        """Number section ``i``'s questions and paragraphs in reading order.

        Apart from the index: their numbers need the sizes of every section before it (each parsed, on a
        first start), a node's lookup only its own section.
        """
        if self._ordered[i]:
            return
        at, number = self._counts_before(i)
        with _INDEXING:
            if self._ordered[i]:
                return
            order = self._order
            for question in self.sections[i].questions:
                order[question.id] = number
                number += 1
                for paragraph in question.paragraphs():
                    order[paragraph.id] = at
                    at += 1
            self._ordered[i] = True

    def _look_up(self, node_id: str) -> Section | Question | Paragraph | None:
        node = self._nodes.get(node_id)
        if node is not None or node_id == PREFACE_ID or all(self._indexed):
            return node  # (the preface's own id is no question's or paragraph's: nothing to walk for)
        # The parser's ids say where a node is ("s3-q2-p1" is in section "s3"): that section is indexed.
        i = self._section_at.get(node_id.split("-", 1)[0])
        if i is not None and not self._indexed[i]:
            self._index_section(i)
            node = self._nodes.get(node_id)
            if node is not None:
                return node
        for i in range(len(self.sections)):  # an id of another shape, or none: every section, once
            self._index_section(i)
        return self._nodes.get(node_id)

    def speaker(self, name: str) -> Speaker:
        """The declared speaker called ``name``."""
        for s in self.speakers:
            if s.name == name:
                return s
        raise KeyError(name)

    @property
    def host_names(self) -> frozenset[str]:
        """Names of every speaker whose role is host."""
        return frozenset(s.name for s in self.speakers if s.role is Role.HOST)

    def questions(self) -> Iterator[Question]:
        """Every question, in reading order."""
        for section in self.sections:
            yield from section.questions

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph, in reading order (preface first)."""
        yield from self.preface
        for question in self.questions():
            yield from question.paragraphs()

    def find(self, node_id: str) -> Section | Question | Paragraph | None:
        """The section, question or paragraph with this id, or None."""
        return self._look_up(node_id)

    def position(self, node_id: str) -> int:
        """Where a paragraph or question comes in reading order (-1 if it is not in the transcript).

        Paragraphs and questions are numbered separately.
        """
        node = self._look_up(node_id)
        if node_id not in self._order:
            if isinstance(node, Paragraph):
                node = self._question_of.get(node_id)  # (None for the preface's: ordered already)
            if isinstance(node, Question):
                self._order_section(self._section_at[node.section_id])
        return self._order.get(node_id, -1)

    @property
    def paragraph_count(self) -> int:
        """How many paragraphs there are, the preface's included."""
        return self._counts_before(len(self.sections))[0]

    @property
    def question_count(self) -> int:
        """How many questions there are."""
        return self._counts_before(len(self.sections))[1]

    def question_of(self, paragraph_id: str) -> Question | None:
        """The question a paragraph belongs to (None for the preface)."""
        self._look_up(paragraph_id)
        return self._question_of.get(paragraph_id)

    def section_of(self, question: Question) -> Section:
        """The section that holds ``question``."""
        node = self._nodes[question.section_id]
        assert isinstance(node, Section)
        return node
