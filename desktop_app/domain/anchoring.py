"""Anchor highlights to paragraph text and find them again after the transcript changes.

Offsets here count Unicode code points, like Python strings and the W3C Web Annotation model. Qt's
``QTextCursor`` counts UTF-16 code units; ``utf16_to_code_points`` and ``code_points_to_utf16``
translate at the boundary. Re-anchoring follows the W3C TextPosition/TextQuote selectors: trust the
stored offsets when they still hold the quote, otherwise search for the quote and let the stored
prefix and suffix pick among the occurrences.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain.annotations import CONTEXT_CHARS, Anchor
from desktop_app.domain.model import Paragraph, Transcript

# Characters outside the Basic Multilingual Plane: two UTF-16 code units, one code point.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# Joins paragraph texts for one fast search; the parser refuses NUL, so no quote spans two paragraphs.
_SEPARATOR = "\x00"


def utf16_to_code_points(text: str, utf16_offset: int, *, round_up: bool = False) -> int:
    """The code-point index in ``text`` of a UTF-16 offset (e.g. a QTextCursor position).

    An offset between the two halves of a surrogate pair rounds down to the start of that character,
    or up past it when ``round_up`` is true: pass ``round_up=True`` for the end of a selection so
    the range still covers the character. Offsets outside the text are clamped to it.
    """
    if utf16_offset <= 0:
        return 0
    astral_before = 0
    for match in _ASTRAL.finditer(text):
        index = match.start()
        unit = index + astral_before  # where this character starts, in UTF-16 units
        if utf16_offset <= unit:
            break
        if utf16_offset == unit + 1:
            return index + 1 if round_up else index
        astral_before += 1
    return min(utf16_offset - astral_before, len(text))


def code_points_to_utf16(text: str, offset: int) -> int:
    """The UTF-16 offset (e.g. for a QTextCursor) of code-point index ``offset`` in ``text``.

    Offsets outside the text are clamped to it.
    """
    offset = max(0, min(offset, len(text)))
    return offset + len(_ASTRAL.findall(text, 0, offset))


def make_anchor(paragraph_id: str, text: str, start: int, end: int) -> Anchor:
    """An anchor for ``text[start:end]`` (code points, clamped to the text) with its context.

    The prefix and suffix hold up to CONTEXT_CHARS code points either side of the quote. Raise
    ValueError when the clamped range is empty.
    """
    start = max(0, min(start, len(text)))
    end = max(0, min(end, len(text)))
    if start >= end:
        raise ValueError(f"empty range {start}..{end} in paragraph {paragraph_id!r}")
    return Anchor(
        paragraph_id=paragraph_id,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


class How(StrEnum):
    """How a highlight was found again."""

    EXACT = "exact"  # the stored offsets still hold the quote
    SAME_PARAGRAPH = "same-paragraph"  # the quote moved within its paragraph
    ELSEWHERE = "elsewhere"  # the quote was found in another paragraph


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an anchor sits in the current transcript: code-point offsets in a paragraph's text."""

    paragraph_id: str
    start: int
    end: int
    how: How


def place(anchor: Anchor, transcript: Transcript) -> Placement | None:
    """Find ``anchor`` in ``transcript``; None when the quote is gone (an orphan, never deleted)."""
    node = transcript.find(anchor.paragraph_id)
    text = node.text if isinstance(node, Paragraph) else None
    placement = _place_in_paragraph(anchor, text)
    return placement if placement is not None else _Corpus(transcript).place(anchor)


