"""Read a transcript: UTF-8 Markdown with YAML front matter, into an immutable Transcript."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from desktop_app.domain.errors import TranscriptError
from desktop_app.domain.markup import render
from desktop_app.domain.model import Paragraph, Question, Role, Section, Speaker, Transcript, Turn

MAX_BYTES = 64 * 1024 * 1024
HOST_COLOR = "#5b6b7f"
GUEST_COLORS = ("#2f6fd6", "#d0632b", "#2e8b57", "#9a4fc4", "#c23b5a", "#1f8a99", "#8a6d1f")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_HEADING = re.compile(r"^##[ \t]+(.+?)[ \t#]*$")
_SPEAKERS_KEY = re.compile(r"^speakers[ \t]*:", re.MULTILINE)


@dataclass
class _Block:
    lines: list[str]
    line: int


@dataclass
class _SectionBuilder:
    title: str
    line: int
    questions: list[Question] = field(default_factory=list)


def load_transcript(path: str | Path) -> Transcript:
    """Read and parse the transcript file at ``path``; raise TranscriptError saying what to fix."""
    p = Path(path)
    name = str(p)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise TranscriptError(name, "The file does not exist.", "Check the path and try again.") from None
    except OSError as e:
        raise TranscriptError(name, f"The file cannot be read ({e.strerror}).") from None
    if p.is_dir():
        raise TranscriptError(name, "This is a folder, not a transcript file.", "Choose a .md file.")
    if size > MAX_BYTES:
        raise TranscriptError(
            name,
            f"The file is {size / 1024 / 1024:.0f} MB; transcripts up to {MAX_BYTES // 1024 // 1024} MB "
            "can be opened.",
            "Split the interview into several files.",
        )
    try:
        data = p.read_bytes()
    except OSError as e:
        raise TranscriptError(name, f"The file cannot be read ({e.strerror}).") from None
    return parse_transcript(decode(data, name), name)


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
            f"The file is not UTF-8 text (byte 0x{data[e.start]:02x} cannot be read).",
            "Save it as UTF-8 in your editor and open it again.",
            line,
        ) from None
    if "\x00" in text:
        raise TranscriptError(name, "The file holds binary data, not text.", "Open a transcript .md file.")
    return text


def parse_transcript(text: str, name: str = "") -> Transcript:
    """Parse transcript text; ``name`` is the file name used in error messages."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    meta, body, body_line = _split_front_matter(text, name)
    speakers = _speakers(meta, name, text)
    transcript_id = _required_str(meta, "id", name)
    title = _required_str(meta, "title", name)
    source = _required_str(meta, "source", name)
    language = _required_str(meta, "language", name)
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
    )


def _split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str, int]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise TranscriptError(
            name,
            "The file has no front matter.",
            "Start it with a '---' line, the YAML fields id, title, source, language and speakers, "
            "and another '---' line.",
            1,
        )
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    except StopIteration:
        raise TranscriptError(
            name, "The front matter is never closed.", "Add a '---' line after the YAML fields.", 1
        ) from None
    try:
        meta = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(e, "problem", None) or str(e)
        raise TranscriptError(
            name, f"The front matter is not valid YAML ({problem}).", "Fix the YAML syntax.", line
        ) from None
    except (ValueError, RecursionError) as e:
        # PyYAML turns an impossible date (2024-02-30) into ValueError and deep nesting into RecursionError.
        detail = "it nests too deeply" if isinstance(e, RecursionError) else str(e)
        raise TranscriptError(
            name,
            f"The front matter is not valid YAML ({detail}).",
            "Fix the value; quote it (\"…\") if it is meant as text.",
        ) from None
    if not isinstance(meta, dict):
        raise TranscriptError(
            name, "The front matter must be a set of 'key: value' fields.", "See the bundled transcript.", 2
        )
    return meta, "\n".join(lines[end + 1 :]), end + 2


def _line_at(text: str, index: int) -> int | None:
    return text.count("\n", 0, index) + 1 if index >= 0 else None


def _entry_index(text: str, speaker_name: str, start: int) -> int:
    """Where the entry ``name: speaker_name`` is, at or after ``start`` (-1 when not found)."""
    entry = re.compile(r"name[ \t]*:[ \t]*['\"]?" + re.escape(speaker_name))
    match = entry.search(text, start)
    return match.start() if match else text.find(speaker_name, start)


def _required_str(meta: dict[str, Any], key: str, name: str) -> str:
    value = meta.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise TranscriptError(name, f"The front matter has no '{key}'.", f"Add a line '{key}: …'.")
    return str(value).strip()


