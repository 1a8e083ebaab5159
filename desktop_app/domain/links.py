"""Links back to a passage: the ``interview-reader://`` URL scheme, written and read without Qt.

Two forms:

* ``interview-reader://open/<transcript-id>#<paragraph-id>`` — a paragraph, optionally with a range of
  its text: ``…#s2-q1-p3:10-24`` (code points, as highlights count them; the end is exclusive);
* ``interview-reader://highlight/<uuid>`` — one stored highlight, wherever it sits now.

Ids are percent-encoded (UTF-8) except for the unreserved characters ``A–Z a–z 0–9 - . _ ~``, so an id
holding ``/ # : %`` or a space survives the round trip, and a link is safe inside Markdown's ``(…)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

from desktop_app.domain.errors import ReaderError
from desktop_app.domain.messages import Message
from desktop_app.domain.model import Paragraph, Transcript

SCHEME = "interview-reader"
PREFIX = f"{SCHEME}://"
OPEN = "open"
HIGHLIGHT = "highlight"

_RANGE = re.compile(r"(\d{1,9})-(\d{1,9})")  # nine digits: far beyond any paragraph, never a huge int
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# ASCII characters that may not stand unencoded in an id: delimiters of the URL and what no URL holds.
_RAW_FORBIDDEN = re.compile(r"[\x00-\x20\x7f/?#\[\]@:\"<>\\^`{|}]")


class LinkError(ReaderError):
    """An ``interview-reader://`` URL that cannot be followed; says what is wrong with it."""

    def __init__(self, url: str, problem: str) -> None:
        shown = url if len(url) <= 200 else url[:200] + "…"
        super().__init__(
            Message(
                "link.refused",
                "{url} is not a link the reader can open: {problem}.",
                url=repr(shown),
                problem=problem,
            ),
            Message(
                "link.looks-like",
                "A link looks like {passage} or {highlight}.",
                passage=f"{PREFIX}{OPEN}/<transcript-id>#<paragraph-id>[:start-end]",
                highlight=f"{PREFIX}{HIGHLIGHT}/<uuid>",
            ),
        )
        self.url = url


@dataclass(frozen=True, slots=True)
class PassageLink:
    """A paragraph of a transcript, and optionally a range of its text (code points, end exclusive)."""

    transcript_id: str
    paragraph_id: str
    start: int | None = None
    end: int | None = None

    @property
    def url(self) -> str:
        """The link as an ``interview-reader://open/…`` URL."""
        return passage_link(self.transcript_id, self.paragraph_id, self.start, self.end)


@dataclass(frozen=True, slots=True)
class HighlightLink:
    """One stored highlight, by its id (a UUID in canonical lower-case form)."""

    highlight_id: str

    @property
    def url(self) -> str:
        """The link as an ``interview-reader://highlight/…`` URL."""
        return highlight_link(self.highlight_id)


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage link resolved against a transcript: the paragraph and the range within its text."""

    paragraph: Paragraph
    start: int
    end: int

    @property
    def text(self) -> str:
        """The linked text (the whole paragraph when the link named no range)."""
        return self.paragraph.text[self.start : self.end]


def _encode(ident: str) -> str:
    return quote(ident, safe="", encoding="utf-8")


def passage_link(
    transcript_id: str, paragraph_id: str, start: int | None = None, end: int | None = None
) -> str:
    """The URL of a paragraph, or of ``[start, end)`` within it; both ends or neither must be given."""
    if not transcript_id or not paragraph_id:
        raise ValueError("a passage link needs a transcript id and a paragraph id")
    url = f"{PREFIX}{OPEN}/{_encode(transcript_id)}#{_encode(paragraph_id)}"
    if start is None and end is None:
        return url
    if start is None or end is None or not 0 <= start <= end:
        raise ValueError(f"a passage range needs 0 <= start <= end, not {start}-{end}")
    return f"{url}:{start}-{end}"


def highlight_link(highlight_id: str) -> str:
    """The URL of a stored highlight; ``highlight_id`` must be a UUID."""
    import uuid  # here: a start-up without a link needs neither it nor the platform module it brings

    try:
        canonical = str(uuid.UUID(highlight_id))
    except ValueError:
        raise ValueError(f"a highlight id is a UUID, not {highlight_id!r}") from None
    return f"{PREFIX}{HIGHLIGHT}/{canonical}"


def is_link(text: str) -> bool:
    """True when ``text`` starts like an ``interview-reader:`` URL (so it is not a file name)."""
    return text[: len(SCHEME) + 1].lower() == f"{SCHEME}:"


def parse_link(url: str) -> PassageLink | HighlightLink:
    """Read an ``interview-reader://`` URL; raises LinkError saying what is wrong with a malformed one."""
    if not is_link(url):
        raise LinkError(url, Message("link.no-prefix", "it does not start with {prefix}", prefix=PREFIX))
    if url[len(SCHEME) + 1 : len(PREFIX)] != "//":
        raise LinkError(url, Message("link.no-slashes", "{scheme}: must be followed by //", scheme=SCHEME))
    rest = url[len(PREFIX) :]
    form, slash, tail = rest.partition("/")
    if form.lower() == OPEN and slash:
        return _parse_open(url, tail)
    if form.lower() == HIGHLIGHT and slash:
        return _parse_highlight(url, tail)
    raise LinkError(
        url,
        Message(
            "link.unknown-form",
            "unknown form {form} (only {open}/… and {highlight}/… exist)",
            form=repr(form),
            open=OPEN,
            highlight=HIGHLIGHT,
        ),
    )


