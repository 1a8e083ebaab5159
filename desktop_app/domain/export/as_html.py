"""The HTML export: one self-contained page with the whole transcript, its highlights and notes.

The page has an inline stylesheet and nothing else: no script, no ``src``, no link to anything but
its own ``#`` anchors and, around each highlight, an ``interview-reader://open/…`` link that opens
the passage in the reader where it is installed. Paragraphs are rendered from their plain text (the
text highlight offsets count in), so Markdown emphasis and links of the transcript are not carried
over; every piece of user or transcript text is HTML-escaped. Each highlight colour also has its own
underline style, so the colours' meaning survives a black-and-white print.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from itertools import pairwise

from desktop_app.domain.anchoring import Placement
from desktop_app.domain.annotations import PAINT, Color, Highlight, QuestionNote
from desktop_app.domain.export.common import (
    HIGHLIGHT,
    ORPHAN,
    ORPHANS_TITLE,
    QUESTION_NOTE,
    QUESTION_NOTE_TITLE,
    Item,
    label_for,
    one_line,
    reading_order,
)
from desktop_app.domain.links import passage_link
from desktop_app.domain.media_times import clock, npt
from desktop_app.domain.model import Paragraph, Question, Role, Transcript

# An underline style per colour: the marks stay distinguishable without their background.
UNDERLINE: dict[Color, str] = {
    Color.YELLOW: "solid",
    Color.GREEN: "double",
    Color.BLUE: "dotted",
    Color.PINK: "wavy",
    Color.ORANGE: "dashed",
}

_FONTS = (
    '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", '
    '"Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif'
)

_BASE_CSS = """
:root { color-scheme: light; }
body { font-family: %(fonts)s; line-height: 1.75; color: #1f2328; background: #fff;
  max-width: 64rem; margin: 0 auto; padding: 2rem 1.5rem; }
