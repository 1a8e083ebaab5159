"""Read a transcript: UTF-8 Markdown with YAML front matter, into an immutable Transcript."""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from desktop_app.domain.errors import TranscriptError
from desktop_app.domain.front_matter import Mapping, load_front_matter
from desktop_app.domain.markup import render
from desktop_app.domain.messages import Message
from desktop_app.domain.model import Paragraph, Question, Role, Section, Speaker, Transcript, Turn
from desktop_app.domain.timecode import split_time
from desktop_app.fileio import FileReadError, read_regular_file

# The reader's size limit; the converter checks its output against this same constant, so it never
# writes a transcript the reader would then refuse.
MAX_BYTES = 64 * 1024 * 1024
HOST_COLOR = "#5b6b7f"
GUEST_COLORS = ("#2f6fd6", "#d0632b", "#2e8b57", "#9a4fc4", "#c23b5a", "#1f8a99", "#8a6d1f")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_HEADING = re.compile(r"^##[ \t]+(.+?)[ \t#]*$")
_LABEL_SPACE = frozenset(" \t\u3000")
_SPEAKERS_KEY = re.compile(r"^speakers[ \t]*:", re.MULTILINE)
# A run of lines that are not blank: a line with something other than white space, then more such lines.
_BLOCK = re.compile(r"^[^\S\n]*\S.*(?:\n[^\S\n]*\S.*)*", re.MULTILINE)


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


def load_transcript(path: str | Path) -> Transcript:
    """Read and parse the transcript file at ``path``; raise TranscriptError saying what to fix."""
    name = str(path)
    return parse_transcript(decode(read_source(name), name), name)


