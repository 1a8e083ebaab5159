"""Read a transcript: UTF-8 Markdown with YAML front matter, into an immutable Transcript."""

from __future__ import annotations

import gc
import hashlib
import re
from pathlib import Path
from typing import Any

from desktop_app.domain.body import parse_body
from desktop_app.domain.errors import TranscriptError
from desktop_app.domain.front_matter import Mapping, load_front_matter
from desktop_app.domain.messages import Message
from desktop_app.domain.model import Role, Speaker, Transcript
from desktop_app.fileio import FileReadError, read_regular_file

# The reader's size limit; the converter checks its output against this same constant, so it never
# writes a transcript the reader would then refuse.
MAX_BYTES = 64 * 1024 * 1024
HOST_COLOR = "#5b6b7f"
GUEST_COLORS = ("#2f6fd6", "#d0632b", "#2e8b57", "#9a4fc4", "#c23b5a", "#1f8a99", "#8a6d1f")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_BOM = b"\xef\xbb\xbf"
_SPEAKERS_KEY = re.compile(r"^speakers[ \t]*:", re.MULTILINE)


def load_transcript(path: str | Path) -> Transcript:
    """Read and parse the transcript file at ``path``; raise TranscriptError saying what to fix."""
    name = str(path)
    data = read_source(name)
    return parse_transcript(decode(data, name), name, data=data)


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
    data = data.removeprefix(_BOM)
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


def parse_transcript(
    text: str, name: str = "", *, lazy: bool = True, data: bytes | None = None
) -> Transcript:
    """Parse transcript text; ``name`` is the file name used in error messages.

    ``lazy``: most sections are parsed when first used (domain/body.py); ``False`` parses all of them now.
    ``data``: the bytes ``text`` was decoded from (``decode``), whose digest is the content hash when
    they hold no carriage return: encoding 13 MB of text again took longer than hashing it.
    """
    # The parse makes hundreds of thousands of objects and no reference cycles; the cyclic collector,
    # run again and again as the heap grows, took about a fifth of the time at 1,000 sections.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _parse(text, name, lazy, data)
    finally:
        if collecting:
            gc.enable()


def _parse(text: str, name: str, lazy: bool, data: bytes | None) -> Transcript:
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    meta, body, body_line = _split_front_matter(text, name)
    speakers = _speakers(meta, name, text)
    transcript_id = _required_str(meta, "id", name)
    title = _required_str(meta, "title", name)
    source = _required_str(meta, "source", name)
    language = _required_str(meta, "language", name)
    media = _optional_str(meta, "media", name)
    preface, sections = parse_body(name, speakers, body, body_line, lazy=lazy)
    return Transcript(
        id=transcript_id,
        title=title,
        source=source,
        language=language,
        speakers=speakers,
        preface=preface,
        sections=sections,
        content_hash=_content_hash(text, data),
        path=name,
        media=media,
    )


def _content_hash(text: str, data: bytes | None) -> str:
    """The SHA-256 of the normalised ``text`` as UTF-8; read from ``data`` when that is the same bytes."""
    if data is not None and b"\r" not in data:
        # decode() drops one BOM and _parse another; without a carriage return nothing else changed.
        return hashlib.sha256(data.removeprefix(_BOM).removeprefix(_BOM)).hexdigest()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str, int]:
    # The lines are walked from the start up to the closing one: splitting the whole text into lines made
    # a string of each of the 250,000 lines of a 13 MB transcript, to use a dozen.
    first_end = _line_end(text, 0)
    if text[:first_end].strip() != "---":
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
    end, at = 1, first_end + 1  # the line's number (from 0) and where it starts
    while first_end < len(text) and at <= len(text):
        stop = _line_end(text, at)
        if text[at:stop].strip() in ("---", "..."):
            break
        end, at = end + 1, stop + 1
    else:
        raise TranscriptError(
            name,
            Message("parser.front-matter-open", "The front matter is never closed."),
            Message("parser.close-front-matter", "Add a '---' line after the YAML fields."),
            1,
        )
    meta = load_front_matter(text[first_end + 1 : at - 1], name, 2)
    if not isinstance(meta, dict):
        raise TranscriptError(
            name,
            Message("parser.not-fields", "The front matter must be a set of 'key: value' fields."),
            Message("parser.see-bundled", "See the bundled transcript."),
            2,
        )
    return meta, text[stop + 1 :], end + 2


def _line_end(text: str, at: int) -> int:
    """Where the line that starts at ``at`` ends: its newline, or the text's end."""
    found = text.find("\n", at)
    return len(text) if found < 0 else found


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
