"""The W3C Web Annotation export: an AnnotationCollection (JSON-LD) any annotation tool can read.

Each highlight is one Annotation on a paragraph, ``urn:x-interview-reader:<transcript id>#<paragraph
id>`` (or ``<base_uri>#<paragraph id>``), selected by a TextQuoteSelector and a TextPositionSelector
(code points). Its colour is the target's ``styleClass`` (e.g. ``yellow``) with a CssStylesheet
that paints it; the colour's label is a ``tagging`` body, the note a ``commenting`` body. A question
note is a ``commenting`` Annotation on ``…#<question id>``.

What the model has no word for is kept in the reader's own vocabulary, declared in the collection's
``@context`` (so JSON-LD processors keep it): ``transcript`` (transcript id), ``question``
(question id), ``speaker`` and ``group`` (the id shared by the parts of a highlight that spans
paragraphs). Deleted highlights and notes are not exported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import quote, urljoin

from desktop_app.domain.anchoring import Placement, make_anchor
from desktop_app.domain.annotations import PAINT, Color, Highlight, QuestionNote
from desktop_app.domain.export.common import Item, label_for, reading_order, without_controls
from desktop_app.domain.media_times import MEDIA_FRAGMENTS, Timeline, media_fragment
from desktop_app.domain.model import Paragraph, Transcript

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
URN_PREFIX = "urn:x-interview-reader:"
VOCAB = URN_PREFIX + "vocab#"
READER_TERMS = ("transcript", "question", "speaker", "group")
CONTEXT: list[Any] = [ANNO_CONTEXT, {"reader": VOCAB, **{t: f"reader:{t}" for t in READER_TERMS}}]

# The shape of an RFC 3339 date-time; a time that is not one is left out of the export.
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_URI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_URI_FORBIDDEN = re.compile(r'[\x00-\x20\x7f<>"{}|\\^`#]')


def is_date_time(value: str) -> bool:
    """True for an RFC 3339 date-time with a time zone, as the W3C model requires."""
    if not _DATE_TIME.match(value):
        return False
    try:
        datetime.fromisoformat(value.upper())
    except ValueError:
        return False
    return True


def uri_part(value: str) -> str:
    """``value`` percent-encoded for use inside a URI (ids are usually left as they are)."""
    return quote(value, safe="-._~")


def document_uri(transcript: Transcript, base_uri: str | None = None) -> str:
    """The URI that stands for the transcript: ``base_uri``, or ``urn:x-interview-reader:<id>``.

    Raise ValueError when ``base_uri`` is not an absolute URI without a fragment.
    """
    if base_uri is None:
        return URN_PREFIX + uri_part(transcript.id)
    if not _URI_SCHEME.match(base_uri) or _URI_FORBIDDEN.search(base_uri):
        raise ValueError(f"base URI {base_uri!r} must be an absolute URI without spaces or '#'")
    return base_uri


def to_w3c(
    transcript: Transcript,
    highlights: Iterable[Highlight],
    placements: Mapping[str, Placement | None],
    notes: Iterable[QuestionNote],
    labels: Mapping[Color, str],
    *,
    base_uri: str | None = None,
) -> dict[str, Any]:
    """Every live annotation as a W3C ``AnnotationCollection`` with one embedded page.

    A placed highlight is described where it sits now (its placement, the current text around
    it); an orphan by its stored anchor.
    """
    doc = document_uri(transcript, base_uri)
    timeline = Timeline(transcript) if transcript.media else None
    annotations = [
        _annotation(item, transcript, doc, labels, timeline)
        for item in reading_order(transcript, highlights, placements, notes)
    ]
    return {
        "@context": CONTEXT,
        "id": doc + "/annotations",
        "type": "AnnotationCollection",
        "label": f"「{transcript.title}」的批注 / Annotations",
        "total": len(annotations),
        "first": {
            "id": doc + "/annotations/page1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": annotations,
        },
    }


def dumps_w3c(
    transcript: Transcript,
    highlights: Iterable[Highlight],
    placements: Mapping[str, Placement | None],
    notes: Iterable[QuestionNote],
    labels: Mapping[Color, str],
    *,
    base_uri: str | None = None,
) -> str:
    """``to_w3c`` as indented JSON text, non-ASCII characters kept as they are."""
    made = to_w3c(transcript, highlights, placements, notes, labels, base_uri=base_uri)
    collection = without_controls(made)
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


def _annotation(
    item: Item, transcript: Transcript, doc: str, labels: Mapping[Color, str], timeline: Timeline | None
) -> dict[str, Any]:
    annotation: dict[str, Any] = {"id": "urn:uuid:" + uri_part(item.id), "type": "Annotation"}
    for key, value in (("created", item.created), ("modified", item.updated)):
        if is_date_time(value):
            annotation[key] = value
    highlight = item.highlight
    if highlight is None:
        assert item.question_note is not None
        annotation["motivation"] = "commenting"
        annotation["body"] = _note_body(item.note, transcript)
        annotation["target"] = doc + "#" + uri_part(item.question_note.question_id)
        annotation["transcript"] = transcript.id
        return annotation
    color = highlight.color
    bodies = [_note_body(highlight.note, transcript)] if highlight.note else []
    label = label_for(labels, color)
    bodies.append({"type": "TextualBody", "value": label, "format": "text/plain", "purpose": "tagging"})
    annotation["motivation"] = "commenting" if highlight.note else "highlighting"
    annotation["body"] = bodies
    anchor = highlight.anchor
    if item.placement is not None and isinstance(item.paragraph, Paragraph):
        p = item.placement
        anchor = make_anchor(p.paragraph_id, item.paragraph.text, p.start, p.end)
    quote_selector = {"type": "TextQuoteSelector", "exact": anchor.exact}
    if anchor.prefix:
        quote_selector["prefix"] = anchor.prefix
    if anchor.suffix:
        quote_selector["suffix"] = anchor.suffix
    annotation["target"] = {
        "type": "SpecificResource",
        "source": doc + "#" + uri_part(anchor.paragraph_id),
        "styleClass": str(color),
        "selector": [
            quote_selector,
            {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end},
        ],
    }
    media = _media_target(item, transcript, doc, timeline)
    if media is not None:
        annotation["target"] = [annotation["target"], media]
    annotation["stylesheet"] = {
        "type": "CssStylesheet",
        "value": f".{color} {{ background-color: {PAINT[color]}; }}",
    }
    annotation["transcript"] = transcript.id
    if item.placement is not None:
        annotation["question"] = item.question.id if item.question is not None else ""
    else:
        annotation["question"] = highlight.question_id
    annotation["speaker"] = highlight.speaker
    annotation["group"] = highlight.group_id
    return annotation


def media_uri(transcript: Transcript, doc: str) -> str:
    """The URI of the transcript's recording: its path under ``doc`` (a base URI, or the transcript's URN)."""
    path = quote(transcript.media.replace("\\", "/"), safe="/-._~")
    if doc.startswith(URN_PREFIX):
        return f"{doc}/media/{path}"
    return urljoin(doc, path)


def _media_target(
    item: Item, transcript: Transcript, doc: str, timeline: Timeline | None
) -> dict[str, Any] | None:
    """The recording, from the highlight's paragraph to the next one, as a W3C Media Fragment target."""
    if timeline is None or item.placement is None:
        return None
    span = timeline.span(item.placement.paragraph_id)
    if span is None:
        return None
    return {
        "type": "SpecificResource",
        "source": media_uri(transcript, doc),
        "selector": {
            "type": "FragmentSelector", "conformsTo": MEDIA_FRAGMENTS, "value": media_fragment(span)
        },
    }


def _note_body(note: str, transcript: Transcript) -> dict[str, Any]:
    body: dict[str, Any] = {"type": "TextualBody", "value": note, "format": "text/plain"}
    language = language_tag(transcript.language)
    if language:
        body["language"] = language
    body["purpose"] = "commenting"
    return body


def language_tag(language: str) -> str:
    """``language`` as a BCP 47 tag (``zh_CN`` → ``zh-CN``); '' when it cannot be one."""
    primary, _, rest = language.strip().replace("_", "-").partition("-")
    tag = primary.lower() + ("-" + rest if rest else "")
    return tag if _LANGUAGE.match(tag) else ""