def _speakers(meta: dict[str, Any], name: str, text: str) -> tuple[Speaker, ...]:
    raw = meta.get("speakers")
    key = _SPEAKERS_KEY.search(text)
    cursor = key.start() if key else 0
    speakers_line = _line_at(text, cursor) if key else None
    if not isinstance(raw, list) or not raw:
        raise TranscriptError(
            name,
            "The front matter declares no speakers.",
            "Add 'speakers:' with a '- name: …' and 'role: host' or 'role: guest' for each person.",
            speakers_line,
        )
    speakers: list[Speaker] = []
    guests = 0
    for entry in raw:
        if not isinstance(entry, dict) or not str(entry.get("name") or "").strip():
            raise TranscriptError(
                name, "A speaker has no name.", "Give every speaker a 'name:'.", speakers_line
            )
        speaker_name = str(entry["name"]).strip()
        # Search onwards from the previous entry: the name may also be in the title or a bio above.
        index = _entry_index(text, speaker_name, cursor)
        line = _line_at(text, index)
        cursor = max(cursor, index + 1)
        if any(s.name == speaker_name for s in speakers):
            raise TranscriptError(
                name,
                f"The speaker '{speaker_name}' is declared twice.",
                "Remove one of the entries or give each speaker a different name.",
                line,
            )
        role_text = str(entry.get("role") or "").strip().lower()
        try:
            role = Role(role_text)
        except ValueError:
            raise TranscriptError(
                name,
                f"The speaker '{speaker_name}' has the unknown role '{entry.get('role')}'.",
                "Use 'role: host' or 'role: guest'.",
                line,
            ) from None
        color = str(entry.get("color") or "")
        if color and not _COLOR.match(color):
            raise TranscriptError(
                name,
                f"The colour '{color}' of '{speaker_name}' is not '#rrggbb'.",
                "Write it as six hex digits in quotes, e.g. color: '#2f6fd6', or leave it out.",
                line,
            )
        if not color:
            color = HOST_COLOR if role is Role.HOST else GUEST_COLORS[guests % len(GUEST_COLORS)]
        guests += role is Role.GUEST
        speakers.append(Speaker(speaker_name, role, str(entry.get("bio") or "").strip(), color))
    if not any(s.role is Role.HOST for s in speakers):
        raise TranscriptError(
            name,
            "No speaker has the role host, so no questions can be found.",
            "Mark the interviewer with 'role: host'.",
            speakers_line,
        )
    return tuple(speakers)


class _Body:
    """The body's state machine: preface, sections, questions, turns."""

    def __init__(self, name: str, speakers: tuple[Speaker, ...]) -> None:
        self.name = name
        self.roles = {s.name: s.role for s in speakers}
        names = sorted(self.roles, key=len, reverse=True)
        self.label = re.compile(r"^(" + "|".join(map(re.escape, names)) + r")[:：][ \t\u3000]*")
        self.preface: list[Paragraph] = []
        self.sections: list[_SectionBuilder] = []
        # (speaker, source, line) of the open question's paragraphs, made into Paragraphs when it closes
        self.prompt: list[tuple[str | None, str, int]] = []
        self.turns: list[tuple[str, list[tuple[str | None, str, int]]]] = []
        self.host = ""
        self.open = False

    def parse(self, body: str, first_line: int) -> tuple[tuple[Paragraph, ...], tuple[Section, ...]]:
        for block in _blocks(body, first_line):
            heading = _HEADING.match(block.lines[0])
            if heading:
                self._close_question()
                self.sections.append(_SectionBuilder(heading.group(1).strip(), block.line))
                if len(block.lines) > 1:
                    self._paragraph(_Block(block.lines[1:], block.line + 1))
            else:
                self._paragraph(block)
        self._close_question()
        sections = tuple(
            Section(f"s{i}", b.title, tuple(b.questions), b.line) for i, b in enumerate(self.sections, 1)
        )
        if not any(s.questions for s in sections):
            hosts = ", ".join(n for n, r in self.roles.items() if r is Role.HOST)
            raise TranscriptError(
                self.name,
                "The transcript has no questions.",
                f"A question starts with a paragraph such as '{hosts}: …' (the host's name and a colon).",
            )
        return tuple(self.preface), sections

    def _paragraph(self, block: _Block) -> None:
        source = "\n".join(block.lines)
        match = self.label.match(source)
        speaker = match.group(1) if match else None
        if match:
            source = source[match.end() :]
        if speaker is not None and self.roles[speaker] is Role.HOST:
            self._close_question()
            self.host = speaker
            self.open = True
            self._add(self.prompt, speaker, source, block.line)
        elif not self.host:
            self._add(self.preface, speaker, source, block.line, preface=True)
        elif speaker is not None:
            self.turns.append((speaker, []))
            self._add(self.turns[-1][1], speaker, source, block.line)
        elif self.turns:
            self._add(self.turns[-1][1], self.turns[-1][0], source, block.line)
        else:
            self._add(self.prompt, self.host, source, block.line)

    def _add(
        self, into: list[Any], speaker: str | None, source: str, line: int, preface: bool = False
    ) -> None:
        if not source.strip():
            return
        if preface:
            html, text = render(source)
            into.append(Paragraph(f"pre-p{len(into) + 1}", speaker, source, html, text, line))
        else:
            # Ids are positional: a question's paragraphs are made when it closes and its id is known.
            into.append((speaker, source, line))

    def _close_question(self) -> None:
        if not self.open:
            return
        if not self.sections:
            self.sections.append(_SectionBuilder("", self.prompt[0][2] if self.prompt else 0))
        section = self.sections[-1]
        section_id = f"s{len(self.sections)}"
        question_id = f"{section_id}-q{len(section.questions) + 1}"
        number = 0

        def turn(speaker: str, raw: list[tuple[str | None, str, int]]) -> Turn:
            nonlocal number
            made = []
            for said_by, source, line in raw:
                number += 1
                html, text = render(source)
                made.append(Paragraph(f"{question_id}-p{number}", said_by, source, html, text, line))
            return Turn(speaker, tuple(made))

        prompt = turn(self.host, self.prompt)
        answers = tuple(turn(s, ps) for s, ps in self.turns if ps)
        section.questions.append(Question(question_id, section_id, prompt, answers))
        self.prompt = []
        self.turns = []
        self.open = False


def _blocks(body: str, first_line: int) -> list[_Block]:
    """Split the body into blank-line separated blocks, each with its first line number."""
    blocks: list[_Block] = []
    current: list[str] = []
    start = first_line
    for number, line in enumerate(body.split("\n"), first_line):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append(_Block(current, start))
            current = []
    if current:
        blocks.append(_Block(current, start))
    return blocks
