"""Find text in a transcript and in the user's notes.

The window builds one index per transcript and asks it as the user types::

    index = TranscriptIndex.open(transcript, cache_path)   # cache_path None: in memory
    results = index.search("sora", Scope.ALL, hidden_speakers={"T前线"}, notes=notes)
    len(results)                       # how many matches, known without making any Hit
    hit = results[0]                   # Hit: kind, ids, speaker, start/end in hit.text
    snippet, start, end = hit.snippet(40)          # for the results list; mark snippet[start:end]
    results.spans_in(paragraph_id)     # [(start, end), ...] to paint in the answer pane
    index.close()                      # or use the index as a context manager

- ``TranscriptIndex.open(transcript, cache_path=None, background=False) -> TranscriptIndex``; with
  ``background`` it returns once the texts can be scanned and builds (or reuses) the trigram index in a
  thread with its own SQLite connection; searches scan until it is ready (``ready()``, ``wait_ready()``)
  and then use it, with the same hits. ``.rebuilt`` is False when
  the cache file already held the index for this transcript's content hash; ``.cached`` is True when the
  index lives in the cache file (False: it fell back to memory; search works either way). Opening may
  run in a worker thread; search from one thread at a time. ``close()`` releases the file.
- ``TranscriptIndex.making(transcript, cache_path)`` is ``open(..., background=True)`` as a generator that
  yields between pieces of its Python work (the texts gathered, folded and hashed) and returns the index:
  the window runs it between its events, and only the SQLite build has a thread.
- With ``pause`` (a ``Pause``), the background build stops at its checkpoints while the reader is at
  work (moving, scrolling: the window says when) and goes on once they are not; ``hurry()`` (and
  ``wait_ready()``, ``close()``) lets it run through without stopping.
- ``TranscriptIndex.search(query, scope=Scope.ALL, hidden_speakers=frozenset(), notes=()) -> SearchResults``
- ``SearchResults``: a read-only ``Sequence[Hit]`` that makes each Hit when it is read, and a scan
  finds its matches only as far as they are read (``results[:50]`` needs 50); ``len()`` counts the rest
  apart (``counted`` says whether it is known already), so a query with 200,000 matches answers in
  milliseconds; ``list(results)`` gives a plain list, and results
  compare equal to a list of the same hits. ``paragraph_hits`` counts the hits before the note hits.
- ``Scope``: ALL, QUESTIONS (the host's prompt paragraphs), ANSWERS (answers and the preface), NOTES
  (highlight notes and question notes; only ALL and NOTES search notes).

Matching: the query and the texts are folded (``textfold.fold``: lowercase, full-width forms as ASCII,
U+3000 as a space), so ``sora`` finds ``Sora`` and ``ＳＯＲＡ``, and ``:`` finds ``：``. The query is taken
literally (quotes, ``*``, ``AND``, ``NEAR(`` are just text; spaces count); a query that is empty or only
whitespace finds nothing. Occurrences are counted like ``str.count``: left to right, without overlaps
(``哈哈`` occurs once in ``哈哈哈``). Offsets count code points in ``Hit.text`` (the original text).

Order: transcript hits in reading order, then note hits in the reading order of what they annotate
(notes whose paragraph or question is gone last). Speakers in ``hidden_speakers`` give no hits: their
paragraphs (the host's prompts when the host is hidden) and the notes on highlights in their paragraphs;
question notes are always searched. Deleted notes are skipped.

How: queries of FTS_MIN_CHARS (3) or more folded characters ask an FTS5 trigram index (search_fts)
which paragraphs hold them and find the occurrences there; shorter queries, and queries found in more
than FTS_MAX_ROWS paragraphs (where reading every paragraph is cheaper), or already PROBE_HITS times
in the first PROBE_CHARS characters of a longer text (the scan shows those at once), scan one string
of all the folded paragraph texts. Both give the same hits; tests force one path or the other through
these module constants.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Collection, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop_app.domain.annotations import Highlight, QuestionNote
from desktop_app.domain.model import Transcript
from desktop_app.domain.search.fts import FORMAT, Built, Span, TrigramIndex, build_apart
from desktop_app.domain.search.notes import find_in_notes
from desktop_app.domain.search.results import Hit, HitKind, Offsets, ParagraphInfo, SearchResults, TextView
from desktop_app.domain.search.textfold import fold, folding_joined
from desktop_app.domain.stepping import run_through

__all__ = ["FTS_MAX_ROWS", "FTS_MIN_CHARS", "Hit", "HitKind", "Scope", "SearchResults", "TranscriptIndex"]

FTS_MIN_CHARS = 3
FTS_MAX_ROWS = 3000
# A query found PROBE_HITS times in the first PROBE_CHARS characters is scanned without asking the index.
PROBE_CHARS = 1 << 18
PROBE_HITS = 50
# Joins the folded paragraph texts for scanning. load_transcript refuses files holding NUL, so no text
# has it; a query holding it finds nothing in the transcript.
SEPARATOR = "\x00"
_FILTER_CACHE = 4
_HASH_SLICE = 1 << 18
_CHECK_EVERY = 64  # questions between two steps of the gathering, index rows between two checkpoints


class _Cancelled(Exception):
    """close() was called while the index was being built in the background."""


class Scope(StrEnum):
    """Which texts a search looks in."""

    ALL = "all"
    QUESTIONS = "questions"
    ANSWERS = "answers"
    NOTES = "notes"


_KINDS: dict[Scope, frozenset[str]] = {
    Scope.ALL: frozenset({"question", "answer", "preface"}),
    Scope.QUESTIONS: frozenset({"question"}),
    Scope.ANSWERS: frozenset({"answer", "preface"}),
    Scope.NOTES: frozenset(),
}


@dataclass(slots=True)
class _Filter:
    """The paragraphs one (kinds, hidden speakers) pair lets through, and their scan text once needed."""

    allowed: bytearray
    view: TextView | None = None


Pause = Callable[[threading.Event], None]
"""Background work's checkpoint: returns at once while the reader is idle, else waits until they are (or
for a while), or until the event (hurry) is set. Called from the worker's thread."""


