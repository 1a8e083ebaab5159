"""The answer pane: a question (or a whole section, or the preface) laid out for reading Chinese."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.domain.model import Paragraph, Question, Section, Transcript, Turn
from desktop_app.gui.tree_model import PREFACE_ID

ParagraphIdProperty = QTextFormat.Property.UserProperty + 1
LINE_HEIGHT_EM = 1.7  # line height as a multiple of the font size, as Chinese typesetting wants
MEASURE_EM = 36  # a comfortable line: about 36 Chinese characters
READING_FONTS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "PingFang SC",
    "Microsoft YaHei",
    "Noto Sans",
    "sans-serif",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnswerPane", text)


def reading_font(point_size: float = 13) -> QFont:
    """The font the pane reads in: a CJK-capable sans serif."""
    font = QFont()
    font.setFamilies(list(READING_FONTS))
    font.setPointSizeF(point_size)
    return font


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
        writer = _Writer(cursor, self.paragraph_blocks, transcript, self._hidden)
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


class _Writer:
    """Appends headings, speaker names and paragraphs to a document, marking paragraph blocks."""

    def __init__(
        self, cursor: QTextCursor, blocks: dict[str, int], transcript: Transcript, hidden: frozenset[str]
    ) -> None:
        self.cursor = cursor
        self.blocks = blocks
        self.hidden = hidden
        self.colors = {s.name: s.color for s in transcript.speakers}
        self.first = True
        self.shown = 0
        font = cursor.document().defaultFont()
        self.base = font.pointSizeF()
        metrics = QFontMetricsF(font)
        # Qt's proportional line height is relative to the font's own line spacing, not its size.
        self.em_size = metrics.horizontalAdvance("中")
        self.spacing = metrics.lineSpacing()

    def _block(self, top: float, bottom: float, line_height: float = LINE_HEIGHT_EM) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        percent = 100 * line_height * self.em_size / max(self.spacing, 1)
        fmt.setLineHeight(max(percent, 100), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return fmt

    def _start(self, fmt: QTextBlockFormat, char: QTextCharFormat) -> None:
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(char)
            self.cursor.setCharFormat(char)
            self.first = False
        else:
            self.cursor.insertBlock(fmt, char)

    def heading(self, text: str, level: int, paragraph_id: str = "", color: str = "") -> None:
        fmt = self._block(18 if level > 1 else 4, 8, 1.4)
        fmt.setHeadingLevel(level)
        if paragraph_id:
            fmt.setProperty(ParagraphIdProperty, paragraph_id)
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold)
        char.setFontPointSize(self.base * (1.45 if level == 1 else 1.2))
        if color:
            char.setForeground(QColor(color))
        self._start(fmt, char)
        if paragraph_id:
            self.blocks[paragraph_id] = self.cursor.blockNumber()
        self.cursor.insertText(text, char)

    def caption(self, text: str) -> None:
        char = QTextCharFormat()
        char.setForeground(QColor("#7a7f87"))
        char.setFontPointSize(self.base * 0.9)
        self._start(self._block(0, 6, 1.3), char)
        self.cursor.insertText(text, char)

    def speaker(self, name: str) -> None:
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold)
        char.setForeground(QColor(self.colors.get(name, "#444444")))
        fmt = self._block(14, 2, 1.3)
        self._start(fmt, char)
        self.cursor.insertText(name, char)

    def paragraphs(self, paragraphs: Iterable[Paragraph], speaker: str | None) -> None:
        for paragraph in paragraphs:
            if paragraph.speaker is not None and paragraph.speaker in self.hidden:
                continue
            fmt = self._block(2, 10)
            fmt.setProperty(ParagraphIdProperty, paragraph.id)
            self._start(fmt, QTextCharFormat())
            self.blocks[paragraph.id] = self.cursor.blockNumber()
            self.cursor.insertHtml(paragraph.html)
            self.shown += 1

    def question(self, question: Question, level: int) -> None:
        if question.speaker not in self.hidden:
            for i, paragraph in enumerate(question.prompt.paragraphs):
                self.heading(paragraph.text, level if i == 0 else 3, paragraph.id, "")
                self.shown += 1
        for turn in question.answers:
            self.turn(turn)

    def turn(self, turn: Turn) -> None:
        if turn.speaker in self.hidden:
            return
        self.speaker(turn.speaker)
        self.paragraphs(turn.paragraphs, turn.speaker)
