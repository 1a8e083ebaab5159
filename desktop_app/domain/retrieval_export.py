"""A retrieval's passages written out: Markdown, CSV (for spreadsheets) and one HTML page."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from html import escape

from desktop_app.domain.export.as_csv import defuse
from desktop_app.domain.export.common import one_line, strip_controls
from desktop_app.domain.retrieval import CodedPassage

CSV_HEADER = ("interview", "title", "question", "paragraph", "speaker", "quote", "note", "codes", "id")


def _markdown_text(text: str) -> str:
    """Text that Markdown shows as written: markup characters escaped, on one line."""
    return "".join("\\" + ch if ch in "\\`*_{}[]<>()#+-!|=~" else ch for ch in one_line(text))


def passages_markdown(passages: Sequence[CodedPassage], heading: str) -> str:
    """A Markdown list of the passages under a heading, grouped by interview."""
    lines = [f"# {_markdown_text(heading)}", ""]
    current = None
    for p in passages:
        if p.transcript_id != current:
            current = p.transcript_id
            lines += [f"## {_markdown_text(p.title)}", ""]
        who = f"**{_markdown_text(p.speaker)}**：" if p.speaker else ""
        lines.append(f"> {who}{_markdown_text(p.quote)}")
        lines.append(">")
        where = f"{p.question_id} · " if p.question_id else ""
        lines.append(f"> — {where}{_markdown_text('、'.join(p.code_names))}")
        if p.note:
            lines += ["", _markdown_text(p.note)]
        lines.append("")
    return strip_controls("\n".join(lines))


def passages_csv(passages: Sequence[CodedPassage]) -> bytes:
    """One row per passage, UTF-8 with a BOM, cells that look like formulas defused."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for p in passages:
        row = (p.transcript_id, p.title, p.question_id, p.paragraph_id, p.speaker, p.quote, p.note,
               "; ".join(p.code_names), p.highlight_id)  # fmt: skip
        writer.writerow([defuse(strip_controls(cell)) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def passages_html(passages: Sequence[CodedPassage], heading: str, lang: str = "zh-Hans") -> str:
    """One self-contained HTML page of the passages (every text escaped)."""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}"><head><meta charset="utf-8"><title>{escape(heading)}</title>',
        "<style>body{max-width:42em;margin:2em auto;line-height:1.7}blockquote{margin:1em 0;"
        "border-left:3px solid #ccc;padding-left:1em}.codes{color:#666;font-size:90%}</style></head><body>",
        f"<h1>{escape(heading)}</h1>",
    ]
    current = None
    for p in passages:
        if p.transcript_id != current:
            current = p.transcript_id
            parts.append(f"<h2>{escape(p.title)}</h2>")
        who = f"<b>{escape(p.speaker)}</b>：" if p.speaker else ""
        parts.append(f"<blockquote><p>{who}{escape(p.quote)}</p>")
        parts.append(f'<p class="codes">{escape(p.question_id)} · {escape("、".join(p.code_names))}</p>')
        if p.note:
            parts.append(f'<p class="note">{escape(p.note)}</p>')
        parts.append("</blockquote>")
    parts.append("</body></html>\n")
    return strip_controls("\n".join(parts))
