"""One place that turns a transcript and its annotations into any export format's bytes.

Every format but PDF is plain Python in the domain; PDF is drawn by Qt (desktop_app.gui.pdf), which
is imported only when a PDF is asked for.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_app.domain.anchoring import Placement, place_all
from desktop_app.domain.annotations import DEFAULT_LABELS, Color, Highlight, QuestionNote
from desktop_app.domain.export_csv import to_csv
from desktop_app.domain.export_html import to_html
from desktop_app.domain.export_json import document
from desktop_app.domain.export_markdown import to_markdown
from desktop_app.domain.export_w3c import dumps_w3c
from desktop_app.domain.model import Transcript
from desktop_app.export_formats import FORMATS, SUFFIXES

__all__ = ["FORMATS", "SUFFIXES", "Annotated", "default_labels", "export_bytes"]


@dataclass(frozen=True)
class Annotated:
    """A transcript with the live annotations on it and where each sits now."""

    transcript: Transcript
    highlights: list[Highlight]
    notes: list[QuestionNote]
    placements: Mapping[str, Placement | None]

    @classmethod
    def of(cls, transcript: Transcript, highlights: list[Highlight], notes: list[QuestionNote]) -> Annotated:
        """Place ``highlights`` on ``transcript`` (re-anchoring the ones the text moved)."""
        live = [h for h in highlights if not h.deleted]
        return cls(
            transcript,
            live,
            [n for n in notes if not n.deleted],
            place_all(((h.id, h.anchor) for h in live), transcript),
        )


def default_labels(language: str, renamed: Mapping[Color, str]) -> dict[Color, str]:
    """Colour names in the transcript's language, with the user's renamed ones."""
    chinese = language.lower().startswith("zh")
    return {c: renamed.get(c) or DEFAULT_LABELS[c][0 if chinese else 1] for c in Color}


def now_iso() -> str:
    """The current UTC time, as exports stamp it."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def export_bytes(fmt: str, data: Annotated, labels: Mapping[Color, str], *, whole: bool = False) -> bytes:
    """The file ``fmt`` makes of ``data``; ``whole`` (Markdown) keeps every paragraph, not only highlights."""
    t, h, n, p = data.transcript, data.highlights, data.notes, data.placements
    if fmt == "json":
        return (json.dumps(document(t, h, p, n), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "markdown":
        return to_markdown(t, h, p, n, labels, whole=whole, exported_at=now_iso()).encode("utf-8")
    if fmt == "html":
        return to_html(t, h, p, n, labels, exported_at=now_iso(), lang=t.language).encode("utf-8")
    if fmt == "csv":
        return to_csv(t, h, p, n, labels)
    if fmt == "w3c":
        return (dumps_w3c(t, h, p, n, labels) + "\n").encode("utf-8")
    if fmt == "pdf":
        from desktop_app.gui.pdf import html_to_pdf  # Qt draws the PDF

        return html_to_pdf(to_html(t, h, p, n, labels, exported_at=now_iso(), lang=t.language))
    raise ValueError(f"unknown export format {fmt!r}")
