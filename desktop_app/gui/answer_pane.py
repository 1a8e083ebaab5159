"""The answer pane: a question (or a whole section, or the preface) laid out for reading Chinese."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QMouseEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from desktop_app.domain.anchoring import code_points_to_utf16, utf16_to_code_points
from desktop_app.domain.citation import cite
from desktop_app.domain.model import Question, Section, Transcript
from desktop_app.gui.pane_layout import (
    MEASURE_EM,
    Look,
    NodeIdProperty,
    ParagraphIdProperty,
    Writer,
    reading_font,
)
from desktop_app.gui.tree_model import PREFACE_ID

MarkIdProperty = QTextFormat.Property.UserProperty + 2  # on each painted highlight: its id
FLASH_MS = 900
WINDOW_UNITS = 4  # sections laid out at once in continuous mode; more are laid out while scrolling
FLASH_COLOR = "#ff9f1c"


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnswerPane", text)


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlight to paint: code-point offsets in a paragraph, and how it looks."""

    id: str
    paragraph_id: str
    start: int
    end: int
    color: str
    has_note: bool = False


@dataclass(frozen=True, slots=True)
class Passage:
    """Part of one paragraph chosen on screen; offsets count code points."""

    paragraph_id: str
    start: int
    end: int


class AnswerPane(QTextBrowser):
    """Shows the chosen node speaker by speaker; hidden speakers' turns are left out."""

    highlight_clicked = Signal(str)  # the id of the highlight clicked, '' for plain text
    position_changed = Signal(str, int)  # the node at the top of the view, pixels scrolled past it
    context_menu_requested = Signal(QPoint, str)  # global position, highlight under the mouse or ''

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
        self.node_blocks: dict[str, int] = {}
        self._continuous = False
        self._window = (0, 0)
        self._scrolling = False
        self._look = Look()
        self.cite_on_copy = True
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._marks: list[Mark] = []
        self._selected_mark = ""
        self.flashing = ""
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)

    @property
    def node_id(self) -> str:
        """The id of the node shown (a section, a question, or the preface)."""
        return self._node_id

    @property
    def continuous(self) -> bool:
        """True when the pane shows the whole transcript in one scroll."""
        return self._continuous

    def set_look(self, look: Look, font: QFont | None = None) -> None:
        """Lay text out with ``look`` (and ``font``), keeping the reading position."""
        self._look = look
        if font is not None:
            self.setFont(font)
            self.document().setDefaultFont(font)
        self._rerender_in_place()

    def set_continuous(self, on: bool) -> None:
        """Switch between one node at a time and the whole transcript in one scroll."""
        if on == self._continuous:
            return
        node, offset = self.reading_position()
        self._continuous = on
        if self._transcript is not None:
            self._node_id = node or self._node_id
            self._render(around=self._node_id)
            self.scroll_to_node(self._node_id, offset)

    def show_node(self, transcript: Transcript, node_id: str, hidden: Iterable[str] = ()) -> None:
        """Show ``node_id`` of ``transcript`` (in continuous mode: scroll to it), without ``hidden``."""
        hidden = frozenset(hidden)
        same = transcript is self._transcript and hidden == self._hidden
        self._transcript = transcript
        self._node_id = node_id
        self._hidden = hidden
        if self._continuous and same and node_id in self.node_blocks:
            self.scroll_to_node(node_id)
            return
        self._render(around=node_id)
        if self._continuous:
            self.scroll_to_node(node_id)

    def set_hidden(self, hidden: Iterable[str]) -> None:
        """Show or hide speakers in what is on screen now, keeping the reading position."""
        self._hidden = frozenset(hidden)
        self._rerender_in_place()

    def _rerender_in_place(self) -> None:
        if self._transcript is None:
            return
        node, offset = self.reading_position()
        self._render(around=node or self._node_id)
        self.scroll_to_node(node or self._node_id, offset)

    def paragraph_at_block(self, block_number: int) -> str:
        """The id of the paragraph laid out in block ``block_number`` ('' for headings and names)."""
        block = self.document().findBlockByNumber(block_number)
        value = block.blockFormat().property(ParagraphIdProperty)
        return value if isinstance(value, str) else ""

    # the reading position
    def reading_position(self) -> tuple[str, int]:
        """The node at the top of the view, and how many pixels of it are scrolled past."""
        if not self.node_blocks:
            return self._node_id, 0
        top = self.cursorForPosition(QPoint(0, 0)).block()
        block = top
        while block.isValid():
            node = block.blockFormat().property(NodeIdProperty)
            if isinstance(node, str) and node:
                y = self.document().documentLayout().blockBoundingRect(block).top()
                return node, max(self.verticalScrollBar().value() - round(y), 0)
            block = block.previous()
        return self._node_id, self.verticalScrollBar().value()

    def scroll_to_node(self, node_id: str, offset: int = 0) -> bool:
        """Put ``node_id``'s first line at the top of the view (plus ``offset`` pixels)."""
        number = self.node_blocks.get(node_id)
        if number is None and self._continuous and self._transcript is not None and self._unit_of(node_id):
            self._render(around=node_id)
            number = self.node_blocks.get(node_id)
        if number is None:
            self.verticalScrollBar().setValue(offset if node_id == self._node_id else 0)
            return False
        block = self.document().findBlockByNumber(number)
        y = self.document().documentLayout().blockBoundingRect(block).top()
        self._scrolling = True
        self.verticalScrollBar().setValue(round(y) + offset)
        self._scrolling = False
        self._extend_if_near_edge()
        return True

    # layout
    def _units(self) -> list[str]:
        """The nodes continuous mode lays out, in order: the preface, then each section."""
        transcript = self._transcript
        assert transcript is not None
        units = [PREFACE_ID] if transcript.preface else []
        return units + [s.id for s in transcript.sections]

    def _unit_of(self, node_id: str) -> str:
        transcript = self._transcript
        if transcript is None:
            return ""
        node = transcript.find(node_id)
        if isinstance(node, Question):
            return node.section_id
        if isinstance(node, Section) or node_id == PREFACE_ID:
            return node_id
        return ""

    def _render(self, around: str = "", window: tuple[int, int] | None = None) -> None:
        transcript = self._transcript
        assert transcript is not None
        document = QTextDocument(self)
        document.setDefaultFont(self.document().defaultFont())
        document.setDocumentMargin(self.document().documentMargin())
        self.paragraph_blocks = {}
        writer = Writer(QTextCursor(document), self.paragraph_blocks, transcript, self._hidden, self._look)
        if self._continuous:
            units = self._units()
            if window is None:
                unit = self._unit_of(around) or (units[0] if units else "")
                at = units.index(unit) if unit in units else 0
                window = (max(at - 1, 0), min(at + WINDOW_UNITS - 1, len(units)))
            self._window = window
            for unit in units[window[0] : window[1]]:
                self._write_node(writer, unit, continuous=True)
        else:
            self._write_node(writer, self._node_id, continuous=False)
        if writer.shown == 0:
            writer.caption(_tr("Nothing to show: every speaker here is hidden by the speaker filter."))
        self.node_blocks = writer.nodes
        self._scrolling = True
        self.setDocument(document)
        self._scrolling = False
        self._fit_measure()
        self._paint()

    def _write_node(self, writer: Writer, node_id: str, continuous: bool) -> None:
        transcript = self._transcript
        assert transcript is not None
        node = transcript.find(node_id)
        if node_id == PREFACE_ID:
            writer.preface(transcript, PREFACE_ID)
        elif isinstance(node, Section):
            writer.section(node)
        elif isinstance(node, Question) and not continuous:
            writer.caption(transcript.section_of(node).title)
            writer.question(node, level=1)

    def _on_scrolled(self, _value: int) -> None:
        if self._scrolling or self._transcript is None:
            return
        if self._continuous:
            self._extend_if_near_edge()
        node, offset = self.reading_position()
        self.position_changed.emit(node, offset)

    def _extend_if_near_edge(self) -> None:
        """Lay out one more section when the reader nears either end of what is laid out."""
        if not self._continuous or self._transcript is None:
            return
        bar = self.verticalScrollBar()
        units = self._units()
        lo, hi = self._window
        near_end = bar.value() > bar.maximum() - 2 * bar.pageStep() and hi < len(units)
        near_start = bar.value() < bar.pageStep() and lo > 0
        if not (near_end or near_start):
            return
        node, offset = self.reading_position()
        if near_end:
            lo, hi = max(lo, hi + 1 - WINDOW_UNITS), hi + 1
        else:
            lo, hi = lo - 1, min(hi, lo - 1 + WINDOW_UNITS)
        self._render(window=(lo, hi))
        self.scroll_to_node(node, offset)

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

    # highlights
    def set_marks(self, marks: Iterable[Mark], selected: str = "") -> None:
        """Paint ``marks`` (those whose paragraph is on screen); ``selected`` is drawn underlined."""
        self._marks = list(marks)
        self._selected_mark = selected
        self._paint()

    def select_mark(self, mark_id: str) -> None:
        """Draw ``mark_id`` as the selected highlight ('' for none)."""
        self._selected_mark = mark_id
        self._paint()

    def marks_on_screen(self) -> list[Mark]:
        """The highlights painted now (their paragraphs are laid out)."""
        return [m for m in self._marks if m.paragraph_id in self.paragraph_blocks]

    def _range(self, paragraph_id: str, start: int, end: int) -> QTextCursor | None:
        number = self.paragraph_blocks.get(paragraph_id)
        if number is None:
            return None
        block = self.document().findBlockByNumber(number)
        text = block.text()
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + code_points_to_utf16(text, start))
        cursor.setPosition(
            block.position() + code_points_to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor
        )
        return cursor

    def _paint(self) -> None:
        selections = []
        for mark in self._marks:
            cursor = self._range(mark.paragraph_id, mark.start, mark.end)
            if cursor is None:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[misc]
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(FLASH_COLOR if mark.id == self.flashing else mark.color))
            if mark.id == self._selected_mark:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setFontUnderline(True)
            elif mark.has_note:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setProperty(MarkIdProperty, mark.id)
            selection.format = fmt  # type: ignore[misc]
            selections.append(selection)
        self.setExtraSelections(selections)

    def mark_at(self, position: int) -> str:
        """The id of the highlight at document ``position`` ('' if none); the shortest wins."""
        best, best_len = "", 1 << 30
        for mark in self._marks:
            cursor = self._range(mark.paragraph_id, mark.start, mark.end)
            if cursor is not None and cursor.selectionStart() <= position < cursor.selectionEnd():
                length = cursor.selectionEnd() - cursor.selectionStart()
                if length < best_len:
                    best, best_len = mark.id, length
        return best

    def mark_rect_center(self, mark_id: str) -> QPoint | None:
        """The viewport point in the middle of ``mark_id``'s first character (for tests and menus)."""
        for mark in self._marks:
            if mark.id == mark_id:
                cursor = self._range(mark.paragraph_id, mark.start, mark.start)
                if cursor is None:
                    return None
                rect = self.cursorRect(cursor)
                return QPoint(rect.right() + 3, rect.center().y())
        return None

    def selected_passages(self) -> list[Passage]:
        """The selection, cut into one passage per paragraph it touches (headings and names left out)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return []
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        document = self.document()
        block = document.findBlock(start)
        passages = []
        while block.isValid() and block.position() < end:
            paragraph_id = block.blockFormat().property(ParagraphIdProperty)
            if isinstance(paragraph_id, str) and paragraph_id:
                text = block.text()
                s16 = max(start - block.position(), 0)
                e16 = min(end - block.position(), len(text.encode("utf-16-le")) // 2)
                s = utf16_to_code_points(text, s16)
                e = utf16_to_code_points(text, e16, round_up=True)
                if text[s:e].strip():
                    passages.append(Passage(paragraph_id, s, e))
            block = block.next()
        return passages

    def select_passage(self, paragraph_id: str, start: int, end: int) -> bool:
        """Select a passage on screen, as a reader's mouse would (False if it is not shown)."""
        cursor = self._range(paragraph_id, start, end)
        if cursor is None:
            return False
        self.setTextCursor(cursor)
        return True

    def reveal(self, mark_id: str) -> bool:
        """Scroll ``mark_id`` into view and flash it; False if it is not on screen."""
        for mark in self._marks:
            if mark.id == mark_id:
                cursor = self._range(mark.paragraph_id, mark.start, mark.end)
                if cursor is None:
                    return False
                plain = QTextCursor(cursor)
                plain.clearSelection()
                self.setTextCursor(plain)
                self.ensureCursorVisible()
                self.flashing = mark_id
                self._paint()
                self._flash_timer.start(FLASH_MS)
                return True
        return False

    def _end_flash(self) -> None:
        self.flashing = ""
        self._paint()

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy the selection; with citations on, as 「…」——speaker,《title》."""
        mime = super().createMimeDataFromSelection()
        transcript = self._transcript
        if not self.cite_on_copy or transcript is None:
            return mime
        speakers = []
        for passage in self.selected_passages():
            paragraph = transcript.find(passage.paragraph_id)
            speakers.append(getattr(paragraph, "speaker", None) or "")
        text = self.textCursor().selection().toPlainText()
        cited = QMimeData()
        cited.setText(cite(text, speakers, transcript.title))
        return cited

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click (not a drag) on a highlight selects it."""
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            position = self.cursorForPosition(event.position().toPoint()).position()
            self.highlight_clicked.emit(self.mark_at(position))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Ask the window for a menu that knows about the highlight under the mouse."""
        position = self.cursorForPosition(event.pos()).position()
        self.context_menu_requested.emit(event.globalPos(), self.mark_at(position))
