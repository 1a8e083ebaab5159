"""A transcript's body (after the front matter): preface, sections, questions, turns and paragraphs.

Parsed whole (``parse_body(..., lazy=False)``) or, by default, a section at a time as each is first used:
one scan finds the sections' headings, the part before the first section that can be read on its own is
parsed at once (the preface and the first question), and every other section is a ``LazySection`` made
from its own text when first asked for. At 1,000 sections a parse of the whole body took over half a
second before the first question could be shown; the scan takes a few milliseconds.

A section can be read on its own when nothing before it changes what it gives: when it, and the section
before it, start with a host's paragraph. The state machine then arrives at it with no question open and
nothing held over (the section before opened a question, and the heading closed it), and its first
paragraph opens a question whoever asked the last one. Any other section (one that starts with a guest,
with no label, or holds nothing) is parsed with the one before it: the same text, in the same order, as
the whole body's parse. Only the whole transcript's error (no question at all) comes from the body, and
it is given at once: a section that can be read on its own holds a question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from desktop_app.domain.errors import TranscriptError
from desktop_app.domain.markup import render
from desktop_app.domain.messages import Message
from desktop_app.domain.model import LazySection, Paragraph, Question, Role, Section, Speaker, Turn
from desktop_app.domain.timecode import split_time

_HEADING = re.compile(r"^##[ \t]+(.+?)[ \t#]*$")
_LABEL_SPACE = frozenset(" \t\u3000")
# A run of lines that are not blank: a line with something other than white space, then more such lines.
_BLOCK = re.compile(r"^[^\S\n]*\S.*(?:\n[^\S\n]*\S.*)*", re.MULTILINE)
_BLANK = re.compile(r"[^\S\n]*")  # a blank line, as _BLOCK sees one (fullmatch)


class _Raw(NamedTuple):
    """A paragraph of the open question, before its id is known."""

    speaker: str | None
    source: str
    line: int
    start: float | None


@dataclass
class _SectionBuilder:
    title: str
    line: int
    questions: list[Question] = field(default_factory=list)



class _Body:
    """The body's state machine: preface, sections, questions, turns.

    ``sections_before``: how many sections come before the text it is fed (a part of the body parsed on
    its own, see ``_Part``), so that its ids are those a parse of the whole body gives.
    """

    def __init__(self, name: str, speakers: tuple[Speaker, ...], sections_before: int = 0) -> None:
        self.name = name
        self.before = sections_before
        self.roles = {s.name: s.role for s in speakers}
        self.longest = max(map(len, self.roles), default=0)
        self.preface: list[Paragraph] = []
        self.sections: list[_SectionBuilder] = []
        # (speaker, source, line, start) of the open question's paragraphs, made into Paragraphs when
        # it closes
        self.prompt: list[_Raw] = []
        self.turns: list[tuple[str, list[_Raw]]] = []
        self.host = ""
        self.open = False

    def feed(self, body: str, first_line: int) -> None:
        """Read ``body`` (its first line is ``first_line`` of the file) to its end."""
        for source, line in _blocks(body, first_line):
            heading = _HEADING.match(source.partition("\n")[0]) if source.startswith("##") else None
            if heading:
                self._close_question()
                self.sections.append(_SectionBuilder(heading.group(1).strip(), line))
                rest = source.partition("\n")[2]
                if rest:
                    self._paragraph(rest, line + 1)
            else:
                self._paragraph(source, line)
        self._close_question()

    def made(self) -> tuple[Section, ...]:
        """The sections read so far."""
        first = self.before + 1
        return tuple(
            Section(f"s{n}", b.title, tuple(b.questions), b.line) for n, b in enumerate(self.sections, first)
        )

    def starts_question(self, source: str) -> bool:
        """Whether the paragraph ``source`` is a host's, which opens a question."""
        speaker = self._label(source)[0]
        return speaker is not None and self.roles[speaker] is Role.HOST

    def _paragraph(self, source: str, line: int) -> None:
        speaker, end = self._label(source)
        # A time stamp is read only where the converter writes one: first, or right after the label
        # (most paragraphs have none: no '[' there, no pattern tried).
        start: float | None = None
        if source.startswith("[", end):
            start, source = split_time(source[end:])
        elif end:
            source = source[end:]
        if speaker is not None and self.roles[speaker] is Role.HOST:
            self._close_question()
            self.host = speaker
            self.open = True
            self._add(self.prompt, speaker, source, line, start)
        elif not self.host:
            self._add(self.preface, speaker, source, line, start, preface=True)
        elif speaker is not None:
            self.turns.append((speaker, []))
            self._add(self.turns[-1][1], speaker, source, line, start)
        elif self.turns:
            self._add(self.turns[-1][1], self.turns[-1][0], source, line, start)
        else:
            self._add(self.prompt, self.host, source, line, start)

    def _label(self, source: str) -> tuple[str | None, int]:
        """The speaker whose 'Name:' starts ``source`` (the longest such name), and where the text starts.

        Only colons within the longest name's reach are tried, each a dictionary lookup: one regular
        expression with every name as an alternative would try them all on every paragraph.
        """
        end = min(self.longest, len(source) - 1) + 1  # colons at 1 … end - 1, the farthest first
        while True:
            at = max(source.rfind(":", 1, end), source.rfind("：", 1, end))
            if at < 1:
                return None, 0
            if source[:at] in self.roles:
                stop = at + 1
                while stop < len(source) and source[stop] in _LABEL_SPACE:
                    stop += 1
                return source[:at], stop
            end = at

    def _add(
        self,
        into: list[Any],
        speaker: str | None,
        source: str,
        line: int,
        start: float | None,
        preface: bool = False,
    ) -> None:
        if not source.strip():
            return
        if preface:
            html, text = render(source)
            into.append(Paragraph(f"pre-p{len(into) + 1}", speaker, source, html, text, line, start))
        else:
            # Ids are positional: a question's paragraphs are made when it closes and its id is known.
            into.append(_Raw(speaker, source, line, start))

    def _close_question(self) -> None:
        if not self.open:
            return
        if not self.sections:
            self.sections.append(_SectionBuilder("", self.prompt[0].line if self.prompt else 0))
        section = self.sections[-1]
        section_id = f"s{self.before + len(self.sections)}"
        question_id = f"{section_id}-q{len(section.questions) + 1}"
        number = 0

        def turn(speaker: str, raw: list[_Raw]) -> Turn:
            nonlocal number
            made = []
            for said_by, source, line, start in raw:
                number += 1
                html, text = render(source)
                made.append(Paragraph(f"{question_id}-p{number}", said_by, source, html, text, line, start))
            return Turn(speaker, tuple(made))

        prompt = turn(self.host, self.prompt)
        answers = tuple(turn(s, ps) for s, ps in self.turns if ps)
        section.questions.append(Question(question_id, section_id, prompt, answers))
        self.prompt = []
        self.turns = []
        self.open = False


