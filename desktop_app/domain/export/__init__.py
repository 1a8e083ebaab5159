"""Export formats behind one registry: the command line, the Export menu and the file filters read it.

Each format is one :class:`ExportFormat` entry: its name (``--format``), a label, the file suffix and a
writer that turns an :class:`Annotated` transcript into the file's bytes. The formats that are plain
Python register here; a format only an upper layer can draw (the PDF, drawn by Qt) is registered by
that layer with :func:`register` (``desktop_app.render.register_formats``), so nothing in the domain
imports it. A writer imports its module when it runs, so reading the registry costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop_app.domain.anchoring import Placement, place_all
from desktop_app.domain.annotations import Color, Highlight, QuestionNote
from desktop_app.domain.codes import Code
from desktop_app.domain.model import Transcript

__all__ = [
    "Annotated",
    "ExportFormat",
    "Writer",
    "export_bytes",
    "format_named",
    "formats",
    "now_iso",
    "register",
    "unregister",
]


@dataclass(frozen=True)
class Annotated:
    """A transcript with the live annotations on it and where each sits now.

    ``codebook`` and ``codes`` (highlight id → code ids) are given by callers that export codes (the
    JSON export writes them); the other formats show the colours.
    """

    transcript: Transcript
    highlights: list[Highlight]
    notes: list[QuestionNote]
    placements: Mapping[str, Placement | None]
    codebook: tuple[Code, ...] = ()
    codes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        transcript: Transcript,
        highlights: list[Highlight],
        notes: list[QuestionNote],
        codebook: tuple[Code, ...] = (),
        codes: Mapping[str, tuple[str, ...]] | None = None,
    ) -> Annotated:
        """Place ``highlights`` on ``transcript`` (re-anchoring the ones the text moved)."""
        live = [h for h in highlights if not h.deleted]
        return cls(
            transcript,
            live,
            [n for n in notes if not n.deleted],
            place_all(((h.id, h.anchor) for h in live), transcript),
            tuple(c for c in codebook if c.deleted is None),
            dict(codes or {}),
        )


Writer = Callable[[Annotated, Mapping[Color, str], bool], bytes]
"""``writer(data, colour labels, whole)`` → the file's bytes; ``whole`` keeps every paragraph."""


@dataclass(frozen=True)
class ExportFormat:
    """One export format: what ``--format`` calls it, what the menu says, its suffix and its writer."""

    name: str
    label: str  # English; the window translates it (context "ExportFormat")
    suffix: str
    writer: Writer
    whole_label: str = ""  # non-empty: the format can also write the whole transcript (menu entry)

    @property
    def file_filter(self) -> str:
        """The Save dialog's filter for this format, e.g. ``"CSV spreadsheet (*.csv)"``."""
        return f"{self.label} (*{self.suffix})"


_REGISTRY: dict[str, ExportFormat] = {}


def register(fmt: ExportFormat) -> ExportFormat:
    """Add ``fmt`` (replacing a format of the same name) and return it."""
    _REGISTRY[fmt.name] = fmt
    return fmt


def unregister(name: str) -> None:
    """Remove the format called ``name`` (nothing happens if there is none)."""
    _REGISTRY.pop(name, None)


def formats() -> list[ExportFormat]:
    """Every registered format, in the order they were registered."""
    return list(_REGISTRY.values())


def format_named(name: str) -> ExportFormat:
    """The format called ``name``; ``KeyError`` if none is registered."""
    return _REGISTRY[name]


def now_iso() -> str:
    """The current UTC time, as exports stamp it."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def export_bytes(
    name: str, data: Annotated, colour_labels: Mapping[Color, str], *, whole: bool = False
) -> bytes:
    """The file the format ``name`` makes of ``data``."""
    try:
        fmt = _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown export format {name!r}") from None
    return fmt.writer(data, colour_labels, whole)


# The formats written in plain Python. -------------------------------------------------------------


def write_json(data: Annotated, _labels: Mapping[Color, str], _whole: bool) -> bytes:
    """The transcript's outline with every annotation (``export --format json``)."""
    import json

    from desktop_app.domain.export.as_json import document
    from desktop_app.domain.export.common import without_controls

    doc = document(data.transcript, data.highlights, data.placements, data.notes)
    doc["codebook"] = [
        {"id": c.id, "name": c.name, "color": c.color, "parent": c.parent, "description": c.description}
        for c in data.codebook
    ]
    live = {c.id for c in data.codebook}
    for record in doc["annotations"]:
        record["codes"] = [c for c in data.codes.get(record["id"], ()) if c in live]
    doc = without_controls(doc)
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_markdown(data: Annotated, colour_labels: Mapping[Color, str], whole: bool) -> bytes:
    """Markdown notes (highlights only, or the whole transcript with ``==highlights==``)."""
    from desktop_app.domain.export.as_markdown import to_markdown

    t, h, p, n = data.transcript, data.highlights, data.placements, data.notes
    text = to_markdown(t, h, p, n, colour_labels, whole=whole, exported_at=now_iso())
    return _clean(text).encode("utf-8")


def write_html(data: Annotated, colour_labels: Mapping[Color, str], _whole: bool) -> bytes:
    """One self-contained HTML page."""
    return html_text(data, colour_labels).encode("utf-8")


def _clean(text: str) -> str:
    from desktop_app.domain.export.common import strip_controls

    return strip_controls(text)


def html_text(data: Annotated, colour_labels: Mapping[Color, str]) -> str:
    """The HTML page as text (the PDF writer lays this out)."""
    from desktop_app.domain.export.as_html import to_html

    t, h, p, n = data.transcript, data.highlights, data.placements, data.notes
    return _clean(to_html(t, h, p, n, colour_labels, exported_at=now_iso(), lang=t.language))


def write_csv(data: Annotated, colour_labels: Mapping[Color, str], _whole: bool) -> bytes:
    """One row per annotation, UTF-8 with a BOM for spreadsheets."""
    from desktop_app.domain.export.as_csv import to_csv

    raw = to_csv(data.transcript, data.highlights, data.placements, data.notes, colour_labels)
    return _clean(raw.decode("utf-8")).encode("utf-8")


def write_w3c(data: Annotated, colour_labels: Mapping[Color, str], _whole: bool) -> bytes:
    """W3C Web Annotations (JSON-LD)."""
    from desktop_app.domain.export.w3c import dumps_w3c

    t, h, p, n = data.transcript, data.highlights, data.placements, data.notes
    return (dumps_w3c(t, h, p, n, colour_labels) + "\n").encode("utf-8")


register(ExportFormat("json", "JSON", ".json", write_json))
register(
    ExportFormat(
        "markdown", "Markdown (highlights and notes)", ".md", write_markdown, "Markdown (whole transcript)"
    )
)
register(ExportFormat("html", "HTML page", ".html", write_html))
register(ExportFormat("csv", "CSV spreadsheet", ".csv", write_csv))
register(ExportFormat("w3c", "W3C Web Annotations", ".jsonld", write_w3c))
