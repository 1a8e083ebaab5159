"""Read a W3C Web Annotation export back: highlights re-anchored on the open transcript, and notes.

Accepts what ``export_w3c`` writes (a collection with its first page embedded) and also a bare
AnnotationPage, a JSON list of annotations or one annotation. A highlight is found again with
``anchoring.place``, so it lands on its passage even where the offsets moved; one whose passage is
gone is kept as an orphan with its stored anchor. Annotations on another transcript (the id in a
``urn:x-interview-reader:`` source, else the ``transcript`` property) are counted, not imported;
an annotation that names no transcript is tried on this one. A file that is not W3C annotations,
or none of whose annotations belong to this transcript, raises ImportFileError.

The whole file is checked before anything is returned, so an import is all or nothing: every field
the reader uses must have its type, times must be RFC 3339 (they are returned in the store's own
``YYYY-MM-DDTHH:MM:SS.mmmZ`` form, so they compare as strings), offsets must be sane, and no string
may hold a lone surrogate (SQLite cannot store one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from desktop_app.domain.anchoring import make_anchor, place
from desktop_app.domain.annotations import Anchor, Highlight, QuestionNote
from desktop_app.domain.export.w3c import URN_PREFIX
from desktop_app.domain.export.w3c_fields import (
    EXPORT_AGAIN,
    ImportFileError,
    annotations_of,
    color_of,
    flatten,
    load_document,
    note_of,
    optional_text,
    positions,
    text_of,
    times_of,
    types_of,
)
from desktop_app.domain.media_times import MEDIA_FRAGMENTS
from desktop_app.domain.messages import Message, made_on
from desktop_app.domain.model import Paragraph, Question, Transcript

# An export of the largest transcript with highlights on much of it fits in this; more is no export.
MAX_IMPORT_BYTES = 128 * 1024 * 1024
_PARAGRAPH_OF_QUESTION = re.compile(r"^(s\d+-q\d+)-p\d+$")
@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import found: annotations for this transcript, and how many were orphans or skipped.

    ``orphans`` counts highlights whose passage is not in the transcript (kept, with their stored
    anchor) and question notes whose question is not; ``skipped_other_transcript`` counts
    annotations made on another transcript, which are left out; ``skipped`` says, for each of
    them, its id and why.
    """

    highlights: list[Highlight]
    question_notes: list[QuestionNote]
    orphans: int
    skipped_other_transcript: int
    skipped: tuple[tuple[str, str], ...] = ()


def read_w3c(data: bytes | str, transcript: Transcript) -> ImportResult:
    """Parse W3C annotation JSON and rebuild its highlights and question notes for ``transcript``.

    Raise ImportFileError when the data is empty, binary, not complete JSON, not annotations,
    malformed, or when none of its annotations can be placed in ``transcript``.
    """
    annotations = annotations_of(load_document(data))
    reader = _Reader(transcript)
    for number, annotation in enumerate(annotations, 1):
        reader.read(number, annotation)
    total = len(annotations)
    if total and reader.placed == 0:
        if reader.skipped == total:
            others = "', '".join(sorted(reader.other_transcripts))
            raise ImportFileError(
                Message(
                    "w3c.made-elsewhere",
                    "{none_belong}: they were made on '{others}', not on '{transcript}'.",
                    none_belong=_none_belong(total),
                    others=others,
                    transcript=transcript.id,
                ),
                Message("w3c.open-that", "Open that transcript, then import the file again."),
            )
        raise ImportFileError(
            Message(
                "w3c.nothing-placed",
                "{none_belong}: none of their passages or questions is in 「{title}」.",
                none_belong=_none_belong(total),
                title=transcript.title,
            ),
            Message("w3c.check-file", "Check that the file holds the annotations of this interview."),
        )
    return ImportResult(
        reader.highlights, reader.notes, reader.orphans, reader.skipped, tuple(reader.skipped_reasons)
    )


def _none_belong(total: int) -> Message:
    if total == 1:
        return Message(
            "w3c.only-one-elsewhere",
            "The file's only annotation does not belong to this transcript",
        )
    return Message(
        "w3c.none-belong",
        "None of the {total} annotations in the file belong to this transcript",
        total=total,
    )


