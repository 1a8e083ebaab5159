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

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

from desktop_app.domain.anchoring import make_anchor, place
from desktop_app.domain.annotations import Anchor, Color, Highlight, QuestionNote
from desktop_app.domain.errors import ReaderError
from desktop_app.domain.export.w3c import URN_PREFIX
from desktop_app.domain.model import Paragraph, Question, Transcript

# An export of the largest transcript with highlights on much of it fits in this; more is no export.
MAX_IMPORT_BYTES = 128 * 1024 * 1024
_PARAGRAPH_OF_QUESTION = re.compile(r"^(s\d+-q\d+)-p\d+$")
# Far beyond any paragraph, and far inside SQLite's 64-bit integers.
MAX_OFFSET = 2**31 - 1
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$")
_EXPORT_AGAIN = (
    "Export the annotations again from 访谈阅读器 (W3C Web Annotation format) and import that file."
)


class ImportFileError(ReaderError):
    """A file that cannot be imported as W3C Web Annotations: what is wrong, and what to do."""


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
    annotations = _annotations_of(_load(data))
    reader = _Reader(transcript)
    for number, annotation in enumerate(annotations, 1):
        reader.read(number, annotation)
    total = len(annotations)
    if total and reader.placed == 0:
        if reader.skipped == total:
            others = "', '".join(sorted(reader.other_transcripts))
            raise ImportFileError(
                f"{_none_belong(total)}: they were made on '{others}', "
                f"not on '{transcript.id}'.",
                "Open that transcript, then import the file again.",
            )
        raise ImportFileError(
            f"{_none_belong(total)}: none of their passages or "
            f"questions is in 「{transcript.title}」.",
            "Check that the file holds the annotations of this interview.",
        )
    return ImportResult(
        reader.highlights, reader.notes, reader.orphans, reader.skipped, tuple(reader.skipped_reasons)
    )


def _none_belong(total: int) -> str:
    if total == 1:
        return "The file's only annotation does not belong to this transcript"
    return f"None of the {total} annotations in the file belong to this transcript"


def _load(data: bytes | str) -> Any:
    if isinstance(data, bytes):
        if not data.strip():
            raise ImportFileError("The file is empty.", _EXPORT_AGAIN)
        if b"\x00" in data:
            raise ImportFileError("The file holds binary data, not annotation text.", _EXPORT_AGAIN)
        try:
            text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
        except UnicodeDecodeError as e:
            raise ImportFileError(
                f"The file is not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}).", _EXPORT_AGAIN
            ) from None
    else:
        text = data
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ImportFileError("The file is empty.", _EXPORT_AGAIN)
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        end = text.rstrip()
        opened = text.lstrip()[:1] in ("{", "[") and e.msg != "Extra data"
        cut = opened and (e.pos >= len(end) or e.msg.startswith("Unterminated") or end[-1] not in "]}")
        ending = "; the file ends too early, it may have been cut short" if cut else ""
        raise ImportFileError(
            f"The file is not valid JSON ({e.msg}, line {e.lineno}, column {e.colno}){ending}.",
            _EXPORT_AGAIN,
        ) from None
    except RecursionError:
        problem = "The file's JSON is nested too deeply to be annotations."
        raise ImportFileError(problem, _EXPORT_AGAIN) from None
    except ValueError:  # Python refuses to read a number of thousands of digits
        problem = "The file's JSON holds a number too long to be read."
        raise ImportFileError(problem, _EXPORT_AGAIN) from None


def _types(node: Any) -> set[str]:
    kind = node.get("type") if isinstance(node, dict) else None
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


def _annotations_of(doc: Any) -> list[dict[str, Any]]:
    """The annotations in a collection, a page, a list or a single annotation."""
    not_annotations = ImportFileError(
        "The file holds JSON, but not W3C Web Annotations (no Annotation, AnnotationPage or "
        "AnnotationCollection).",
        _EXPORT_AGAIN,
    )
    if isinstance(doc, list):
        items: Any = doc
    elif "AnnotationCollection" in _types(doc):
        first = doc.get("first")
        if first is None and doc.get("total") == 0:
            return []
        if isinstance(first, str):
            raise ImportFileError(
                "The collection's annotations are not in this file: its first page is only a link.",
                "Save the annotation page itself, or export the annotations from 访谈阅读器.",
            )
        if not isinstance(first, dict) or not isinstance(first.get("items"), list):
            raise not_annotations
        items = first["items"]
    elif "AnnotationPage" in _types(doc):
        if not isinstance(doc.get("items"), list):
            raise not_annotations
        items = doc["items"]
    elif "Annotation" in _types(doc):
        items = [doc]
    else:
        raise not_annotations
    for number, item in enumerate(items, 1):
        if "Annotation" not in _types(item):
            raise ImportFileError(f"Item {number} of the file is not a W3C Annotation.", _EXPORT_AGAIN)
        _check_unicode(number, item)
    return list(items)


