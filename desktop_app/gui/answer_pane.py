"""The answer pane: a question (or a whole section, or the preface) laid out for reading Chinese."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.domain.model import Question, Section, Transcript
from desktop_app.gui.pane_layout import MEASURE_EM, ParagraphIdProperty, Writer, reading_font
from desktop_app.gui.tree_model import PREFACE_ID


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnswerPane", text)


class AnswerPane(QTextBrowser):
    """Shows the chosen node speaker by speaker; hidden speakers' turns are left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerPane")
        self.setAccessibleName(_tr("Answers"))
        self.setOpenExternalLinks(True)
        self.setFont(reading_font())
        self.document().setDefaultFont(reading_font())
        self.document().setDocumentMargin(24)
        self._transcript: Transcript | None = None
        self._node_id = ""
        self._hidden: frozenset[str] = frozenset()
        self.paragraph_blocks: dict[str, int] = {}

    @property
    def node_id(self) -> str:
        """The id of the node shown (a section, a question, or the preface)."""
        return self._node_id

    def show_node(self, transcript: Transcript, node_id: str, hidden: Iterable[str] = ()) -> None:
        """Lay out ``node_id`` of ``transcript``, leaving out the ``hidden`` speakers."""
        self._transcript = transcript
        self._node_id = node_id
        self._hidden = frozenset(hidden)
        self._render()

    def set_hidden(self, hidden: Iterable[str]) -> None:
        """Show or hide speakers in what is on screen now, keeping the scroll position."""
        self._hidden = frozenset(hidden)
        if self._transcript is not None:
            position = self.verticalScrollBar().value()
            self._render()
            self.verticalScrollBar().setValue(position)

    def paragraph_at_block(self, block_number: int) -> str:
        """The id of the paragraph laid out in block ``block_number`` ('' for headings and names)."""
        block = self.document().findBlockByNumber(block_number)
        value = block.blockFormat().property(ParagraphIdProperty)
        return value if isinstance(value, str) else ""

    # layout
    def _render(self) -> None:
        transcript = self._transcript
        assert transcript is not None
        document = QTextDocument(self)
        document.setDefaultFont(self.document().defaultFont())
        document.setDocumentMargin(self.document().documentMargin())
        self.paragraph_blocks = {}
        cursor = QTextCursor(document)
        writer = Writer(cursor, self.paragraph_blocks, transcript, self._hidden)
        node = transcript.find(self._node_id)
        if self._node_id == PREFACE_ID:
            writer.heading(transcript.title, level=1)
            writer.paragraphs(transcript.preface, None)
        elif isinstance(node, Section):
            writer.heading(node.title or _tr("Questions"), level=1)
            for question in node.questions:
                writer.question(question, level=2)
        elif isinstance(node, Question):
            section = transcript.section_of(node)
            writer.caption(section.title)
            writer.question(node, level=1)
        if writer.shown == 0:
            writer.caption(_tr("Nothing to show: every speaker here is hidden by the speaker filter."))
        self.setDocument(document)
        self._fit_measure()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the line length comfortable at any width."""
        super().resizeEvent(event)
        self._fit_measure()

    def _fit_measure(self) -> None:
        em = max(self.fontMetrics().horizontalAdvance("中"), 8)
        spare = self.viewport().width() - MEASURE_EM * em - 2 * int(self.document().documentMargin())
        side = max(spare // 2, 0)
        root = self.document().rootFrame()
        fmt: QTextFrameFormat = root.frameFormat()
        if int(fmt.leftMargin()) != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            root.setFrameFormat(fmt)
