"""Reading across interviews: coded passages by interview and question, and a speaker followed.

Coded passages are filtered and grouped by interview then question; a speaker is followed through every
interview they appear in (same name), with their turns and passages.

Plain functions over parsed transcripts and what the store gives (``codings()``, ``codes()``);
the window's all-interviews annotations list and the speaker view draw what these return.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from desktop_app.domain.codes import Code, Coding
from desktop_app.domain.model import Paragraph, Transcript

if TYPE_CHECKING:  # retrieval is imported by the two functions that retrieve, not at start-up
    from desktop_app.domain.retrieval import CodedPassage

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PassageFilter:
    """Which coded passages to list (empty means any): a code (its sub-codes too), a speaker, an interview."""

    code: str = ""
    speaker: str = ""
    interview: str = ""


def all_passages(
    coded: Iterable[Coding],
    codes: Sequence[Code],
    keep: PassageFilter = PassageFilter(),
    transcripts: Mapping[str, Transcript] | None = None,
    titles: Mapping[str, str] | None = None,
) -> list[CodedPassage]:
    """Every live coded passage of every interview that passes ``keep``, by interview then reading order."""
    chosen = [keep.code] if keep.code else [c.id for c in codes if c.deleted is None]
    from desktop_app.domain.retrieval import Mode, retrieve

    found = retrieve(coded, codes, chosen, Mode.OR, transcripts, titles, with_subcodes=bool(keep.code))
    return [
        p for p in found
        if (not keep.speaker or p.speaker == keep.speaker)
        and (not keep.interview or p.transcript_id == keep.interview)
    ]  # fmt: skip


@dataclass(slots=True)
class QuestionItems(Generic[T]):
    """What one question ('' for the preface) of one interview holds, in reading order."""

    question_id: str
    question_text: str
    items: list[T] = field(default_factory=list)


@dataclass(slots=True)
class InterviewItems(Generic[T]):
    """What one interview holds, by question."""

    transcript_id: str
    title: str
    questions: list[QuestionItems[T]] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many items the interview holds."""
        return sum(len(q.items) for q in self.questions)


def _question_text(transcript: Transcript | None, question_id: str) -> str:
    node = transcript.find(question_id) if transcript is not None and question_id else None
    return " ".join(str(getattr(node, "text", "")).split())


def group_passages(
    passages: Iterable[CodedPassage], transcripts: Mapping[str, Transcript] | None = None
) -> list[InterviewItems[CodedPassage]]:
    """``passages`` (already in order) grouped by interview, then by question, keeping their order."""
    transcripts = transcripts or {}
    groups: dict[str, InterviewItems[CodedPassage]] = {}
    questions: dict[tuple[str, str], QuestionItems[CodedPassage]] = {}
    for p in passages:
        interview = groups.get(p.transcript_id)
        if interview is None:
            interview = groups[p.transcript_id] = InterviewItems(p.transcript_id, p.title)
        key = (p.transcript_id, p.question_id)
        if key not in questions:
            text = _question_text(transcripts.get(p.transcript_id), p.question_id)
            questions[key] = QuestionItems(p.question_id, text)
            interview.questions.append(questions[key])
        questions[key].items.append(p)
    return list(groups.values())


@dataclass(frozen=True, slots=True)
class SpokenTurn:
    """One turn of the followed speaker: where it is and what they said."""

    transcript_id: str
    question_id: str  # '' for the preface
    paragraph_id: str  # the turn's first paragraph
    text: str
    paragraphs: int


@dataclass(slots=True)
class SpeakerTrail:
    """Everything one speaker said across the interviews, and every passage coded in their words."""

    name: str
    interviews: list[InterviewItems[SpokenTurn]]
    passages: list[CodedPassage]

    @property
    def turns(self) -> int:
        """How many turns they took in all."""
        return sum(i.count for i in self.interviews)


def speakers_across(transcripts: Iterable[Transcript]) -> dict[str, list[str]]:
    """Speaker name → the ids of the interviews declaring or quoting them, by name then first seen."""
    seen: dict[str, list[str]] = {}
    for transcript in transcripts:
        names = [s.name for s in transcript.speakers]
        names += [p.speaker for p in transcript.paragraphs() if p.speaker]
        for name in dict.fromkeys(names):
            seen.setdefault(name, []).append(transcript.id)
    return dict(sorted(seen.items()))


def _runs(paragraphs: Iterable[Paragraph], name: str) -> list[list[Paragraph]]:
    """The runs of consecutive paragraphs spoken by ``name`` (a turn is such a run)."""
    runs: list[list[Paragraph]] = []
    previous = False
    for paragraph in paragraphs:
        mine = paragraph.speaker == name
        if mine and previous:
            runs[-1].append(paragraph)
        elif mine:
            runs.append([paragraph])
        previous = mine
    return runs


def follow_speaker(
    name: str,
    transcripts: Mapping[str, Transcript],
    titles: Mapping[str, str] | None = None,
    coded: Iterable[Coding] = (),
    codes: Sequence[Code] = (),
) -> SpeakerTrail:
    """The turns of ``name`` in every interview (by title, then reading order) and their coded passages.

    A speaker is the same person wherever the same name appears (names are compared exactly, so
    "张三" and "张 三" are two people). A host's questions count as their turns too.
    """
    titles = titles or {}
    ordered = sorted(transcripts.values(), key=lambda t: (titles.get(t.id) or t.title or t.id, t.id))
    interviews: list[InterviewItems[SpokenTurn]] = []
    for transcript in ordered:
        found = InterviewItems[SpokenTurn](transcript.id, titles.get(transcript.id) or transcript.title)
        blocks: list[tuple[str, Iterable[Paragraph]]] = [("", transcript.preface)]
        blocks += [(q.id, q.paragraphs()) for q in transcript.questions()]
        for question_id, paragraphs in blocks:
            runs = _runs(paragraphs, name)
            if not runs:
                continue
            group = QuestionItems[SpokenTurn](question_id, _question_text(transcript, question_id))
            group.items = [
                SpokenTurn(transcript.id, question_id, run[0].id, "\n\n".join(p.text for p in run), len(run))
                for run in runs
            ]
            found.questions.append(group)
        if found.questions:
            interviews.append(found)
    passages = all_passages(coded, codes, PassageFilter(speaker=name), transcripts, titles)
    return SpeakerTrail(name, interviews, passages)
