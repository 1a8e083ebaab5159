"""PDF through Qt's own text layout and PDF writer: no external tools."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop_app.render.fonts import reading_font


def _application() -> QGuiApplication:
    """Qt needs an application object for fonts; from the command line there is none, and no screen."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["interview-reader"])


def html_to_pdf(html: str, title: str = "") -> bytes:
    """Lay ``html`` out on A4 pages with a CJK font and return the PDF's bytes."""
    _application()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "export.pdf"
        writer = QPdfWriter(str(target))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
            )
        )
        writer.setResolution(144)
        writer.setCreator("Interview Reader")
        writer.setTitle(title)
        document = QTextDocument()
        document.setDefaultFont(reading_font(10.5))
        document.setHtml(html)
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        document.setPageSize(QSizeF(rect.width(), rect.height()))
        document.print_(writer)
        del writer  # the file is finished when the writer goes away
        return target.read_bytes()
