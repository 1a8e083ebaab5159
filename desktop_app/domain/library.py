"""The library: every interview opened, converted or imported, and search across all of them."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from desktop_app.domain.errors import ReaderError
from desktop_app.domain.model import Transcript
from desktop_app.domain.search import Hit, Scope, TranscriptIndex


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """One interview of the library, with how many highlights (groups) and question notes it holds."""

    id: str
    title: str
    source: str
    date: str
    speakers: tuple[str, ...]
    path: str
    content_hash: str
    added: str
    last_read: str | None
    missing: bool
    highlights: int = 0
    notes: int = 0


@dataclass(slots=True)
class QuestionHits:
    """The hits within one question ('' for the preface) of one interview."""

    question_id: str
    hits: list[Hit] = field(default_factory=list)


@dataclass(slots=True)
class InterviewHits:
    """The hits in one interview, grouped by question in reading order."""

    entry: LibraryEntry
    questions: list[QuestionHits] = field(default_factory=list)
    total: int = 0  # hits found, counting those past the search's limit (not listed in ``questions``)

    @property
    def count(self) -> int:
        """How many hits the interview holds (listed or not)."""
        return max(self.total, sum(len(q.hits) for q in self.questions))


def search_library(
    entries: Iterable[LibraryEntry],
    query: str,
    load: Callable[[str], Transcript],
    scope: Scope = Scope.ALL,
    limit: int | None = None,
) -> tuple[list[InterviewHits], list[tuple[LibraryEntry, str]]]:
    """Run the transcript search on every interview that can be read; (hits by interview, problems).

    ``limit``: at most this many hits are made and listed in all (every interview's ``count`` still
    counts them all), since making a hit costs more than finding it. With a ``TranscriptCache`` as
    ``load``, unchanged files are neither read nor indexed again.
    Missing files are skipped; a file that no longer reads is reported with why, never raised, so one
    broken interview does not hide the others. Interviews without a hit are left out.
    """
    found: list[InterviewHits] = []
    problems: list[tuple[LibraryEntry, str]] = []
    listed = 0
    for entry in entries:
        if entry.missing:
            problems.append((entry, "the file is missing"))
            continue
        try:
            transcript = load(entry.path)
        except (ReaderError, OSError) as error:
            problems.append((entry, str(error)))
            continue
        if isinstance(load, TranscriptCache):
            results = load.index(transcript).search(query, scope)  # the index stays for the next query
        else:
            with TranscriptIndex.open(transcript) as index:
                results = index.search(query, scope)
        if not results:
            continue
        room = len(results) if limit is None else max(limit - listed, 0)
        hits = results[:room]
        listed += len(hits)
        grouped = InterviewHits(entry, total=len(results))
        by_question: dict[str, QuestionHits] = {}
        for hit in hits:
            key = hit.question_id or ""
            if key not in by_question:
                by_question[key] = QuestionHits(key)
                grouped.questions.append(by_question[key])
            by_question[key].hits.append(hit)
        found.append(grouped)
    return found, problems


class TranscriptCache:
    """Parsed transcripts kept by path, reused while the file's modification time and size are unchanged.

    Searching every interview per keystroke would otherwise read and parse every file again. A file
    changed on disk (another time or size) is read again; one that no longer reads raises as
    ``load`` does and is forgotten. ``limit`` bounds how many are kept (the least recently used go).
    """

    def __init__(self, load: Callable[[str], Transcript], limit: int = 500) -> None:
        self._load = load
        self._limit = limit
        self._kept: dict[str, tuple[tuple[int, int], Transcript]] = {}
        self._indexes: dict[int, TranscriptIndex] = {}  # by id() of a kept transcript
        self.reads = 0  # how many times a file was parsed (the benchmarks and tests count them)

    def __call__(self, path: str) -> Transcript:
        """The transcript at ``path``, parsed again only if the file changed since the last time."""
        key = os.path.abspath(path)  # (no resolve: the library keeps resolved paths)
        try:
            stat = os.stat(key)
        except OSError:
            gone = self._kept.pop(key, None)
            if gone is not None:
                self._drop_index(gone[1])
            raise
        stamp = (stat.st_mtime_ns, stat.st_size)
        kept = self._kept.pop(key, None)
        if kept is not None and kept[0] == stamp:
            self._kept[key] = kept  # (re)inserted last: the most recently used
            return kept[1]
        try:
            transcript = self._load(path)
        except BaseException:
            if kept is not None:
                self._drop_index(kept[1])
            raise
        self.reads += 1
        self._keep(key, stamp, transcript, kept)
        return transcript

    def _keep(
        self, key: str, stamp: tuple[int, int], transcript: Transcript,
        replaced: tuple[object, Transcript] | None,
    ) -> None:
        if replaced is not None:
            self._drop_index(replaced[1])
        self._kept[key] = (stamp, transcript)
        while len(self._kept) > self._limit:
            self._drop_index(self._kept.pop(next(iter(self._kept)))[1])

    def _drop_index(self, transcript: Transcript) -> None:
        index = self._indexes.pop(id(transcript), None)
        if index is not None:
            index.close()

    def index(self, transcript: Transcript) -> TranscriptIndex:
        """The search index of a transcript this cache gave out, built on first use and kept with it."""
        index = self._indexes.get(id(transcript))
        if index is None or index.transcript is not transcript:
            index = self._indexes[id(transcript)] = TranscriptIndex.open(transcript)
        return index

    def put(self, path: str, transcript: Transcript) -> None:
        """Keep ``transcript`` (just read from ``path`` by someone else) as the file is now."""
        key = os.path.abspath(path)  # (no resolve: the library keeps resolved paths)
        try:
            stat = os.stat(key)
        except OSError:
            return
        self._keep(key, (stat.st_mtime_ns, stat.st_size), transcript, self._kept.pop(key, None))
