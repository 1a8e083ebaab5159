"""The library: every interview opened, converted or imported, and search across all of them."""

from __future__ import annotations

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

    @property
    def count(self) -> int:
        """How many hits the interview holds."""
        return sum(len(q.hits) for q in self.questions)


def search_library(
    entries: Iterable[LibraryEntry],
    query: str,
    load: Callable[[str], Transcript],
    scope: Scope = Scope.ALL,
) -> tuple[list[InterviewHits], list[tuple[LibraryEntry, str]]]:
    """Run the transcript search on every interview that can be read; (hits by interview, problems).

    Missing files are skipped; a file that no longer reads is reported with why, never raised, so one
    broken interview does not hide the others. Interviews without a hit are left out.
    """
    found: list[InterviewHits] = []
    problems: list[tuple[LibraryEntry, str]] = []
    for entry in entries:
        if entry.missing:
            problems.append((entry, "the file is missing"))
            continue
        try:
            transcript = load(entry.path)
        except (ReaderError, OSError) as error:
            problems.append((entry, str(error)))
            continue
        with TranscriptIndex.open(transcript) as index:
            hits = list(index.search(query, scope))
        if not hits:
            continue
        grouped = InterviewHits(entry)
        by_question: dict[str, QuestionHits] = {}
        for hit in hits:
            key = hit.question_id or ""
            if key not in by_question:
                by_question[key] = QuestionHits(key)
                grouped.questions.append(by_question[key])
            by_question[key].hits.append(hit)
        found.append(grouped)
    return found, problems
