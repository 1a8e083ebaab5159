"""Turn an interview into the reader's Markdown transcript format.

Plain text with ``Name:`` labels, or a timed transcript told by its content (not its extension):
SubRip, WebVTT, Podcasting 2.0 JSON or HTML, Whisper/WhisperX JSON; their cues keep their times.

``detect`` guesses speakers, the host, headings and the preface into an editable Draft;
``to_markdown`` writes a Draft so that the parser reads back every paragraph's text unchanged.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from desktop_app.domain.convert import problems
from desktop_app.domain.convert.cues import Cue, TimedTurn, join_cues, label_cues
from desktop_app.domain.convert.encodings import decode_text, normalize_newlines
from desktop_app.domain.convert.markdown_out import escape_paragraph, front_matter, one_line
from desktop_app.domain.convert.media import media_beside
from desktop_app.domain.convert.podcast import (
    TimedJSONError,
    html_cues,
    json_cues,
    looks_like_json,
    looks_like_podcast_html,
)
from desktop_app.domain.convert.subrip import SubRipError, is_subrip, subrip_cues
from desktop_app.domain.convert.text import (
    file_stem,
    guess_language,
    is_question,
    looks_like_heading,
    make_id,
    split_label,
)
from desktop_app.domain.convert.webvtt import WebVTTError, is_webvtt, webvtt_cues
from desktop_app.domain.errors import ConvertError
from desktop_app.domain.messages import Message
from desktop_app.domain.model import Role
from desktop_app.domain.timecode import format_time

BlockKind = Literal["preface", "heading", "turn", "continuation"]
BLOCK_KINDS: tuple[BlockKind, ...] = ("preface", "heading", "turn", "continuation")
OPENING_TITLES = {"zh": "开篇", "en": "Opening"}


@dataclass
class DraftSpeaker:
    """A speaker found in the text; ``role`` is ``Role.HOST`` or ``Role.GUEST``."""

    name: str
    role: Role = Role.GUEST
    bio: str = ""


@dataclass
class DraftBlock:
    """One paragraph of the draft.

    ``kind`` is "preface", "heading", "turn" (a labelled paragraph that opens a turn) or
    "continuation" (an unlabelled paragraph of the current turn). ``speaker`` is the turn's speaker
    ("" in the preface when no one is named, and for headings). ``start`` is the time of a timed
    transcript's paragraph in seconds, None in plain text.
    """

    kind: BlockKind
    speaker: str
    text: str
    start: float | None = None


@dataclass
class Draft:
    """A transcript as detected, before it is written: the preview dialog may edit every field."""

    title: str
    id: str
    source: str
    language: str
    speakers: list[DraftSpeaker] = field(default_factory=list)
    blocks: list[DraftBlock] = field(default_factory=list)
    media: str = ""

    @property
    def host_names(self) -> list[str]:
        """Names of the speakers whose role is host."""
        return [s.name for s in self.speakers if s.role == Role.HOST]


def read_convert_input(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a plain-text or WebVTT file to convert: a regular file within the reader's limit.

    The converted transcript is at least about as large as its text, so a bigger input could only
    make a transcript the reader refuses. Raise FileReadError (a ReaderError) naming the file.
    """
    from desktop_app.domain import parser
    from desktop_app.fileio import read_regular_file

    return read_regular_file(path, parser.MAX_BYTES, "text to convert")


def convert(data: bytes, name: str, output: str = "") -> tuple[str, Draft, str]:
    """Decode, detect and write the file ``name``: return ``(markdown, draft, encoding)``.

    A recording beside ``name`` (same stem, an audio or video suffix) becomes ``media:``, written
    relative to the folder of ``output`` (the transcript to be written), or of ``name`` without one.
    Raise TranscriptError when the bytes are no text and ConvertError when no interview is found.
    """
    text, encoding = decode_text(data, name)
    draft = detect(text, name)
    draft.media = media_beside(name, output)
    return to_markdown(draft, name), draft, encoding


def detect(text: str, name: str) -> Draft:
    """Guess the speakers, the host, the preface, the headings and the turns of ``text``.

    A timed transcript (told by its content) is read from its cues, whose speakers come from voice
    tags, speaker fields or ``Name:`` labels; anything else as plain text with ``Name:`` labels.
    ``name`` is the file name: it gives the title, the source and the id.
    """
    text = normalize_newlines(text).removeprefix("\ufeff")
    cues = _timed_cues(text, name)
    if cues is not None:
        turns = join_cues(cues)
        speakers, host = _speakers(_timed_turn_lines(turns, name), name)
        blocks = _timed_blocks(turns, host)
    else:
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        labels = _labels(lines, name)
        speakers, host = _speakers(_plain_turn_lines(lines, labels), name)
        blocks = _plain_blocks(lines, labels, host)
    stem = " ".join(file_stem(name).split())
    # A timed file's language is its spoken text's: JSON keys and HTML tags are no English.
    language = guess_language(text if cues is None else "\n".join(b.text for b in blocks))
    return Draft(
        title=stem or ("未命名访谈" if language.startswith("zh") else "Untitled interview"),
        id=make_id(name, text),
        source=" ".join(name.replace("\\", "/").split("/")[-1].split()) or "converted text",
        language=language,
        speakers=speakers,
        blocks=blocks,
    )