def place_all(anchors: Iterable[tuple[str, Anchor]], transcript: Transcript) -> dict[str, Placement | None]:
    """Place every ``(key, anchor)`` pair; the result maps each key to its placement or None.

    The transcript is indexed once per call, and the whole-transcript search only runs for anchors
    whose own paragraph no longer holds the quote. A repeated key keeps the last anchor's result.
    """
    corpus: _Corpus | None = None
    result: dict[str, Placement | None] = {}
    for key, anchor in anchors:
        paragraph = transcript.find(anchor.paragraph_id)
        text = paragraph.text if isinstance(paragraph, Paragraph) else None
        placement = _place_in_paragraph(anchor, text)
        if placement is None:
            if corpus is None:
                corpus = _Corpus(transcript)
            placement = corpus.place(anchor)
        result[key] = placement
    return result


def _place_in_paragraph(anchor: Anchor, text: str | None) -> Placement | None:
    """Steps (a) and (b): the stored offsets, then the best occurrence in the same paragraph."""
    if text is None:
        return None
    start, end, exact = anchor.start, anchor.end, anchor.exact
    if 0 <= start <= end <= len(text) and text[start:end] == exact:
        return Placement(anchor.paragraph_id, start, end, How.EXACT)
    if not exact.strip():
        return None
    best: tuple[int, int] | None = None  # (-score, distance): smaller is better
    found = -1
    index = text.find(exact)
    while index >= 0:
        key = (-_context_score(anchor, text, index, 0, len(text)), abs(index - start))
        if best is None or key < best:
            best, found = key, index
        index = text.find(exact, index + 1)
    if best is None:
        return None
    return Placement(anchor.paragraph_id, found, found + len(exact), How.SAME_PARAGRAPH)


def _context_score(anchor: Anchor, text: str, index: int, lo: int, hi: int) -> int:
    """How well the text around ``text[index:]`` matches the anchor's prefix and suffix.

    ``lo``/``hi`` bound the paragraph within ``text``; the score is the length of the common suffix
    of the stored prefix and the text before, plus the common prefix of the stored suffix and the
    text after.
    """
    prefix, suffix = anchor.prefix, anchor.suffix
    before = text[max(lo, index - len(prefix)) : index]
    after_start = index + len(anchor.exact)
    after = text[after_start : min(hi, after_start + len(suffix))]
    score = 0
    for a, b in zip(reversed(prefix), reversed(before), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(suffix, after, strict=False):
        if a != b:
            break
        score += 1
    return score


class _Corpus:
    """Every paragraph's text joined in reading order, for step (c): the quote anywhere else."""

    def __init__(self, transcript: Transcript) -> None:
        self.ids: list[str] = []
        self.starts: list[int] = []
        parts: list[str] = []
        position = 0
        for paragraph in transcript.paragraphs():
            self.ids.append(paragraph.id)
            self.starts.append(position)
            parts.append(paragraph.text)
            position += len(paragraph.text) + len(_SEPARATOR)
        self.text = _SEPARATOR.join(parts)

    def place(self, anchor: Anchor) -> Placement | None:
        """The occurrence of the quote whose context matches best; ties go to the earliest."""
        exact = anchor.exact
        if not exact.strip() or _SEPARATOR in exact:
            return None
        text = self.text
        prefix, suffix = anchor.prefix, anchor.suffix
        if _SEPARATOR not in prefix and _SEPARATOR not in suffix:
            # A full-context match scores the most possible, and find() returns the earliest one.
            index = text.find(prefix + exact + suffix)
            if index >= 0:
                return self._placement(index + len(prefix), len(exact))
        best_score, found = -1, -1
        index = text.find(exact)
        while index >= 0:
            row = bisect_right(self.starts, index) - 1
            lo = self.starts[row]
            hi = self.starts[row + 1] - len(_SEPARATOR) if row + 1 < len(self.starts) else len(text)
            score = _context_score(anchor, text, index, lo, hi)
            if score > best_score:
                best_score, found = score, index
            index = text.find(exact, index + 1)
        return self._placement(found, len(exact)) if found >= 0 else None

    def _placement(self, index: int, length: int) -> Placement:
        row = bisect_right(self.starts, index) - 1
        start = index - self.starts[row]
        return Placement(self.ids[row], start, start + length, How.ELSEWHERE)