def _parse_open(url: str, tail: str) -> PassageLink:
    path, hashed, fragment = tail.partition("#")
    if not hashed:
        raise LinkError(
            url,
            Message(
                "link.no-paragraph", "the paragraph is missing (#<paragraph-id> after the transcript id)"
            ),
        )
    transcript_id = _decode(url, path, "transcript id")
    paragraph_part, colon, range_part = fragment.partition(":")
    paragraph_id = _decode(url, paragraph_part, "paragraph id")
    if not colon:
        return PassageLink(transcript_id, paragraph_id)
    matched = _RANGE.fullmatch(range_part)
    if matched is None:
        raise LinkError(
            url,
            Message(
                "link.bad-range",
                "the range {range} is not start-end in whole numbers",
                range=repr(range_part),
            ),
        )
    start, end = int(matched[1]), int(matched[2])
    if start > end:
        raise LinkError(
            url,
            Message(
                "link.backwards", "the range starts ({start}) after it ends ({end})", start=start, end=end
            ),
        )
    return PassageLink(transcript_id, paragraph_id, start, end)


def _parse_highlight(url: str, tail: str) -> HighlightLink:
    ident = _decode(url, tail, "highlight id")
    import uuid  # (see highlight_link)

    try:
        return HighlightLink(str(uuid.UUID(ident)))
    except ValueError:
        raise LinkError(
            url, Message("link.not-uuid", "the highlight id {ident} is not a UUID", ident=repr(ident))
        ) from None


def _decode(url: str, raw: str, what: str) -> str:
    """A percent-encoded id, decoded; unencoded delimiters, broken escapes and bad UTF-8 are errors."""
    part = _PARTS.get(what, what)
    if not raw:
        raise LinkError(url, Message("link.empty", "the {part} is empty", part=part))
    forbidden = _RAW_FORBIDDEN.search(raw)
    if forbidden is not None:
        raise LinkError(
            url,
            Message(
                "link.must-encode",
                "the {part} holds {char}, which must be percent-encoded",
                part=part,
                char=repr(forbidden[0]),
            ),
        )
    if _BAD_PERCENT.search(raw):
        raise LinkError(
            url,
            Message(
                "link.bad-percent", "the {part} holds a % that is not followed by two hex digits", part=part
            ),
        )
    try:
        decoded = unquote(raw, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise LinkError(
            url, Message("link.not-utf8", "the {part}'s percent-encoding is not UTF-8", part=part)
        ) from None
    if not decoded.strip() or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in decoded):
        raise LinkError(
            url, Message("link.blank", "the {part} is blank or holds control characters", part=part)
        )
    return decoded


# The parts of a link, as the messages name them.
_PARTS = {
    "transcript id": Message("link.part-transcript", "transcript id"),
    "paragraph id": Message("link.part-paragraph", "paragraph id"),
    "highlight id": Message("link.part-highlight", "highlight id"),
}


class UnresolvedLinkError(ReaderError):
    """A well-formed passage link that does not fit the transcript at hand."""


def resolve(link: PassageLink, transcript: Transcript) -> Passage:
    """The paragraph and range ``link`` names in ``transcript``; UnresolvedLinkError when it is not there."""
    if link.transcript_id != transcript.id:
        raise UnresolvedLinkError(
            Message(
                "link.other-transcript",
                "The link is to the transcript {linked}, but {open} is open.",
                linked=repr(link.transcript_id),
                open=repr(transcript.id),
            ),
            Message("link.open-first", "Open that transcript first."),
        )
    node = transcript.find(link.paragraph_id)
    if not isinstance(node, Paragraph):
        raise UnresolvedLinkError(
            Message(
                "link.no-such-paragraph",
                "The transcript {transcript} has no paragraph {paragraph}.",
                transcript=repr(transcript.id),
                paragraph=repr(link.paragraph_id),
            ),
            Message("link.edited", "It may have been edited since the link was made."),
        )
    length = len(node.text)
    if link.start is None or link.end is None:
        return Passage(node, 0, length)
    if link.end > length:
        raise UnresolvedLinkError(
            Message(
                "link.out-of-range",
                "The paragraph {paragraph} has {length} characters; the link asks for {start}-{end}.",
                paragraph=repr(link.paragraph_id),
                length=length,
                start=link.start,
                end=link.end,
            ),
            Message("link.transcript-edited", "The transcript may have been edited since the link was made."),
        )
    return Passage(node, link.start, link.end)