def _labels(lines: list[str], name: str) -> list[tuple[str, str] | None]:
    """Each line's ``(speaker, text)``; only labels that start two lines or more are speakers."""
    found = [split_label(line) for line in lines]
    counts = Counter(label[0] for label in found if label)
    labels = [label if label and counts[label[0]] >= 2 else None for label in found]
    if not any(labels) and len(counts) >= 2:
        # Every speaker speaks once (甲:… 乙:…): two different labels still make an interview.
        labels = list(found)
    if not any(labels):
        seen = ", ".join(f"'{speaker}:'" for speaker in counts)
        raise ConvertError(name, problems.no_labels(len(lines), seen), problems.ADD_LABELS)
    return labels


def _plain_turn_lines(lines: list[str], labels: list[tuple[str, str] | None]) -> list[tuple[str, list[str]]]:
    turns: list[tuple[str, list[str]]] = []
    for line, label in zip(lines, labels, strict=True):
        if label:
            turns.append((label[0], [label[1]]))
        elif turns:
            turns[-1][1].append(line)
    return turns


def _timed_cues(text: str, name: str) -> list[Cue] | None:
    """The cues of a timed transcript, or None when ``text`` is none (so it is read as plain text)."""
    try:
        if is_webvtt(text):
            return label_cues(webvtt_cues(text))
        if is_subrip(text):
            return label_cues(subrip_cues(text))
        if looks_like_json(text):
            return json_cues(text)
        if looks_like_podcast_html(text):
            return html_cues(text)
    except (WebVTTError, SubRipError, TimedJSONError) as e:
        raise ConvertError(name, problems.timed_unreadable(e), problems.CHECK_LINE) from None
    return None


def _timed_turn_lines(turns: list[TimedTurn], name: str) -> list[tuple[str, list[str]]]:
    voiced = [(t.speaker, [p.text for p in t.paragraphs]) for t in turns if t.speaker]
    if not voiced:
        raise ConvertError(name, problems.NO_VOICES, problems.ADD_VOICES)
    return voiced


def _speakers(turns: list[tuple[str, list[str]]], name: str) -> tuple[list[DraftSpeaker], str]:
    """Speakers in order of appearance, and the host: the one whose turns most often are questions."""
    order = list(dict.fromkeys(speaker for speaker, _ in turns))
    asked: Counter[str] = Counter()
    spoke: Counter[str] = Counter()
    for speaker, texts in turns:
        spoke[speaker] += 1
        asked[speaker] += _asks(texts)
    # One turn more in the denominator: nine questions in ten turns beat one question in one turn.
    host = max(order, key=lambda s: asked[s] / (spoke[s] + 1))
    if not asked[host]:
        raise ConvertError(name, problems.no_asker(order), problems.END_WITH_QUESTION_MARK)
    speakers = [DraftSpeaker(s, Role.HOST if s == host else Role.GUEST) for s in order]
    return speakers, host


def _asks(texts: list[str]) -> bool:
    """A turn asks when its labelled line, or its last line that is no heading, is a question."""
    last = next((t for t in reversed(texts[1:]) if not looks_like_heading(t)), "")
    return bool(texts) and (is_question(texts[0]) or is_question(last))


def _plain_blocks(lines: list[str], labels: list[tuple[str, str] | None], host: str) -> list[DraftBlock]:
    blocks: list[DraftBlock] = []
    current = ""
    asked = False
    for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label:
            current, text = label
            asked = asked or current == host
            blocks.append(DraftBlock("turn" if asked else "preface", current, text))
        elif not asked:
            blocks.append(DraftBlock("preface", "", line))
        elif current != host and _host_speaks(labels, i + 1, host) and looks_like_heading(line):
            blocks.append(DraftBlock("heading", "", line))
        else:
            blocks.append(DraftBlock("continuation", current, line))
    return blocks


def _host_speaks(labels: list[tuple[str, str] | None], i: int, host: str) -> bool:
    label = labels[i] if i < len(labels) else None
    return label is not None and label[0] == host


def _timed_blocks(turns: list[TimedTurn], host: str) -> list[DraftBlock]:
    blocks: list[DraftBlock] = []
    asked = False
    for turn in turns:
        speaker = turn.speaker or ""
        asked = asked or speaker == host
        first, *rest = turn.paragraphs
        blocks.append(DraftBlock("turn" if asked else "preface", speaker, first.text, first.start))
        for paragraph in rest:
            if asked:
                blocks.append(DraftBlock("continuation", speaker, paragraph.text, paragraph.start))
            else:
                blocks.append(DraftBlock("preface", "", paragraph.text, paragraph.start))
    return blocks


