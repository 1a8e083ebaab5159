"""The transcript, held once, as immutable dataclasses."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

_INDEXING = threading.Lock()  # a transcript's index is filled as it is used, from any thread

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

    def sizes(self) -> tuple[int, int]:
        """How many paragraphs and questions the section holds."""
        questions = self.questions
        turns = (turn for q in questions for turn in (q.prompt, *q.answers))
        return sum(len(turn.paragraphs) for turn in turns), len(questions)


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

    def _counts_before(self) -> list[tuple[int, int]]:
        """Per section, the paragraphs (the preface's included) and questions before it; then the totals."""
        if not self._before:
            with _INDEXING:
                if not self._before:
                    paragraphs, questions = len(self.preface), 0
                    before = []
                    for section in self.sections:
                        before.append((paragraphs, questions))
                        in_paragraphs, in_questions = section.sizes()
                        paragraphs += in_paragraphs
                        questions += in_questions
                    before.append((paragraphs, questions))
                    self._before.extend(before)
        return self._before

    def _index_section(self, i: int) -> None:
        if self._indexed[i]:
            return
        at, number = self._counts_before()[i]
        with _INDEXING:  # another thread (the search's preparation) may be looking up the same section
            if self._indexed[i]:
                return
            nodes, question_of, order = self._nodes, self._question_of, self._order
            for question in self.sections[i].questions:
                nodes[question.id] = question
                order[question.id] = number
                number += 1
                for paragraph in question.paragraphs():
                    nodes[paragraph.id] = paragraph
                    question_of[paragraph.id] = question
                    order[paragraph.id] = at
                    at += 1
            self._indexed[i] = True

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
        self._look_up(node_id)
        return self._order.get(node_id, -1)

    @property
    def paragraph_count(self) -> int:
        """How many paragraphs there are, the preface's included."""
        return self._counts_before()[-1][0]

    @property
    def question_count(self) -> int:
        """How many questions there are."""
        return self._counts_before()[-1][1]

    def question_of(self, paragraph_id: str) -> Question | None:
        """The question a paragraph belongs to (None for the preface)."""
        self._look_up(paragraph_id)
        return self._question_of.get(paragraph_id)

    def section_of(self, question: Question) -> Section:
        """The section that holds ``question``."""
        node = self._nodes[question.section_id]
        assert isinstance(node, Section)
        return node
