r"""The Markdown export: highlights and notes for Obsidian, Logseq or a blog post.

User text (quotes, notes, speaker names, labels, titles) is escaped so that it reads as text in
CommonMark renderers (Obsidian, Logseq, markdown-it) and in Python-Markdown (MkDocs, Pelican):

* backslash before ``\ ` * _ [ ] { } # >``, which both families honour, and before a ``-`` or
  ``+`` that starts a line (a list item, a rule such as ``---``) and the ``.``/``)`` of a number
  that starts a line (an ordered list);
* a character reference for what Python-Markdown cannot backslash-escape: ``<`` (raw HTML),
  ``=`` (``==highlight==`` and setext headings), ``|`` (tables), ``~`` (strikethrough), ``$``
  (maths in Obsidian), ``%%`` (Obsidian comments), a ``:`` that starts a line (definition lists)
  and an ``&`` that would start an entity;
* ``((`` and ``))`` (Logseq block references) get a backslash before each bracket.

Each line of user text is stripped (leading spaces would start a code block) and blank lines are
dropped, so a note stays one paragraph whose lines end in hard breaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import yaml

from desktop_app.domain.anchoring import Placement
from desktop_app.domain.annotations import Color, Highlight, QuestionNote
from desktop_app.domain.export.common import (
    HIGHLIGHT,
    ORPHAN,
    ORPHANS_TITLE,
    PREFACE_TITLE,
    QUESTION_NOTE,
    QUESTION_NOTE_TITLE,
    Item,
    label_for,
    one_line,
    reading_order,
)
from desktop_app.domain.links import highlight_link, passage_link
from desktop_app.domain.media_times import clock
from desktop_app.domain.model import Paragraph, Transcript

_BACKSLASHED = frozenset("\\`*_[]{}#>")
_REFERENCES = {"<": "&lt;", "=": "&#61;", "|": "&#124;", "~": "&#126;", "$": "&#36;"}
_ENTITY_AHEAD = re.compile(r"&#?[A-Za-z0-9]+;")
_ORDERED_START = re.compile(r"^(\d+)([.)])")
_HARD_BREAK = "  \n"


def escape_inline(text: str) -> str:
    """``text`` escaped so that no character in it starts Markdown syntax within a line."""
    out: list[str] = []
    for i, ch in enumerate(text):
        after = text[i + 1 : i + 2]
        if ch in _BACKSLASHED:
            out.append("\\" + ch)
        elif ch in _REFERENCES:
            out.append(_REFERENCES[ch])
        elif ch == "&" and _ENTITY_AHEAD.match(text, i):
            out.append("&amp;")
        elif ch in "()" and after == ch:
            out.append("\\" + ch)
        elif ch == "%" and (after == "%" or text[i - 1 : i] == "%"):
            out.append("&#37;")
        else:
            out.append(ch)
    return "".join(out)


def _guard_line_start(line: str) -> str:
    """Escape what only means something at the start of a line (``line`` is already inline-escaped)."""
    if line[:1] in ("-", "+"):
        return "\\" + line
    if line[:1] == ":":
        return "&#58;" + line[1:]
    return _ORDERED_START.sub(r"\1\\\2", line, count=1)


def escape_lines(text: str) -> list[str]:
    """The non-blank lines of ``text``, stripped and escaped, ready to join with hard breaks."""
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if line:
            lines.append(_guard_line_start(escape_inline(line)))
    return lines


def to_markdown(
    transcript: Transcript,
    highlights: Iterable[Highlight],
    placements: Mapping[str, Placement | None],
    notes: Iterable[QuestionNote],
    labels: Mapping[Color, str],
    *,
    whole: bool = False,
    exported_at: str,
) -> str:
    """The reader's annotations as Markdown with YAML front matter.

    With ``whole`` false only annotated questions appear, each highlight as a blockquote with its
    speaker, colour label and note; with ``whole`` true every paragraph of the transcript appears
    with its speaker, highlighted passages marked ``==like this==``, each followed by its
    highlights' blockquotes. Question notes sit under their question; annotations that cannot be
    placed come last, under "未能定位 / Could not place".
    """
    items = reading_order(transcript, highlights, placements, notes)
    blocks = [_front_matter(transcript, exported_at), "# " + escape_inline(one_line(transcript.title))]
    if whole:
        blocks += _whole_body(transcript, items, labels)
    else:
        blocks += _annotated_body(items, labels)
    orphans = [item for item in items if item.kind == ORPHAN]
    if orphans:
        blocks.append("## " + escape_inline(ORPHANS_TITLE))
        for item in orphans:
            blocks += _item_blocks(item, labels)
    return "\n\n".join(blocks) + "\n"


def _front_matter(transcript: Transcript, exported_at: str) -> str:
    meta = {
        "title": transcript.title,
        "source": transcript.source,
        "speakers": [{"name": s.name, "role": str(s.role)} for s in transcript.speakers],
        "exported": exported_at,
    }
    # safe_dump quotes anything YAML could misread and indents continuation lines, so no line of
    # a value can be a bare '---' that would end the front matter early.
    dumped = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1_000_000)
    return "---\n" + dumped + "---"


def _annotated_body(items: list[Item], labels: Mapping[Color, str]) -> list[str]:
    blocks: list[str] = []
    section_key: str | None = None
    question_key: str | None = None
    for item in items:
        if item.kind == ORPHAN:
            continue
        if item.question is None or item.section is None:  # a highlight in the preface
            if section_key != "":
                blocks.append("## " + escape_inline(PREFACE_TITLE))
                section_key, question_key = "", None
        else:
            if item.section.id != section_key:
                section_key, question_key = item.section.id, None
                if item.section.title:
                    blocks.append("## " + escape_inline(one_line(item.section.title)))
            if item.question.id != question_key:
                question_key = item.question.id
                blocks.append("### " + escape_inline(one_line(item.question.text)))
        blocks += _item_blocks(item, labels)
    return blocks


def _whole_body(transcript: Transcript, items: list[Item], labels: Mapping[Color, str]) -> list[str]:
    by_paragraph: dict[str, list[Item]] = {}
    by_question: dict[str, list[Item]] = {}
    for item in items:
        if item.kind == HIGHLIGHT and item.placement is not None:
            by_paragraph.setdefault(item.placement.paragraph_id, []).append(item)
        elif item.kind == QUESTION_NOTE and item.question is not None:
            by_question.setdefault(item.question.id, []).append(item)
    blocks: list[str] = []

    def paragraph_blocks(paragraph: Paragraph) -> None:
        placed = by_paragraph.get(paragraph.id, [])
        ranges = [(i.placement.start, i.placement.end) for i in placed if i.placement is not None]
        blocks.append(_paragraph_block(paragraph, ranges))
        for item in placed:
            blocks.extend(_item_blocks(item, labels))

    for paragraph in transcript.preface:
        paragraph_blocks(paragraph)
    for section in transcript.sections:
        if section.title:
            blocks.append("## " + escape_inline(one_line(section.title)))
        for question in section.questions:
            blocks.append("### " + escape_inline(one_line(question.text)))
            for item in by_question.get(question.id, []):
                blocks.extend(_item_blocks(item, labels))
            for paragraph in question.paragraphs():
                paragraph_blocks(paragraph)
    return blocks


def _paragraph_block(paragraph: Paragraph, ranges: list[tuple[int, int]]) -> str:
    lines = _marked_lines(paragraph.text, _merge(ranges))
    if paragraph.speaker and lines:
        lines[0] = "**" + escape_inline(paragraph.speaker) + "**：" + lines[0]
    return _HARD_BREAK.join(lines)


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching ranges joined: ``==a====b==`` would not parse as two marks."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _marked_lines(text: str, ranges: list[tuple[int, int]]) -> list[str]:
    """The lines of ``text``, escaped, with each range wrapped in ``==``; a mark never spans lines."""
    lines: list[str] = []
    offset = 0
    for raw in text.split("\n"):
        lo = offset + len(raw) - len(raw.lstrip())
        hi = offset + len(raw.rstrip())
        offset += len(raw) + 1
        if lo >= hi:
            continue
        parts: list[str] = []
        position = lo
        for start, end in ranges:
            start, end = max(start, position), min(end, hi)
            # '==' next to whitespace does not open or close a mark, so the mark hugs the words.
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start >= end:
                continue
            parts.append(escape_inline(text[position:start]))
            parts.append("==" + escape_inline(text[start:end]) + "==")
            position = end
        parts.append(escape_inline(text[position:hi]))
        lines.append(_guard_line_start("".join(parts)))
    return lines


def _item_blocks(item: Item, labels: Mapping[Color, str]) -> list[str]:
    """A highlight's blockquote and note, or a question note's paragraph."""
    note_lines = escape_lines(item.note)
    if item.highlight is None:
        if not note_lines:
            return []
        note_lines[0] = "**" + escape_inline(QUESTION_NOTE_TITLE) + "**：" + note_lines[0]
        return [_HARD_BREAK.join(note_lines)]
    quote = escape_lines(item.quote) or [""]
    # The quote links back to its passage (or, when it cannot be placed, to the highlight itself); every
    # character of the URL is unreserved or percent-encoded, so it needs no escaping inside ( ).
    link = _link(item)
    quote[0] = ("[「" if link else "「") + quote[0]
    quote[-1] += f"」]({link})" if link else "」"
    if item.paragraph is not None and item.paragraph.start is not None:
        # Where the passage is spoken in the recording, as a reader would cite it.
        quote[-1] += f" [{clock(item.paragraph.start)}]"
    who = [one_line(item.highlight.speaker), label_for(labels, item.highlight.color)]
    quote.append("— " + " · ".join(escape_inline(part) for part in who if part))
    blocks = [_HARD_BREAK.join("> " + line for line in quote)]
    if note_lines:
        blocks.append(_HARD_BREAK.join(note_lines))
    return blocks


def _link(item: Item) -> str:
    """The ``interview-reader://`` URL of a highlight's passage, or of the highlight when it is orphaned.

    '' for an orphan whose id is not a UUID (one imported from another tool): there is nothing to link.
    """
    highlight = item.highlight
    assert highlight is not None
    if item.placement is None:
        try:
            return highlight_link(highlight.id)
        except ValueError:
            return ""
    placement = item.placement
    return passage_link(highlight.transcript_id, placement.paragraph_id, placement.start, placement.end)
