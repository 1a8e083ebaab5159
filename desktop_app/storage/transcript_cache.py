"""A parsed transcript kept in the data folder by its file's bytes, so opening it again skips the parse.

Measured at 1,000 sections (13.6 MB): reading this file back took about a third of the parse's time
(a pickle had been slower than parsing). It holds plain tuples written with marshal behind a header
naming the format, the app's version and the parsing code, and a CRC of the rest: a damaged, foreign
or older file is not trusted, the transcript is parsed again. The transcript read back equals the one parsed.

Each section's questions are a marshal of their own, read when the section is first used (a ``LazySection``):
the first question on screen needs one section of thousands, and making all of them, half a million
objects at 1,000 sections, took most of the time this file saves.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import marshal
import os
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.domain import body, front_matter, markup, model, parser, timecode
from desktop_app.domain.errors import ReaderError
from desktop_app.domain.model import (
    LazySection,
    Paragraph,
    Question,
    Role,
    Section,
    Speaker,
    Transcript,
    Turn,
)
from desktop_app.domain.parser import decode, parse_transcript, read_source
from desktop_app.fileio import atomic_write_bytes

FORMAT = 2  # change it whenever this layout changes: older files are then ignored
KEEP = 8  # transcripts kept; the least recently opened go first
KEEP_BYTES = 256 * 1024 * 1024  # and no more than this on disk, though the newest is always kept
_CRC = 4  # bytes
# The modules whose code decides what a parse gives: a file kept by other code is not trusted.
_PARSING = (parser, body, markup, model, timecode, front_matter)


@functools.cache
def _magic() -> bytes:
    """The header: the format, the app's version, and a digest of the parsing code when it is on disk.

    A developer's edit to the parser must not read back an older parse; a frozen build has no sources,
    and its version says it all.
    """
    digest = hashlib.sha256()
    sources = [Path(module.__file__ or "") for module in _PARSING]
    # PyYAML's loaders: by path, as importing them here would import PyYAML on every start.
    sources.append(sources[-1].with_name("front_matter_yaml.py"))
    for source in sources:
        with contextlib.suppress(OSError, TypeError):
            digest.update(source.read_bytes())
    return f"interview-reader parsed transcript {FORMAT} {__version__} {digest.hexdigest()[:16]}\n".encode()


def placed_mark(transcript: Transcript) -> str:
    """What a highlight's stored offsets are checked against: this transcript's text, parsed by this code.

    A highlight stored with the mark (``AnnotationStore.highlight_briefs``) is where its offsets say:
    the same bytes through the same parsing code give the same paragraphs, so it is placed without its
    paragraph's text (nor its section made). Another version of the app, or an edited file, has another.
    """
    return hashlib.sha256(_magic() + transcript.content_hash.encode()).hexdigest()[:32]


class Keeping:
    """The parse of a file, to be kept in the cache: whole (call it), or a section at a time (``steps``).

    Made into plain tuples and written at once, a 1,000-section transcript took over half a second after
    its first paint, with the window frozen; the window runs ``steps`` between its events instead.
    """

    def __init__(self, file: Path, transcript: Transcript) -> None:
        self.file, self.transcript = file, transcript

    def __call__(self) -> None:
        """Keep the parse now, whole (the command line, the tests)."""
        for _ in self.steps():
            pass

    def steps(self) -> Iterator[None]:
        """Keep the parse, yielding after each section, after the marshal and before the file is written."""
        sections = []
        for section in self.transcript.sections:
            sections.append(_plain_section(section))
            yield
        body = marshal.dumps(_plain(self.transcript, tuple(sections)))
        yield  # at 1,000 sections each of these three steps takes some 60 ms: one each per turn
        blob = _magic() + zlib.crc32(body).to_bytes(_CRC, "big") + body
        yield
        _write(self.file, blob)


def cache_path(cache_dir: Path, data: bytes) -> Path:
    """Where the parse of a file holding ``data`` is kept."""
    return cache_dir / f"transcript-{hashlib.sha256(data).hexdigest()[:32]}.bin"


def load(path: str | Path, cache_dir: Path) -> tuple[Transcript, Keeping | None]:
    """The transcript at ``path``, from the cache when it holds the file's parse.

    Also returns, when the file was parsed, the call that keeps the parse: made after the first paint,
    it costs the first open nothing. Raises TranscriptError as load_transcript does.
    """
    name = str(path)
    data = read_source(name)
    file = cache_path(cache_dir, data)
    kept = read(file, name)
    if kept is not None:
        return kept, None
    transcript = parse_transcript(decode(data, name), name, data=data)
    return transcript, Keeping(file, transcript)


def read(file: Path, name: str) -> Transcript | None:
    """The transcript kept in ``file`` (its path set to ``name``), or None when there is none to trust."""
    try:
        blob = file.read_bytes()
    except OSError:
        return None
    magic = _magic()
    head = len(magic) + _CRC
    if not blob.startswith(magic) or len(blob) < head:
        return None
    body = memoryview(blob)[head:]
    if zlib.crc32(body) != int.from_bytes(blob[len(magic) : head], "big"):
        return None
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of objects and no cycles, as in the parse
    try:
        transcript = _transcript(marshal.loads(body), name)
    except (EOFError, ValueError, TypeError, IndexError, KeyError):
        return None
    finally:
        if collecting:
            gc.enable()
    with contextlib.suppress(OSError):
        os.utime(file)  # recently opened: kept longest
    return transcript


def keep(file: Path, transcript: Transcript) -> None:
    """Write ``transcript`` to ``file`` and let the oldest go; a folder that cannot be written is ignored."""
    Keeping(file, transcript)()


def _write(file: Path, blob: bytes) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(file, blob)
        _prune(file.parent)
    except (OSError, ReaderError):
        pass


def _prune(folder: Path) -> None:
    files = [(p.stat(), p) for p in folder.glob("transcript-*.bin")]
    files.sort(key=lambda pair: pair[0].st_mtime, reverse=True)
    total = 0
    for n, (stat, path) in enumerate(files):
        total += stat.st_size
        if n >= KEEP or (n > 0 and total > KEEP_BYTES):
            path.unlink(missing_ok=True)


# -- plain tuples: what marshal writes ------------------------------------------------------------


def _plain_paragraph(p: Paragraph) -> tuple[Any, ...]:
    return (p.id, p.speaker, p.source, p.rich, p.text, p.line, p.start)


def _plain_turn(turn: Turn) -> tuple[Any, ...]:
    return (turn.speaker, tuple(_plain_paragraph(p) for p in turn.paragraphs))


def _plain_section(s: Section) -> tuple[Any, ...]:
    questions = tuple(
        (q.id, q.section_id, _plain_turn(q.prompt), tuple(_plain_turn(a) for a in q.answers))
        for q in s.questions
    )
    return (s.id, s.title, s.line, s.sizes(), marshal.dumps(questions))


def _plain(t: Transcript, sections: tuple[tuple[Any, ...], ...]) -> tuple[Any, ...]:
    speakers = tuple((s.name, s.role.value, s.bio, s.color) for s in t.speakers)
    preface = tuple(_plain_paragraph(p) for p in t.preface)
    return (t.id, t.title, t.source, t.language, speakers, preface, sections, t.content_hash, t.media)


def _slot_setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[object, Any], None], ...] | None:
    """The slots of the frozen dataclass ``cls``, to be set directly; None unless its fields are ``names``.

    Its generated __init__ sets each field through object.__setattr__ (it is frozen): at 1,000 sections,
    half the time spent making the objects read back. A class whose fields changed is made by its
    __init__ again (a kept file of an older layout is not read anyway: the header names the code).
    """
    if tuple(f.name for f in dataclasses.fields(cls)) != names or getattr(cls, "__post_init__", None):
        return None
    return tuple(vars(cls)[name].__set__ for name in names)


_PARAGRAPH = _slot_setters(Paragraph, ("id", "speaker", "source", "rich", "text", "line", "start"))
_TURN = _slot_setters(Turn, ("speaker", "paragraphs"))
_QUESTION = _slot_setters(Question, ("id", "section_id", "prompt", "answers"))


def _paragraphs(plain: tuple[tuple[Any, ...], ...]) -> tuple[Paragraph, ...]:
    if _PARAGRAPH is None:
        return tuple([Paragraph(*p) for p in plain])
    new = object.__new__
    set_id, set_speaker, set_source, set_rich, set_text, set_line, set_start = _PARAGRAPH
    made = []
    for pid, speaker, source, rich, text, line, start in plain:
        paragraph = new(Paragraph)
        set_id(paragraph, pid)
        set_speaker(paragraph, speaker)
        set_source(paragraph, source)
        set_rich(paragraph, rich)
        set_text(paragraph, text)
        set_line(paragraph, line)
        set_start(paragraph, start)
        made.append(paragraph)
    return tuple(made)


def _turn(plain: tuple[Any, ...]) -> Turn:
    if _TURN is None:
        return Turn(plain[0], _paragraphs(plain[1]))
    turn = object.__new__(Turn)
    _TURN[0](turn, plain[0])
    _TURN[1](turn, _paragraphs(plain[1]))
    return turn


def _question(qid: str, section_id: str, prompt: tuple[Any, ...], answers: tuple[Any, ...]) -> Question:
    if _QUESTION is None:
        return Question(qid, section_id, _turn(prompt), tuple([_turn(a) for a in answers]))
    question = object.__new__(Question)
    set_id, set_section, set_prompt, set_answers = _QUESTION
    set_id(question, qid)
    set_section(question, section_id)
    set_prompt(question, _turn(prompt))
    set_answers(question, tuple([_turn(a) for a in answers]))
    return question


def _made(plain: bytes) -> tuple[Question, ...]:
    """A kept section's questions, from their marshal (a LazySection makes them when first used)."""
    return tuple([_question(*q) for q in marshal.loads(plain)])


def _transcript(plain: tuple[Any, ...], name: str) -> Transcript:
    tid, title, source, language, speakers, preface, sections, content_hash, media = plain
    return Transcript(
        id=tid,
        title=title,
        source=source,
        language=language,
        speakers=tuple(Speaker(n, Role(r), bio, color) for n, r, bio, color in speakers),
        preface=_paragraphs(preface),
        sections=tuple(
            [
                LazySection(sid, title, line, functools.partial(_made, plain), sizes=sizes)
                for sid, title, line, sizes, plain in sections
            ]
        ),
        content_hash=content_hash,
        path=name,
        media=media,
    )
