"""The fields of a W3C Web Annotation document, read and checked: JSON, selectors, times, bodies, colours.

Everything here raises :class:`ImportFileError` with what is wrong and what to do; ``w3c_import`` matches
what these functions return to the open transcript.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from desktop_app.domain.annotations import Color
from desktop_app.domain.errors import ReaderError
from desktop_app.domain.messages import Message

# Far beyond any paragraph, and far inside SQLite's 64-bit integers.
MAX_OFFSET = 2**31 - 1
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$")
EXPORT_AGAIN = Message(
    "w3c.export-again",
    "Export the annotations again from 访谈阅读器 (W3C Web Annotation format) and import that file.",
)
_EMPTY = Message("w3c.empty", "The file is empty.")
_CUT_SHORT = Message("w3c.cut-short", "; the file ends too early, it may have been cut short")


class ImportFileError(ReaderError):
    """A file that cannot be imported as W3C Web Annotations: what is wrong, and what to do."""



def load_document(data: bytes | str) -> Any:
    """The JSON document in ``data``; ImportFileError for empty, binary or incomplete data."""
    if isinstance(data, bytes):
        if not data.strip():
            raise ImportFileError(_EMPTY, EXPORT_AGAIN)
        if b"\x00" in data:
            raise ImportFileError(
                Message("w3c.binary", "The file holds binary data, not annotation text."), EXPORT_AGAIN
            )
        try:
            text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
        except UnicodeDecodeError as e:
            raise ImportFileError(
                Message(
                    "w3c.not-utf8",
                    "The file is not UTF-8 text (byte 0x{byte} at offset {offset}).",
                    byte=f"{data[e.start]:02x}",
                    offset=e.start,
                ),
                EXPORT_AGAIN,
            ) from None
    else:
        text = data
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ImportFileError(_EMPTY, EXPORT_AGAIN)
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        end = text.rstrip()
        opened = text.lstrip()[:1] in ("{", "[") and e.msg != "Extra data"
        cut = opened and (e.pos >= len(end) or e.msg.startswith("Unterminated") or end[-1] not in "]}")
        ending = _CUT_SHORT if cut else ""
        raise ImportFileError(
            Message(
                "w3c.not-json",
                "The file is not valid JSON ({error}, line {line}, column {column}){ending}.",
                error=e.msg,
                line=e.lineno,
                column=e.colno,
                ending=ending,
            ),
            EXPORT_AGAIN,
        ) from None
    except RecursionError:
        problem = Message("w3c.too-deep", "The file's JSON is nested too deeply to be annotations.")
        raise ImportFileError(problem, EXPORT_AGAIN) from None
    except ValueError:  # Python refuses to read a number of thousands of digits
        problem = Message("w3c.long-number", "The file's JSON holds a number too long to be read.")
        raise ImportFileError(problem, EXPORT_AGAIN) from None


def types_of(node: Any) -> set[str]:
    """The node's ``type`` values, as a set."""
    kind = node.get("type") if isinstance(node, dict) else None
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


def annotations_of(doc: Any) -> list[dict[str, Any]]:
    """The annotations in a collection, a page, a list or a single annotation."""
    not_annotations = ImportFileError(
        Message(
            "w3c.not-annotations",
            "The file holds JSON, but not W3C Web Annotations (no Annotation, AnnotationPage or "
            "AnnotationCollection).",
        ),
        EXPORT_AGAIN,
    )
    if isinstance(doc, list):
        items: Any = doc
    elif "AnnotationCollection" in types_of(doc):
        first = doc.get("first")
        if first is None and doc.get("total") == 0:
            return []
        if isinstance(first, str):
            raise ImportFileError(
                Message(
                    "w3c.first-is-link",
                    "The collection's annotations are not in this file: its first page is only a link.",
                ),
                Message(
                    "w3c.save-page",
                    "Save the annotation page itself, or export the annotations from 访谈阅读器.",
                ),
            )
        if not isinstance(first, dict) or not isinstance(first.get("items"), list):
            raise not_annotations
        items = first["items"]
    elif "AnnotationPage" in types_of(doc):
        if not isinstance(doc.get("items"), list):
            raise not_annotations
        items = doc["items"]
    elif "Annotation" in types_of(doc):
        items = [doc]
    else:
        raise not_annotations
    for number, item in enumerate(items, 1):
        if "Annotation" not in types_of(item):
            raise ImportFileError(
                Message(
                    "w3c.not-annotation", "Item {number} of the file is not a W3C Annotation.", number=number
                ),
                EXPORT_AGAIN,
            )
        check_unicode(number, item)
    return list(items)


