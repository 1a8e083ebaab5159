"""Drawing with Qt's GUI classes (no widgets): fonts, the PDF export; usable with or without a window.

:func:`register_formats` adds the formats only Qt can draw to the domain's export registry; the command
line and the window call it when an export is asked for (the first paint needs no registry). Nothing here
imports Qt until a drawing is asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from desktop_app.domain.annotations import Color

if TYPE_CHECKING:  # the registry is imported when a format is registered: render.fonts is on the first paint
    from desktop_app.domain.export import Annotated


def write_pdf(data: Annotated, colour_labels: Mapping[Color, str], _whole: bool) -> bytes:
    """The HTML export on numbered A4 pages drawn by Qt, titled and authored as the transcript is."""
    from desktop_app.domain.export import html_text
    from desktop_app.render.pdf import APP_NAME, html_to_pdf

    transcript = data.transcript
    author = transcript.source.strip() or APP_NAME
    return html_to_pdf(html_text(data, colour_labels), title=transcript.title, author=author)


def register_formats() -> None:
    """Add the PDF to the export registry (once; later calls change nothing)."""
    from desktop_app.domain.export import ExportFormat, format_named, register

    try:
        format_named("pdf")
    except KeyError:
        register(ExportFormat("pdf", "PDF", ".pdf", write_pdf))