def _check_unicode(number: int, item: Any) -> None:
    """Refuse an annotation holding a lone surrogate (valid JSON, but not text anyone can store)."""
    stack = [item]
    while stack:  # a loop, not recursion: JSON nested as deep as the parser allows must not overflow
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str):
            try:
                node.encode("utf-8")
            except UnicodeEncodeError as e:
                raise ImportFileError(
                    f"Annotation {number} of the file holds text that is not valid Unicode "
                    f"(a lone surrogate, \\u{ord(node[e.start]):04x}).",
                    _EXPORT_AGAIN,
                ) from None


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
            _optional_text(number, ident, annotation, key)
        if document.startswith(URN_PREFIX):
            transcript_id = unquote(document[len(URN_PREFIX) :])
        else:
            transcript_id = _text(annotation, "transcript") or self.transcript.id
        if transcript_id != self.transcript.id:
            self.skipped += 1
            self.other_transcripts.add(transcript_id)
            self.skipped_reasons.append((ident, f"it was made on the transcript '{transcript_id}'"))
            return
        quote = position = None
        for selector in _flatten(selectors):
            kind = _types(selector)
            if "FragmentSelector" in kind and isinstance(selector.get("value"), str):
                fragment = selector["value"]
            elif "TextQuoteSelector" in kind and quote is None:
                quote = selector
            elif "TextPositionSelector" in kind and position is None:
                position = selector
        note = _note(annotation)
        if quote is None and position is None:
            self._question_note(number, ident, fragment, note, annotation)
            return
        if quote is None:
            raise ImportFileError(
                f"Annotation {number} ({ident}) has a TextPositionSelector but no TextQuoteSelector.",
                "The reader needs the quoted text to find the passage. " + _EXPORT_AGAIN,
            )
        self._highlight(number, ident, fragment, quote, position, style, note, annotation)

    def _id(self, number: int, annotation: dict[str, Any]) -> str:
        raw = annotation.get("id")
        if not isinstance(raw, str) or not raw.strip():
            raise ImportFileError(f"Annotation {number} of the file has no id.", _EXPORT_AGAIN)
        ident = unquote(raw.removeprefix("urn:uuid:"))
        if ident in self.seen:
            raise ImportFileError(f"The file holds annotation {raw} twice.", _EXPORT_AGAIN)
        self.seen.add(ident)
        return ident

    def _target(self, number: int, annotation: dict[str, Any]) -> tuple[str, Any, Any]:
        """``(source URI, selector(s), styleClass)`` of the annotation's one target."""
        target = annotation.get("target")
        if isinstance(target, list) and len(target) == 1:
            target = target[0]
        if isinstance(target, str):
            return target, [], None
        if isinstance(target, dict):
            source = target.get("source", target.get("id"))
            if isinstance(source, dict):
                source = source.get("id")
            if isinstance(source, str):
                return source, target.get("selector", []), target.get("styleClass")
        raise ImportFileError(
            f"Annotation {number} of the file has no target this reader understands "
            "(one passage or question of the transcript).",
            _EXPORT_AGAIN,
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
            raise ImportFileError(f"Annotation {number} ({ident}) quotes no text.", _EXPORT_AGAIN)
        for key in ("prefix", "suffix"):
            _optional_text(number, ident, quote, key)
        start, end = _positions(number, ident, position, len(exact))
        stored = Anchor(fragment, start, end, exact, _text(quote, "prefix"), _text(quote, "suffix"))
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
            question_id = _text(annotation, "question")
            if "question" not in annotation:
                match = _PARAGRAPH_OF_QUESTION.match(fragment)
                question_id = match.group(1) if match else ""
            if not isinstance(speaker, str):
                speaker = ""
        created, updated = _times(number, ident, annotation)
        self.highlights.append(
            Highlight(
                id=ident,
                transcript_id=self.transcript.id,
                content_hash=self.transcript.content_hash,
                anchor=anchor,
                question_id=question_id,
                speaker=speaker,
                color=_color(style, annotation),
                note=note,
                group_id=_text(annotation, "group") or ident,
                created=created,
                updated=updated,
            )
        )

    def _question_note(
        self, number: int, ident: str, fragment: str, note: str, annotation: dict[str, Any]
    ) -> None:
        if not note:
            raise ImportFileError(
                f"Annotation {number} ({ident}) selects no passage and holds no note.", _EXPORT_AGAIN
            )
        node = self.transcript.find(fragment) if fragment else None
        if isinstance(node, Paragraph):  # a comment on a whole paragraph belongs to its question
            node = self.transcript.question_of(fragment)
        if isinstance(node, Question):
            self.placed += 1
            fragment = node.id
        else:
            self.orphans += 1
        created, updated = _times(number, ident, annotation)
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


def _flatten(selectors: Any) -> Iterator[dict[str, Any]]:
    """Every selector, refinements included (a FragmentSelector refined by a TextQuoteSelector)."""
    if isinstance(selectors, dict):
        yield selectors
        yield from _flatten(selectors.get("refinedBy"))
    elif isinstance(selectors, list):
        for selector in selectors:
            yield from _flatten(selector)


def _positions(number: int, ident: str, selector: dict[str, Any] | None, length: int) -> tuple[int, int]:
    """The selector's start and end; ``(0, length)`` when there is none (then the quote decides).

    A position selector that is there must be whole numbers with ``0 <= start <= end <= MAX_OFFSET``:
    anything else is a damaged file, not a hint to ignore.
    """
    if selector is None:
        return 0, length
    start, end = selector.get("start"), selector.get("end")
    if type(start) is int and type(end) is int and 0 <= start <= end <= MAX_OFFSET:
        return start, end
    raise ImportFileError(
        f"Annotation {number} ({ident}) has a TextPositionSelector whose start and end "
        f"({_shown(start)}, {_shown(end)}) are not offsets in a paragraph.",
        _EXPORT_AGAIN,
    )


def _shown(value: Any) -> str:
    """A value for a message, cut short: a number of a million digits is not worth printing."""
    if isinstance(value, dict | list):
        return "an object" if isinstance(value, dict) else "a list"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**30:
        return "a huge number"
    text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= 40 else text[:37] + "..."


def _optional_text(number: int, ident: str, node: dict[str, Any], key: str) -> None:
    """Refuse ``node[key]`` when it is there but not a string."""
    if key in node and not isinstance(node[key], str):
        raise ImportFileError(
            f"Annotation {number} ({ident}): its “{key}” is {_shown(node[key])}, not text.", _EXPORT_AGAIN
        )


def _times(number: int, ident: str, annotation: dict[str, Any]) -> tuple[str, str]:
    """``(created, updated)`` in the store's form; ``updated`` is ``modified``, else ``created``."""
    created = _time(number, ident, annotation, "created")
    return created, _time(number, ident, annotation, "modified") or created


def _time(number: int, ident: str, annotation: dict[str, Any], key: str) -> str:
    """An RFC 3339 time as ``YYYY-MM-DDTHH:MM:SS.mmmZ`` (UTC), or ``''`` when there is none.

    Times are compared as strings to decide which edit is newer, so one in another form (or not a
    time at all, like ``"zzzz"``) would win against every later edit.
    """
    value = _text(annotation, key)
    if not value:
        return ""
    moment: datetime | None = None
    if _RFC3339.match(value):
        text = value.upper().replace(" ", "T").replace("Z", "+00:00")
        head, dot, rest = text.partition(".")
        if dot:  # fromisoformat takes 3 or 6 digits of a second's fraction only
            digits = re.match(r"\d+", rest)
            assert digits is not None
            text = f"{head}.{digits.group()[:6].ljust(6, '0')}{rest[digits.end() :]}"
        try:
            moment = datetime.fromisoformat(text).astimezone(UTC)
        except (ValueError, OverflowError):
            moment = None
    if moment is None:
        raise ImportFileError(
            f"Annotation {number} ({ident}): its “{key}” time {_shown(value)} is not an RFC 3339 "
            "date and time (like 2026-02-03T04:05:06.000Z).",
            _EXPORT_AGAIN,
        )
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _text(node: dict[str, Any], key: str) -> str:
    value = node.get(key)
    return value if isinstance(value, str) else ""


def _bodies(annotation: dict[str, Any]) -> list[dict[str, Any]]:
    body = annotation.get("body")
    items = body if isinstance(body, list) else [body]
    return [b for b in items if isinstance(b, dict)]


def _note(annotation: dict[str, Any]) -> str:
    """The text of the commenting bodies (or of ``bodyValue``), joined by blank lines."""
    parts: list[str] = []
    if isinstance(annotation.get("bodyValue"), str):
        parts.append(annotation["bodyValue"])
    for body in _bodies(annotation):
        purpose = body.get("purpose")
        if purpose in (None, "commenting", "describing") and isinstance(body.get("value"), str):
            parts.append(body["value"])
    return "\n\n".join(parts)


def _color(style: Any, annotation: dict[str, Any]) -> Color:
    """The colour from the target's styleClass, or a ``color:<key>`` tag; yellow if neither says."""
    candidates = [style] if isinstance(style, str) else []
    for body in _bodies(annotation):
        value = body.get("value")
        if body.get("purpose") == "tagging" and isinstance(value, str) and value.startswith("color:"):
            candidates.append(value.removeprefix("color:"))
    for candidate in candidates:
        try:
            return Color(candidate.strip())
        except ValueError:
            continue
    return Color.YELLOW