def check_unicode(number: int, item: Any) -> None:
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
                    Message(
                        "w3c.surrogate",
                        "Annotation {number} of the file holds text that is not valid Unicode "
                        "(a lone surrogate, \\u{code}).",
                        number=number,
                        code=f"{ord(node[e.start]):04x}",
                    ),
                    EXPORT_AGAIN,
                ) from None


def flatten(selectors: Any) -> Iterator[dict[str, Any]]:
    """Every selector, refinements included (a FragmentSelector refined by a TextQuoteSelector)."""
    if isinstance(selectors, dict):
        yield selectors
        yield from flatten(selectors.get("refinedBy"))
    elif isinstance(selectors, list):
        for selector in selectors:
            yield from flatten(selector)


def positions(number: int, ident: str, selector: dict[str, Any] | None, length: int) -> tuple[int, int]:
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
        Message(
            "w3c.bad-positions",
            "Annotation {number} ({ident}) has a TextPositionSelector whose start and end "
            "({start}, {end}) are not offsets in a paragraph.",
            number=number,
            ident=ident,
            start=shown(start),
            end=shown(end),
        ),
        EXPORT_AGAIN,
    )


def shown(value: Any) -> str:
    """A value for a message, cut short: a number of a million digits is not worth printing."""
    if isinstance(value, dict | list):
        if isinstance(value, dict):
            return Message("w3c.an-object", "an object")
        return Message("w3c.a-list", "a list")
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**30:
        return Message("w3c.huge-number", "a huge number")
    text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= 40 else text[:37] + "..."


def optional_text(number: int, ident: str, node: dict[str, Any], key: str) -> None:
    """Refuse ``node[key]`` when it is there but not a string."""
    if key in node and not isinstance(node[key], str):
        raise ImportFileError(
            Message(
                "w3c.not-text",
                "Annotation {number} ({ident}): its “{key}” is {value}, not text.",
                number=number,
                ident=ident,
                key=key,
                value=shown(node[key]),
            ),
            EXPORT_AGAIN,
        )


def times_of(number: int, ident: str, annotation: dict[str, Any]) -> tuple[str, str]:
    """``(created, updated)`` in the store's form; ``updated`` is ``modified``, else ``created``."""
    created = time_of(number, ident, annotation, "created")
    return created, time_of(number, ident, annotation, "modified") or created


def time_of(number: int, ident: str, annotation: dict[str, Any], key: str) -> str:
    """An RFC 3339 time as ``YYYY-MM-DDTHH:MM:SS.mmmZ`` (UTC), or ``''`` when there is none.

    Times are compared as strings to decide which edit is newer, so one in another form (or not a
    time at all, like ``"zzzz"``) would win against every later edit.
    """
    value = text_of(annotation, key)
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
            Message(
                "w3c.bad-time",
                "Annotation {number} ({ident}): its “{key}” time {value} is not an RFC 3339 "
                "date and time (like 2026-02-03T04:05:06.000Z).",
                number=number,
                ident=ident,
                key=key,
                value=shown(value),
            ),
            EXPORT_AGAIN,
        )
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def text_of(node: dict[str, Any], key: str) -> str:
    """``node[key]`` when it is text, else ''."""
    value = node.get(key)
    return value if isinstance(value, str) else ""


def bodies(annotation: dict[str, Any]) -> list[dict[str, Any]]:
    """The annotation's bodies that are objects."""
    body = annotation.get("body")
    items = body if isinstance(body, list) else [body]
    return [b for b in items if isinstance(b, dict)]


def note_of(annotation: dict[str, Any]) -> str:
    """The text of the commenting bodies (or of ``bodyValue``), joined by blank lines."""
    parts: list[str] = []
    if isinstance(annotation.get("bodyValue"), str):
        parts.append(annotation["bodyValue"])
    for body in bodies(annotation):
        purpose = body.get("purpose")
        if purpose in (None, "commenting", "describing") and isinstance(body.get("value"), str):
            parts.append(body["value"])
    return "\n\n".join(parts)


def color_of(style: Any, annotation: dict[str, Any]) -> Color:
    """The colour from the target's styleClass, or a ``color:<key>`` tag; yellow if neither says."""
    candidates = [style] if isinstance(style, str) else []
    for body in bodies(annotation):
        value = body.get("value")
        if body.get("purpose") == "tagging" and isinstance(value, str) and value.startswith("color:"):
            candidates.append(value.removeprefix("color:"))
    for candidate in candidates:
        try:
            return Color(candidate.strip())
        except ValueError:
            continue
    return Color.YELLOW