class _Reader:
    """Turns annotations into highlights and question notes, counting what could not be placed."""

    def __init__(self, transcript: Transcript) -> None:
        self.transcript = transcript
        self.highlights: list[Highlight] = []
        self.notes: list[QuestionNote] = []
        self.orphans = 0
        self.skipped = 0
        self.placed = 0
        self.other_transcripts: set[str] = set()
        self.skipped_reasons: list[tuple[str, str]] = []
        self.seen: set[str] = set()

    def read(self, number: int, annotation: dict[str, Any]) -> None:
        """Add one annotation (the ``number``-th of the file) to what was found."""
        ident = self._id(number, annotation)
        source, selectors, style = self._target(number, annotation)
        document, _, fragment = source.partition("#")
        fragment = unquote(fragment)
        for key in ("transcript", "speaker", "group", "question", "created", "modified", "bodyValue"):
            optional_text(number, ident, annotation, key)
        if document.startswith(URN_PREFIX):
            transcript_id = unquote(document[len(URN_PREFIX) :])
        else:
            transcript_id = text_of(annotation, "transcript") or self.transcript.id
        if transcript_id != self.transcript.id:
            self.skipped += 1
            self.other_transcripts.add(transcript_id)
            self.skipped_reasons.append((ident, made_on(transcript_id)))
            return
        quote = position = None
        for selector in flatten(selectors):
            kind = types_of(selector)
            if "FragmentSelector" in kind and isinstance(selector.get("value"), str):
                fragment = selector["value"]
            elif "TextQuoteSelector" in kind and quote is None:
                quote = selector
            elif "TextPositionSelector" in kind and position is None:
                position = selector
        note = note_of(annotation)
        if quote is None and position is None:
            self._question_note(number, ident, fragment, note, annotation)
            return
        if quote is None:
            raise ImportFileError(
                Message(
                    "w3c.position-no-quote",
                    "Annotation {number} ({ident}) has a TextPositionSelector but no TextQuoteSelector.",
                    number=number,
                    ident=ident,
                ),
                Message(
                    "w3c.needs-quote",
                    "The reader needs the quoted text to find the passage. {export_again}",
                    export_again=EXPORT_AGAIN,
                ),
            )
        self._highlight(number, ident, fragment, quote, position, style, note, annotation)

    def _id(self, number: int, annotation: dict[str, Any]) -> str:
        raw = annotation.get("id")
        if not isinstance(raw, str) or not raw.strip():
            raise ImportFileError(
                Message(
                    "w3c.no-id",
                    "Annotation {number} of the file has no id.",
                    number=number,
                ),
                EXPORT_AGAIN,
            )
        ident = unquote(raw.removeprefix("urn:uuid:"))
        if ident in self.seen:
            raise ImportFileError(
                Message("w3c.twice", "The file holds annotation {ident} twice.", ident=raw), EXPORT_AGAIN
            )
        self.seen.add(ident)
        return ident

    def _target(self, number: int, annotation: dict[str, Any]) -> tuple[str, Any, Any]:
        """``(source URI, selector(s), styleClass)`` of the annotation's one target."""
        target = annotation.get("target")
        if isinstance(target, list):
            # A timed transcript's export adds the recording as a second target (a Media Fragment): the
            # passage is the target that is not that one.
            text_targets = [t for t in target if not _is_media_target(t)]
            target = text_targets[0] if len(text_targets) == 1 else target
        if isinstance(target, str):
            return target, [], None
        if isinstance(target, dict):
            source = target.get("source", target.get("id"))
            if isinstance(source, dict):
                source = source.get("id")
            if isinstance(source, str):
                return source, target.get("selector", []), target.get("styleClass")
        raise ImportFileError(
            Message(
                "w3c.no-target",
                "Annotation {number} of the file has no target this reader understands "
                "(one passage or question of the transcript).",
                number=number,
            ),
            EXPORT_AGAIN,
        )

    def _highlight(
        self,
        number: int,
        ident: str,
        fragment: str,
        quote: dict[str, Any],
        position: dict[str, Any] | None,
        style: Any,
        note: str,
        annotation: dict[str, Any],
    ) -> None:
        exact = quote.get("exact")
        if not isinstance(exact, str) or not exact:
            raise ImportFileError(
                Message(
                    "w3c.no-quote",
                    "Annotation {number} ({ident}) quotes no text.",
                    number=number,
                    ident=ident,
                ),
                EXPORT_AGAIN,
            )
        for key in ("prefix", "suffix"):
            optional_text(number, ident, quote, key)
        start, end = positions(number, ident, position, len(exact))
        stored = Anchor(fragment, start, end, exact, text_of(quote, "prefix"), text_of(quote, "suffix"))
        placement = place(stored, self.transcript)
        speaker = annotation.get("speaker")
        if placement is not None:
            self.placed += 1
            paragraph = self.transcript.find(placement.paragraph_id)
            assert isinstance(paragraph, Paragraph)
            anchor = make_anchor(placement.paragraph_id, paragraph.text, placement.start, placement.end)
            question = self.transcript.question_of(placement.paragraph_id)
            question_id = question.id if question is not None else ""
            if not isinstance(speaker, str):
                speaker = paragraph.speaker or ""
        else:
            self.orphans += 1
            anchor = stored
            question_id = text_of(annotation, "question")
            if "question" not in annotation:
                match = _PARAGRAPH_OF_QUESTION.match(fragment)
                question_id = match.group(1) if match else ""
            if not isinstance(speaker, str):
                speaker = ""
        created, updated = times_of(number, ident, annotation)
        self.highlights.append(
            Highlight(
                id=ident,
                transcript_id=self.transcript.id,
                content_hash=self.transcript.content_hash,
                anchor=anchor,
                question_id=question_id,
                speaker=speaker,
                color=color_of(style, annotation),
                note=note,
                group_id=text_of(annotation, "group") or ident,
                created=created,
                updated=updated,
            )
        )

    def _question_note(
        self, number: int, ident: str, fragment: str, note: str, annotation: dict[str, Any]
    ) -> None:
        if not note:
            raise ImportFileError(
                Message(
                    "w3c.empty-annotation",
                    "Annotation {number} ({ident}) selects no passage and holds no note.",
                    number=number,
                    ident=ident,
                ),
                EXPORT_AGAIN,
            )
        node = self.transcript.find(fragment) if fragment else None
        if isinstance(node, Paragraph):  # a comment on a whole paragraph belongs to its question
            node = self.transcript.question_of(fragment)
        if isinstance(node, Question):
            self.placed += 1
            fragment = node.id
        else:
            self.orphans += 1
        created, updated = times_of(number, ident, annotation)
        self.notes.append(
            QuestionNote(
                id=ident,
                transcript_id=self.transcript.id,
                question_id=fragment,
                note=note,
                created=created,
                updated=updated,
            )
        )



def _is_media_target(target: object) -> bool:
    """True for a target selected by a W3C Media Fragment (the recording), not a passage of the text."""
    if not isinstance(target, dict):
        return False
    selector = target.get("selector")
    return isinstance(selector, dict) and selector.get("type") == "FragmentSelector" and (
        selector.get("conformsTo") == MEDIA_FRAGMENTS
    )