class TranscriptIndex:
    """A transcript made searchable; build it once per transcript with ``open``."""

    def __init__(
        self,
        transcript: Transcript,
        cache_path: Path | None = None,
        *,
        background: bool = False,
        pause: Pause | None = None,
        hurry: threading.Event | None = None,
    ) -> None:
        self._begin(transcript, cache_path, background, pause, hurry)
        run_through(self._gather())
        self._start(background)

    @classmethod
    def open(
        cls,
        transcript: Transcript,
        cache_path: Path | None = None,
        *,
        background: bool = False,
        pause: Pause | None = None,
        hurry: threading.Event | None = None,
    ) -> TranscriptIndex:
        """Index ``transcript``, reusing the index in ``cache_path`` when it was built for this content.

        With ``background`` the trigram index is opened or built in a thread of its own and this
        returns as soon as the transcript can be scanned; searches scan until the index is ready
        (``ready()``), then use it. ``rebuilt`` and ``cached`` say what happened once it is.
        """
        return cls(transcript, cache_path, background=background, pause=pause, hurry=hurry)

    @classmethod
    def making(
        cls,
        transcript: Transcript,
        cache_path: Path | None = None,
        *,
        pause: Pause | None = None,
        hurry: threading.Event | None = None,
    ) -> Generator[None, None, TranscriptIndex]:
        """``open(..., background=True)`` a step at a time: it yields between pieces and returns the index.

        The texts are gathered, folded and hashed on the caller's thread, between its events (the window's:
        gui/steps.py); only the trigram index is built in a thread, in SQLite, which lets go of the
        interpreter. Gathered in a thread of its own, the Python work took the interpreter from the window
        at every turn: 85-160 ms without an answer after a 1,000-section transcript opened. Dropped before
        its end, it has written nothing.
        """
        index = cls.__new__(cls)
        index._begin(transcript, cache_path, True, pause, hurry)
        yield from index._gather()
        index._start(True)
        return index

    def _begin(
        self,
        transcript: Transcript,
        cache_path: Path | None,
        background: bool,
        pause: Pause | None,
        hurry: threading.Event | None,
    ) -> None:
        self.transcript = transcript
        # While the reader is at work (moving, scrolling) the builder thread waits at its checkpoints.
        self._pause = pause if background else None
        self._hurry = hurry if hurry is not None else threading.Event()
        self._filters: dict[tuple[frozenset[str], frozenset[str]], _Filter] = {}
        self._cache_path = cache_path
        self._cancel = threading.Event()
        self._built: Built | None = None  # set by the builder thread
        self._builder: threading.Thread | None = None

    def _gather(self) -> Generator[None, None, None]:
        """The paragraphs' texts gathered and folded, and the key of their index; yields between pieces."""
        self._entries = yield from _gathering(self.transcript)
        self._ordinals = {e.paragraph_id: i for i, e in enumerate(self._entries)}
        starts: list[int] = []
        position = 0
        for entry in self._entries:
            starts.append(position)
            position += len(entry.text) + 1
        joined = yield from folding_joined(SEPARATOR, (e.text for e in self._entries))
        self._base = TextView(joined, starts, range(len(starts)))
        digest = hashlib.sha256()
        for at in range(0, len(joined), _HASH_SLICE):  # one encode of 13 MB held the interpreter ~50 ms
            digest.update(joined[at : at + _HASH_SLICE].encode("utf-8", "surrogatepass"))
            yield
        self._key = {
            "format": FORMAT,
            "content_hash": self.transcript.content_hash,
            "paragraphs": str(len(starts)),
            "texts": digest.hexdigest(),
        }

    def _start(self, background: bool) -> None:
        if background:
            # Scan until the builder's index is adopted (by the next search after it is done).
            self._fts = TrigramIndex.none()
            self.rebuilt, self.cached = True, False
            self._builder = threading.Thread(target=self._build_apart, name="search-index", daemon=True)
            self._builder.start()
        else:
            self._fts = TrigramIndex.open(self._cache_path, self._key, self._folded_spans)
            self.rebuilt = self._fts.rebuilt
            self.cached = self._fts.path is not None

    def ready(self) -> bool:
        """True when the trigram index is in use (or none could be made): no build is under way."""
        self._adopt()
        return self._builder is None

    def hurry(self) -> None:
        """The background work goes on without stopping for the reader from now on."""
        self._hurry.set()

    def _checkpoint(self) -> None:
        if self._pause is not None:  # (hurried, it returns at once)
            self._pause(self._hurry)

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Wait for the background build (at most ``timeout`` seconds); then ``ready()``."""
        self._hurry.set()  # a build waiting for a reader who waits for it would never end
        if self._builder is not None:
            self._builder.join(timeout)
        return self.ready()

    def _build_apart(self) -> None:
        """The builder thread: its own SQLite connection, closed before it ends; hands over a Built."""
        try:
            self._built = build_apart(self._cache_path, self._key, self._texts_unless_cancelled)
        except _Cancelled:
            self._built = None

    def _texts_unless_cancelled(self) -> Iterator[Span]:
        for number, span in enumerate(self._folded_spans()):
            if self._cancel.is_set():
                raise _Cancelled  # rolls the build back: the cache file stays as it was
            if not number % _CHECK_EVERY:
                self._checkpoint()
            yield span

    def _adopt(self) -> None:
        if self._builder is None or self._builder.is_alive():
            return
        self._builder = None
        built, self._built = self._built, None
        if built is None or self._cancel.is_set():
            return
        self._fts.close()
        self._fts = TrigramIndex.adopt(built, self._key)
        self.rebuilt = built.rebuilt
        self.cached = self._fts.path is not None

    def index_size(self) -> int:
        """Bytes the trigram index takes, in the cache file or in memory."""
        return self._fts.size()

    def close(self) -> None:
        """Release the cache file (stopping a build under way); searching afterwards still works."""
        self._cancel.set()
        self._hurry.set()  # not held at a checkpoint: it sees the cancel at once
        if self._builder is not None:
            self._builder.join()
            self._builder = None
        self._fts.close()

    def __enter__(self) -> TranscriptIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def search(
        self,
        query: str,
        scope: Scope = Scope.ALL,
        hidden_speakers: Collection[str] = frozenset(),
        notes: Sequence[Highlight | QuestionNote] = (),
    ) -> SearchResults:
        """Every occurrence of ``query`` in ``scope``, in reading order (see the module docstring)."""
        scope = Scope(scope)
        self._adopt()
        if not query.strip():
            return SearchResults(self._base, Offsets.known([]), "", self._entries, self._ordinals, [])
        needle = fold(query)
        hidden = frozenset(hidden_speakers)
        view: TextView = self._base
        offsets = Offsets.known([])
        in_paragraphs = ""  # what the results look for in the paragraphs ("" when not searched there)
        kinds = _KINDS[scope]
        if kinds and SEPARATOR not in needle:
            view, offsets = self._find_in_paragraphs(needle, self._filter(kinds, hidden))
            in_paragraphs = needle
        note_hits: list[Hit] = []
        if scope in (Scope.ALL, Scope.NOTES):
            note_hits = find_in_notes(self.transcript, self._entries, self._ordinals, needle, notes, hidden)
        return SearchResults(view, offsets, in_paragraphs, self._entries, self._ordinals, note_hits)

    def _folded_spans(self) -> Iterable[Span]:
        text, starts = self._base.text, self._base.starts
        return ((text, s, s + len(e.text)) for s, e in zip(starts, self._entries, strict=True))

    def _filter(self, kinds: frozenset[str], hidden: frozenset[str]) -> _Filter:
        key = (kinds, hidden)
        found = self._filters.get(key)
        if found is None:
            allowed = bytearray(e.kind in kinds and e.speaker not in hidden for e in self._entries)
            found = _Filter(allowed, self._base if all(allowed) else None)
            if len(self._filters) >= _FILTER_CACHE:
                del self._filters[next(iter(self._filters))]
            self._filters[key] = found
        return found

    def _view(self, chosen: _Filter) -> TextView:
        """The scan text of the paragraphs ``chosen`` lets through (made on first use, then kept)."""
        if chosen.view is None:
            base, entries = self._base, self._entries
            members = [i for i, ok in enumerate(chosen.allowed) if ok]
            starts: list[int] = []
            position = 0
            for i in members:
                starts.append(position)
                position += len(entries[i].text) + 1
            text = SEPARATOR.join(
                base.text[base.starts[i] : base.starts[i] + len(entries[i].text)] for i in members
            )
            chosen.view = TextView(text, starts, members)
        return chosen.view

    def _find_in_paragraphs(self, needle: str, chosen: _Filter) -> tuple[TextView, Offsets]:
        """Where ``needle`` starts: offsets into the returned view's text (a scan's found as read)."""
        if len(needle) >= FTS_MIN_CHARS and not self._dense(needle, chosen):
            rows = self._fts.rows(needle, FTS_MAX_ROWS)
            if rows is not None:
                return self._base, Offsets.known(self._find_in_rows(needle, rows, chosen.allowed))
        view = self._view(chosen)
        return view, Offsets.scan(view.text, needle)

    def _dense(self, needle: str, chosen: _Filter) -> bool:
        """True when the first stretch of a long text already holds a page of ``needle``.

        Then the scan shows the first results at once, where the index would first list thousands
        of rows only to be refused (FTS_MAX_ROWS). A text no longer than the stretch is not probed.
        """
        text = self._base.text if chosen.view is None else chosen.view.text
        return len(text) > PROBE_CHARS and text.count(needle, 0, PROBE_CHARS) >= PROBE_HITS

    def _find_in_rows(self, needle: str, rows: list[int], allowed: bytearray) -> list[int]:
        text, starts, entries, size = self._base.text, self._base.starts, self._entries, len(needle)
        offsets: list[int] = []
        for row in rows:
            if not allowed[row]:
                continue
            end = starts[row] + len(entries[row].text)
            at = text.find(needle, starts[row], end)
            while at >= 0:
                offsets.append(at)
                at = text.find(needle, at + size, end)
        return offsets


def _gathering(transcript: Transcript) -> Generator[None, None, list[ParagraphInfo]]:
    """One entry per paragraph, in the reading order of Transcript.paragraphs(); yields now and then."""
    entries = [ParagraphInfo("preface", p.id, "", "", p.speaker or "", p.text) for p in transcript.preface]
    for number, q in enumerate(transcript.questions(), 1):
        for p in q.prompt.paragraphs:
            entries.append(ParagraphInfo("question", p.id, q.id, q.section_id, q.prompt.speaker, p.text))
        for turn in q.answers:
            for p in turn.paragraphs:
                entries.append(ParagraphInfo("answer", p.id, q.id, q.section_id, turn.speaker, p.text))
        if not number % _CHECK_EVERY:
            yield
    return entries