header h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
.meta, .speakers, .legend { color: #57606a; font-size: .9rem; margin: .25rem 0; }
.speakers { list-style: none; padding: 0; }
.legend mark { margin-right: .75em; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; margin-top: 2.5rem; }
.question { margin: 1.5rem 0 2rem; }
.turn { margin: .5rem 0; }
.turn.prompt .text { font-weight: 600; }
.row { display: grid; grid-template-columns: minmax(0, 1fr) 16rem; gap: 1.5rem; align-items: start; }
.text { margin: .35rem 0; }
.who { font-weight: 600; }
.at { color: #57606a; font-size: .85em; font-variant-numeric: tabular-nums; }
.notes { font-size: .85rem; }
.note, .qnote, .orphan { border-left: 3px solid #8c959f; padding: .25rem .6rem; margin: .35rem 0;
  background: #f6f8fa; white-space: pre-wrap; overflow-wrap: anywhere; }
.note-head { font-weight: 600; white-space: normal; display: block; }
.qnote { margin-left: 0; }
.orphan blockquote { margin: 0 0 .25rem; white-space: pre-wrap; }
mark { color: inherit; padding: 0 .05em; text-decoration-line: underline; text-underline-offset: .2em;
  text-decoration-thickness: 1.5px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
sup.ref { font-size: .7em; }
sup.ref a, .note-head a { color: inherit; text-decoration: none; }
a.open { color: inherit; text-decoration: none; }
@media (max-width: 50rem) {
  .row { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .notes { margin-left: 1.5rem; }
}
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; line-height: 1.6; }
  .row { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .notes { margin-left: 1.5rem; }
  .turn, .note, .qnote, .orphan { page-break-inside: avoid; break-inside: avoid; }
  h2, .turn.prompt { page-break-after: avoid; break-after: avoid; }
  mark { text-decoration-thickness: 2px; }
  .note, .qnote, .orphan { background: none; }
}
"""


def to_html(
    transcript: Transcript,
    highlights: Iterable[Highlight],
    placements: Mapping[str, Placement | None],
    notes: Iterable[QuestionNote],
    labels: Mapping[Color, str],
    *,
    exported_at: str,
    lang: str = "zh-Hans",
) -> str:
    """The whole transcript as one HTML5 page: highlights as ``<mark>``, notes beside them.

    Question notes follow the question's prompt; annotations that cannot be placed are listed at
    the end under "未能定位 / Could not place". ``lang`` is the page's language (its labels);
    the transcript's text is tagged with the transcript's own language.
    """
    items = reading_order(transcript, highlights, placements, notes)
    page = _Page(transcript, items, labels)
    title = escape(one_line(transcript.title))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="访谈阅读器 Interview Reader">',
        f"<title>{title}</title>",
        "<style>" + _css(transcript) + "</style>",
        "</head>",
        "<body>",
        *page.header(exported_at),
        f'<main lang="{escape(transcript.language)}">',
        *page.body(),
        *page.orphans(),
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _darker(hex_color: str, factor: float = 0.55) -> str:
    """``hex_color`` darkened, for an underline that still shows on white paper."""
    rgb = [int(hex_color[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c * factor):02x}" for c in rgb)


def _css(transcript: Transcript) -> str:
    rules = [_BASE_CSS % {"fonts": _FONTS}]
    for color in Color:
        rules.append(
            f"mark.c-{color} {{ background-color: {PAINT[color]}; "
            f"text-decoration-style: {UNDERLINE[color]}; text-decoration-color: {_darker(PAINT[color])}; }}"
        )
        rules.append(f".note.c-{color} {{ border-left-color: {_darker(PAINT[color], 0.8)}; }}")
    for number, speaker in enumerate(transcript.speakers, 1):
        if speaker.color:
            rules.append(f".sp{number} {{ color: {speaker.color}; }}")
    return "\n".join(rules) + "\n"


class _Page:
    """Writes the page's parts; numbers the noted highlights so marks and notes refer to each other."""

    def __init__(self, transcript: Transcript, items: list[Item], labels: Mapping[Color, str]) -> None:
        self.transcript = transcript
        self.items = items
        self.labels = labels
        self.speaker_class = {s.name: f"sp{i}" for i, s in enumerate(transcript.speakers, 1)}
        self.by_paragraph: dict[str, list[Item]] = {}
        self.by_question: dict[str, list[Item]] = {}
        self.numbers: dict[str, int] = {}
        for item in items:
            if item.kind == HIGHLIGHT and item.placement is not None:
                self.by_paragraph.setdefault(item.placement.paragraph_id, []).append(item)
            elif item.kind == QUESTION_NOTE and item.question is not None:
                self.by_question.setdefault(item.question.id, []).append(item)
        for paragraph in transcript.paragraphs():
            for item in sorted(self.by_paragraph.get(paragraph.id, []), key=_start):
                if item.note.strip():
                    self.numbers[item.id] = len(self.numbers) + 1

    def label(self, color: Color) -> str:
        """The escaped label of ``color``."""
        return escape(label_for(self.labels, color))

    def header(self, exported_at: str) -> list[str]:
        """Title, source, speakers and the colour legend."""
        t = self.transcript
        role_names = {Role.HOST: "主持 / Host", Role.GUEST: "嘉宾 / Guest"}
        parts = [
            "<header>",
            f"<h1>{escape(one_line(t.title))}</h1>",
            f'<p class="meta">{escape(t.source)} · 导出于 / Exported {escape(exported_at)}</p>',
            '<ul class="speakers">',
        ]
        for speaker in t.speakers:
            bio = f" — {escape(speaker.bio)}" if speaker.bio else ""
            parts.append(
                f'<li><span class="who {self.speaker_class[speaker.name]}">{escape(speaker.name)}</span>'
                f" · {role_names[speaker.role]}{bio}</li>"
            )
        parts.append("</ul>")
        legend = " ".join(
            f'<mark class="c-{c}" title="{self.label(c)}">{self.label(c)}</mark>' for c in Color
        )
        parts += [f'<p class="legend">{legend}</p>', "</header>"]
        return parts

    def body(self) -> list[str]:
        """The preface and every section, question, turn and paragraph."""
        parts: list[str] = []
        if self.transcript.preface:
            parts.append('<section class="preface">')
            for paragraph in self.transcript.preface:
                parts.append('<div class="turn">')
                parts.append(self.paragraph(paragraph, show_speaker=bool(paragraph.speaker)))
                parts.append("</div>")
            parts.append("</section>")
        for section in self.transcript.sections:
            parts.append(f'<section id="{escape(section.id)}">')
            if section.title:
                parts.append(f"<h2>{escape(one_line(section.title))}</h2>")
            for question in section.questions:
                parts += self.question(question)
            parts.append("</section>")
        return parts

    def question(self, question: Question) -> list[str]:
        """A question: its prompt, its question notes, then the answers."""
        parts = [f'<article class="question" id="{escape(question.id)}">']
        turns = [(question.prompt, "turn prompt"), *((t, "turn") for t in question.answers)]
        for number, (turn, css_class) in enumerate(turns):
            parts.append(f'<div class="{css_class}">')
            for i, paragraph in enumerate(turn.paragraphs):
                parts.append(self.paragraph(paragraph, show_speaker=i == 0))
            parts.append("</div>")
            if number == 0:
                for item in self.by_question.get(question.id, []):
                    parts.append(self.question_note(item))
        parts.append("</article>")
        return parts

    def question_note(self, item: Item) -> str:
        """A question note, under its question's prompt."""
        return (
            f'<aside class="qnote"><span class="note-head">{escape(QUESTION_NOTE_TITLE)}</span>'
            f"{escape(item.note)}</aside>"
        )

    def paragraph(self, paragraph: Paragraph, *, show_speaker: bool) -> str:
        """One paragraph row: the text with its marks, and the notes of its highlights beside it."""
        placed = sorted(self.by_paragraph.get(paragraph.id, []), key=_start)
        who = ""
        if show_speaker and paragraph.speaker:
            css = self.speaker_class.get(paragraph.speaker, "")
            who = f'<span class="who {css}">{escape(paragraph.speaker)}</span>：'
        if placed and paragraph.start is not None:
            # The quotes' time: where this paragraph is spoken in the recording (HTML's own <time>).
            stamp = f'<time class="at" datetime="PT{npt(paragraph.start)}S">{clock(paragraph.start)}</time>'
            who = f"{stamp} {who}"
        text = who + self.marked_text(paragraph.text, placed)
        notes = [self.note(item) for item in placed if item.id in self.numbers]
        aside = f'<aside class="notes">{"".join(notes)}</aside>' if notes else ""
        return f'<div class="row" id="{escape(paragraph.id)}"><p class="text">{text}</p>{aside}</div>'

    def marked_text(self, text: str, placed: list[Item]) -> str:
        """``text`` escaped, each highlighted stretch in a ``<mark>``; overlaps are split at every edge."""
        spans = [(i.placement.start, i.placement.end, i) for i in placed if i.placement is not None]
        edges = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
        out: list[str] = []
        started: set[str] = set()
        for lo, hi in pairwise(edges):
            if lo >= len(text):
                break
            chunk = _escape_text(text[lo:hi])
            covering = [i for s, e, i in spans if s <= lo and hi <= e]
            if not covering:
                out.append(chunk)
                continue
            top = covering[-1]  # the one that starts last is painted on top
            assert top.highlight is not None
            title = " · ".join(
                dict.fromkeys(label_for(self.labels, i.highlight.color) for i in covering if i.highlight)
            )
            anchor = ""
            for item in covering:  # every highlight gets its anchor where it starts
                if item.id in started:
                    continue
                started.add(item.id)
                if item is top:
                    anchor = f' id="h-{escape(item.id)}"'
                else:
                    out.append(f'<span id="h-{escape(item.id)}"></span>')
            color = top.highlight.color
            mark = f'<mark class="c-{color}" title="{escape(title)}"{anchor}>{chunk}</mark>'
            out.append(f'<a class="open" href="{self.open_url(top)}">{mark}</a>')
            for item in covering:
                number = self.numbers.get(item.id)
                if number and item.placement is not None and hi == item.placement.end:
                    out.append(f'<sup class="ref"><a href="#n-{number}">{number}</a></sup>')
        return "".join(out)

    def open_url(self, item: Item) -> str:
        """The escaped ``interview-reader://open/…`` URL of a placed highlight's passage."""
        assert item.placement is not None
        p = item.placement
        return escape(passage_link(self.transcript.id, p.paragraph_id, p.start, p.end))

    def note(self, item: Item) -> str:
        """A highlight's note in the margin, numbered like the mark it belongs to."""
        assert item.highlight is not None
        number = self.numbers[item.id]
        color = item.highlight.color
        head = (
            f'<span class="note-head"><a href="#h-{escape(item.id)}">{number}</a> · '
            f"{self.label(color)}</span>"
        )
        return f'<div class="note c-{color}" id="n-{number}">{head}{escape(item.note)}</div>'

    def orphans(self) -> list[str]:
        """Annotations that cannot be placed in this version of the transcript."""
        lost = [item for item in self.items if item.kind == ORPHAN]
        if not lost:
            return []
        parts = ['<section class="orphans">', f"<h2>{escape(ORPHANS_TITLE)}</h2>"]
        for item in lost:
            if item.highlight is None:
                head = escape(QUESTION_NOTE_TITLE)
                parts.append(
                    f'<div class="orphan"><span class="note-head">{head}</span>{escape(item.note)}</div>'
                )
                continue
            color = item.highlight.color
            who = " · ".join(
                escape(p) for p in (item.highlight.speaker, label_for(self.labels, color)) if p
            )
            quote = f'<mark class="c-{color}" title="{self.label(color)}">{escape(item.quote)}</mark>'
            note = escape(item.note)
            parts.append(
                f'<div class="orphan"><blockquote>「{quote}」</blockquote>'
                f'<span class="note-head">— {who}</span>{note}</div>'
            )
        parts.append("</section>")
        return parts


def _start(item: Item) -> int:
    return item.placement.start if item.placement is not None else 0


def _escape_text(text: str) -> str:
    """Escaped paragraph text; its soft line breaks become ``<br>``."""
    return escape(text).replace("\n", "<br>")