def _blocks(body: str, first_line: int) -> Iterator[tuple[str, int]]:
    """The body's blank-line separated blocks, each as its text (its lines joined) and first line.

    One regular expression finds them: a loop over the lines in Python took a quarter of the parse at
    1,000 sections. The pattern's white space and str.strip agree on what is blank (str.isspace).
    """
    line, at = first_line, 0
    for match in _BLOCK.finditer(body):
        start = match.start()
        line += body.count("\n", at, start)
        at = start
        yield match.group(), line


def parse_body(
    name: str, speakers: tuple[Speaker, ...], body: str, first_line: int, *, lazy: bool = True
) -> tuple[tuple[Paragraph, ...], tuple[Section, ...]]:
    """The preface and the sections of ``body`` (its first line is ``first_line`` of the file ``name``).

    ``lazy``: the sections that can be read on their own are made when first used (see the module's
    doc); they equal those a whole parse makes. Raises TranscriptError when there is no question at all.
    """
    reader = _Body(name, speakers)
    headings = _headings(body) if lazy else []
    starts = _own_starts(reader, body, headings)
    reader.feed(body[: headings[starts[0]][0] if starts else len(body)], first_line)
    sections = list(reader.made())
    # The sections before the n-th heading: n, and the untitled one of questions before any heading.
    untitled = len(sections) - (starts[0] if starts else 0)
    line, at = first_line, 0
    ends = [*starts[1:], len(headings)]  # (one more than the starts when there are none: no part)
    for first, end in zip(starts, ends, strict=False):
        begin = headings[first][0]
        line += body.count("\n", at, begin)
        at = begin
        stop = headings[end][0] if end < len(headings) else len(body)
        part = _Part(name, speakers, body, begin, stop, line, first + untitled)
        for k in range(first, end):
            sections.append(
                LazySection(
                    f"s{k + untitled + 1}",
                    headings[k][1],
                    line + body.count("\n", begin, headings[k][0]),
                    part.maker(k - first),
                    has_questions=True if k == first else None,  # it starts with a host's paragraph
                )
            )
    if not any(section.has_questions for section in sections):
        hosts = ", ".join(s.name for s in speakers if s.role is Role.HOST)
        raise TranscriptError(
            name,
            Message("parser.no-questions", "The transcript has no questions."),
            Message(
                "parser.start-question",
                "A question starts with a paragraph such as '{hosts}: …' (the host's name and a colon).",
                hosts=hosts,
            ),
        )
    return tuple(reader.preface), tuple(sections)