def to_markdown(draft: Draft, name: str = "") -> str:
    """Write ``draft`` in the transcript format; the parser reads back every paragraph's text.

    Questions before the first heading get an opening heading ("开篇" or "Opening").
    Raise ConvertError when the draft cannot make a transcript (no host, a blank title …).
    """
    meta, speakers = _metadata(draft, name)
    names = [s["name"] for s in speakers]
    hosts = {s["name"] for s in speakers if s["role"] == Role.HOST.value}
    paragraphs: list[str] = []
    headed = False
    for block in draft.blocks:
        if block.kind not in BLOCK_KINDS:
            raise ConvertError(
                name,
                Message(
                    "convert.unknown-kind",
                    "A paragraph has the unknown kind '{kind}'.",
                    kind=block.kind,
                ),
                Message("convert.use-kinds", "Use one of: {kinds}.", kinds=", ".join(BLOCK_KINDS)),
            )
        if block.kind == "heading":
            title = " ".join(part.strip() for part in block.text.split("\n") if part.strip())
            if title:
                paragraphs.append("## " + title)
                headed = True
            continue
        speaker = one_line(block.speaker) if block.kind in ("turn", "preface") else ""
        if speaker and speaker not in names:
            raise ConvertError(
                name,
                Message(
                    "convert.unknown-speaker",
                    "A paragraph is spoken by '{speaker}', who is not among the speakers.",
                    speaker=speaker,
                ),
                Message(
                    "convert.add-speaker",
                    "Add the speaker or give the paragraph to one of the speakers.",
                ),
            )
        if speaker in hosts and not headed:
            lang = "zh" if draft.language.lower().startswith("zh") else "en"
            paragraphs.append("## " + OPENING_TITLES[lang])
            headed = True
        # The time follows the label, or opens an unlabelled paragraph: where the parser reads it.
        stamp = format_time(block.start) + " " if block.start is not None else ""
        if speaker:
            paragraphs.append(f"{speaker}:{stamp}{escape_paragraph(block.text)}")
        elif source := escape_paragraph(block.text, names):
            paragraphs.append(stamp + source)
    markdown = front_matter(meta) + "\n" + "\n\n".join(paragraphs) + "\n"
    _check_size(markdown, name)
    return markdown


def _check_size(markdown: str, name: str) -> None:
    """Refuse a transcript the reader would refuse to open: both use the parser's MAX_BYTES."""
    from desktop_app.domain import parser  # imported here: the parser is not needed to detect
    from desktop_app.fileio import megabytes

    size = len(markdown.encode("utf-8"))
    if size > parser.MAX_BYTES:
        raise ConvertError(
            name,
            Message(
                "convert.too-large",
                "The converted transcript would be {size}; the reader opens transcripts "
                "up to {limit}, so it was not written.",
                size=megabytes(size),
                limit=megabytes(parser.MAX_BYTES),
            ),
            Message("convert.split", "Split the interview into several files and convert each."),
        )


# The draft's fields as the messages name them (in English the key itself).
_FIELDS = {
    "id": Message("convert.field-id", "id"),
    "title": Message("convert.field-title", "title"),
    "source": Message("convert.field-source", "source"),
    "language": Message("convert.field-language", "language"),
}


def _metadata(draft: Draft, name: str) -> tuple[dict[str, object], list[dict[str, str]]]:
    meta: dict[str, object] = {}
    for key in ("id", "title", "source", "language"):
        value = one_line(getattr(draft, key))
        if not value:
            raise ConvertError(
                name,
                Message("convert.missing-field", "The transcript has no {field}.", field=_FIELDS[key]),
                Message("convert.enter-field", "Enter a {field}.", field=_FIELDS[key]),
            )
        meta[key] = value
    if media := one_line(draft.media):
        meta["media"] = media
    speakers: list[dict[str, str]] = []
    for speaker in draft.speakers:
        speaker_name = one_line(speaker.name)
        if not speaker_name:
            raise ConvertError(
                name,
                Message("convert.speaker-no-name", "A speaker has no name."),
                Message("convert.name-speakers", "Name every speaker or remove the empty one."),
            )
        if speaker_name.startswith("#"):
            raise ConvertError(
                name,
                Message(
                    "convert.hash-name",
                    "The speaker name '{name}' starts with '#': its turns would read as headings.",
                    name=speaker_name,
                ),
                Message("convert.remove-hash", "Remove the '#' from the name."),
            )
        if any(s["name"] == speaker_name for s in speakers):
            raise ConvertError(
                name,
                Message("convert.speaker-twice", "The speaker '{name}' is listed twice.", name=speaker_name),
                Message("convert.different-names", "Give each speaker a different name."),
            )
        try:
            role = Role(speaker.role).value
        except ValueError:
            raise ConvertError(
                name,
                Message(
                    "convert.unknown-role",
                    "'{name}' has the unknown role '{role}'.",
                    name=speaker_name,
                    role=speaker.role,
                ),
                Message("convert.use-role", "Use host or guest."),
            ) from None
        speakers.append({"name": speaker_name, "role": role, "bio": one_line(speaker.bio)})
    if not any(s["role"] == Role.HOST.value for s in speakers):
        raise ConvertError(
            name,
            Message("convert.no-host", "No speaker is the host."),
            Message("convert.mark-host", "Mark the interviewer as host."),
        )
    meta["speakers"] = speakers
    return meta, speakers