def read_source(path: str | Path) -> bytes:
    """The bytes of the transcript file at ``path``; raise TranscriptError saying what to fix."""
    name = str(path)
    try:
        return read_regular_file(name, MAX_BYTES, "transcript")
    except FileReadError as e:
        raise TranscriptError(name, e.problem, e.fix) from None


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM); a bad byte is reported with its line."""
    # Strip the BOM here rather than with utf-8-sig, whose error offsets skip it.
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise TranscriptError(
            name,
            Message(
                "parser.not-utf8",
                "The file is not UTF-8 text (byte 0x{byte} cannot be read).",
                byte=f"{data[e.start]:02x}",
            ),
            Message("parser.save-utf8", "Save it as UTF-8 in your editor and open it again."),
            line,
        ) from None
    if "\x00" in text:
        raise TranscriptError(
            name,
            Message("parser.binary", "The file holds binary data, not text."),
            Message("parser.open-md", "Open a transcript .md file."),
        )
    return text


def parse_transcript(text: str, name: str = "") -> Transcript:
    """Parse transcript text; ``name`` is the file name used in error messages."""
    # The parse makes hundreds of thousands of objects and no reference cycles; the cyclic collector,
    # run again and again as the heap grows, took about a fifth of the time at 1,000 sections.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _parse(text, name)
    finally:
        if collecting:
            gc.enable()


def _parse(text: str, name: str) -> Transcript:
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    meta, body, body_line = _split_front_matter(text, name)
    speakers = _speakers(meta, name, text)
    transcript_id = _required_str(meta, "id", name)
    title = _required_str(meta, "title", name)
    source = _required_str(meta, "source", name)
    language = _required_str(meta, "language", name)
    media = _optional_str(meta, "media", name)
    preface, sections = _Body(name, speakers).parse(body, body_line)
    return Transcript(
        id=transcript_id,
        title=title,
        source=source,
        language=language,
        speakers=speakers,
        preface=preface,
        sections=sections,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        path=name,
        media=media,
    )


def _split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str, int]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise TranscriptError(
            name,
            Message("parser.no-front-matter", "The file has no front matter."),
            Message(
                "parser.start-front-matter",
                "Start it with a '---' line, the YAML fields id, title, source, language and speakers, "
                "and another '---' line.",
            ),
            1,
        )
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    except StopIteration:
        raise TranscriptError(
            name,
            Message("parser.front-matter-open", "The front matter is never closed."),
            Message("parser.close-front-matter", "Add a '---' line after the YAML fields."),
            1,
        ) from None
    meta = load_front_matter("\n".join(lines[1:end]), name, 2)
    if not isinstance(meta, dict):
        raise TranscriptError(
            name,
            Message("parser.not-fields", "The front matter must be a set of 'key: value' fields."),
            Message("parser.see-bundled", "See the bundled transcript."),
            2,
        )
    return meta, "\n".join(lines[end + 1 :]), end + 2


def _required_str(meta: dict[str, Any], key: str, name: str) -> str:
    value = meta.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise TranscriptError(
            name,
            Message("parser.missing-key", "The front matter has no '{key}'.", key=key),
            Message("parser.add-key", "Add a line '{key}: …'.", key=key),
        )
    if not isinstance(value, str):
        raise TranscriptError(
            name,
            Message("parser.key-not-text", "The front matter's '{key}' is not one line of text.", key=key),
            Message("parser.write-key", "Write it as '{key}: …'.", key=key),
        )
    return value.strip()


def _optional_str(meta: dict[str, Any], key: str, name: str) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TranscriptError(
            name,
            Message("parser.key-not-text", "The front matter's '{key}' is not one line of text.", key=key),
            Message("parser.write-key", "Write it as '{key}: …'.", key=key),
        )
    return value.strip()


def _speakers(meta: dict[str, Any], name: str, text: str) -> tuple[Speaker, ...]:
    raw = meta.get("speakers")
    key = _SPEAKERS_KEY.search(text)
    speakers_line = text.count("\n", 0, key.start()) + 1 if key else None
    if not isinstance(raw, list) or not raw:
        raise TranscriptError(
            name,
            Message("parser.no-speakers", "The front matter declares no speakers."),
            Message(
                "parser.add-speakers",
                "Add 'speakers:' with a '- name: …' and 'role: host' or 'role: guest' for each person.",
            ),
            speakers_line,
        )
    speakers: list[Speaker] = []
    declared: set[str] = set()
    guests = 0
    for entry in raw:
        raw_name = entry.get("name") if isinstance(entry, dict) else None
        # The loader's mappings know their line; the front matter starts on line 2.
        line = entry.line + 2 if isinstance(entry, Mapping) else speakers_line
        if not isinstance(raw_name, str) or not raw_name.strip():
            raise TranscriptError(
                name,
                Message("parser.speaker-no-name", "A speaker has no name."),
                Message("parser.name-speakers", "Give every speaker a 'name:'."),
                speakers_line,
            )
        speaker_name = raw_name.strip()
        if speaker_name in declared:
            raise TranscriptError(
                name,
                Message("parser.speaker-twice", "The speaker '{name}' is declared twice.", name=speaker_name),
                Message(
                    "parser.remove-twice", "Remove one of the entries or give each speaker a different name."
                ),
                line,
            )
        declared.add(speaker_name)
        role_text = str(entry.get("role") or "").strip().lower()
        try:
            role = Role(role_text)
        except ValueError:
            raise TranscriptError(
                name,
                Message(
                    "parser.unknown-role",
                    "The speaker '{name}' has the unknown role '{role}'.",
                    name=speaker_name,
                    role=entry.get("role"),
                ),
                Message("parser.use-role", "Use 'role: host' or 'role: guest'."),
                line,
            ) from None
        color = str(entry.get("color") or "")
        if color and not _COLOR.match(color):
            raise TranscriptError(
                name,
                Message(
                    "parser.bad-colour",
                    "The colour '{colour}' of '{name}' is not '#rrggbb'.",
                    colour=color,
                    name=speaker_name,
                ),
                Message(
                    "parser.write-colour",
                    "Write it as six hex digits in quotes, e.g. color: '#2f6fd6', or leave it out.",
                ),
                line,
            )
        if not color:
            color = HOST_COLOR if role is Role.HOST else GUEST_COLORS[guests % len(GUEST_COLORS)]
        guests += role is Role.GUEST
        speakers.append(Speaker(speaker_name, role, str(entry.get("bio") or "").strip(), color))
    if not any(s.role is Role.HOST for s in speakers):
        raise TranscriptError(
            name,
            Message("parser.no-host", "No speaker has the role host, so no questions can be found."),
            Message("parser.mark-host", "Mark the interviewer with 'role: host'."),
            speakers_line,
        )
    return tuple(speakers)


class _Body:
    """The body's state machine: preface, sections, questions, turns."""

    def __init__(self, name: str, speakers: tuple[Speaker, ...]) -> None:
        self.name = name
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

    def parse(self, body: str, first_line: int) -> tuple[tuple[Paragraph, ...], tuple[Section, ...]]:
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
        sections = tuple(
            Section(f"s{i}", b.title, tuple(b.questions), b.line) for i, b in enumerate(self.sections, 1)
        )
        if not any(s.questions for s in sections):
            hosts = ", ".join(n for n, r in self.roles.items() if r is Role.HOST)
            raise TranscriptError(
                self.name,
                Message("parser.no-questions", "The transcript has no questions."),
                Message(
                    "parser.start-question",
                    "A question starts with a paragraph such as '{hosts}: …' (the host's name and a colon).",
                    hosts=hosts,
                ),
            )
        return tuple(self.preface), sections

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
        section_id = f"s{len(self.sections)}"
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