def _headings(body: str) -> list[tuple[int, str]]:
    """Where each section's heading starts in ``body``, and its title: the lines the parse takes for one.

    A line found by a plain search for '##' at a line's start, that starts a block (the body's start, or
    a blank line before it) and reads as a heading: as the parse decides, without reading the blocks.
    """
    found = []
    for at in _line_starts(body, "##"):
        end = body.find("\n", at)
        end = len(body) if end < 0 else end
        heading = _HEADING.match(body[at:end])
        if heading and (at == 0 or _BLANK.fullmatch(body, body.rfind("\n", 0, at - 1) + 1, at - 1)):
            found.append((at, heading.group(1).strip()))
    return found


def _line_starts(text: str, prefix: str) -> Iterator[int]:
    """Where the lines of ``text`` that start with ``prefix`` start (a plain search, no pattern)."""
    if text.startswith(prefix):
        yield 0
    at = text.find("\n" + prefix)
    while at >= 0:
        yield at + 1
        at = text.find("\n" + prefix, at + 1)


def _own_starts(reader: _Body, body: str, headings: list[tuple[int, str]]) -> list[int]:
    """The headings (by their index) that start a section which can be read on its own (the module's doc)."""
    reach = reader.longest + 2  # a label is read within this many characters (_Body._label)
    opens = []  # whether each section's first paragraph is a host's
    for n, (at, _title) in enumerate(headings):
        end = headings[n + 1][0] if n + 1 < len(headings) else len(body)
        line_end = body.find("\n", at, end)
        # The heading's block goes on on the next line (the parse reads the rest as a paragraph), or
        # the section's first paragraph is the next block; or the section holds none.
        start = -1
        if line_end >= 0 and not _BLANK.fullmatch(body, line_end + 1, _eol(body, line_end + 1, end)):
            start = line_end + 1
        if start < 0:
            following = _BLOCK.search(body, line_end + 1, end) if line_end >= 0 else None
            start = following.start() if following else -1
        if start < 0:
            opens.append(False)
            continue
        first = body[start : start + reach]
        if "\n" in first:  # a short line: the label is read in the paragraph itself, as the parse does
            block = _BLOCK.match(body, start, end)
            first = block.group() if block else first
        opens.append(reader.starts_question(first))
    return [n for n in range(1, len(headings)) if opens[n] and opens[n - 1]]


def _eol(text: str, at: int, end: int) -> int:
    """Where the line starting at ``at`` ends (before ``end``)."""
    found = text.find("\n", at, end)
    return end if found < 0 else found


class _Part:
    """Sections of the body parsed together, when the first of them is used.

    One that can be read on its own, and those after it that cannot. It keeps the body's text until then.
    """

    def __init__(
        self,
        name: str,
        speakers: tuple[Speaker, ...],
        body: str,
        begin: int,
        end: int,
        line: int,
        sections_before: int,
    ) -> None:
        self._args: tuple[Any, ...] | None = (name, speakers, body, begin, end, line, sections_before)
        self._made: tuple[Section, ...] = ()

    def maker(self, k: int) -> Callable[[], tuple[Question, ...]]:
        """What makes the part's ``k``-th section's questions (LazySection calls it once, under its lock)."""
        return lambda: self._section(k).questions

    def _section(self, k: int) -> Section:
        if self._args is not None:
            name, speakers, body, begin, end, line, before = self._args
            reader = _Body(name, speakers, before)
            reader.feed(body[begin:end], line)
            self._made, self._args = reader.made(), None  # the body's text is let go
        return self._made[k]
