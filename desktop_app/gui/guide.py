"""A short guide to the reader, in the UI's language (Help ▸ Reading Guide)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def guide_sections() -> list[tuple[str, str]]:
    """The guide: (heading, text) in the UI's language."""
    return [
        (
            QCoreApplication.translate("Guide", "Reading"),
            QCoreApplication.translate(
                "Guide",
                "Choose a question in the tree: the pane shows the answers speaker by speaker. Alt+↓ and "
                "Alt+↑ go to the next and previous question; Space at the end of a question goes on. "
                "Ctrl+Shift+C reads the whole interview in one scroll. Untick a speaker to hide them "
                "everywhere.",
            ),
        ),
        (
            QCoreApplication.translate("Guide", "Highlights and notes"),
            QCoreApplication.translate(
                "Guide",
                "Select text with the mouse: a small toolbar offers the five colours, a note, a quote "
                "with its source and a link back to the passage. Click a highlight to recolour it, note "
                "it, share it as a card or delete it (Ctrl+Z brings it back). Without a mouse: F7 shows "
                "a caret, Shift+arrows select, Ctrl+H highlights.",
            ),
        ),
        (
            QCoreApplication.translate("Guide", "Finding and keeping"),
            QCoreApplication.translate(
                "Guide",
                "Ctrl+F searches questions, answers and your notes, Chinese included; F3 steps through "
                "the matches. The Annotations panel lists everything you marked. File ▸ Export writes "
                "Markdown, HTML, PDF, CSV or W3C annotations; your notes are saved as you make them.",
            ),
        ),
    ]


class GuideDialog(QDialog):
    """The guide in a window of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(QCoreApplication.translate("Guide", "Reading Guide"))
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(QCoreApplication.translate("Guide", "Reading Guide"))
        self.text.setHtml(
            "".join(f"<h3>{html.escape(h)}</h3><p>{html.escape(t)}</p>" for h, t in guide_sections())
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(520, 480)
