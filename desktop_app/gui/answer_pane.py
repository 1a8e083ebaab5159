"""The answer pane: a question (or a whole section, or the preface) laid out for reading Chinese."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QSizeF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDesktopServices,
    QFont,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.domain.citation import cite
from desktop_app.domain.model import PREFACE_ID, Question, Section, Transcript
from desktop_app.gui.pane_input import PaneInput
from desktop_app.gui.pane_layout import MEASURE_EM, Look, NodeIdProperty, ParagraphIdProperty, Tail, Writer
from desktop_app.gui.pane_marks import PaneMarks
from desktop_app.gui.pane_place import Place, place_at_top, scroll_to_place
from desktop_app.gui.pane_tail import TailFiller
from desktop_app.gui.plain import is_safe_link
from desktop_app.gui.qt_mime import QtMimeMaker
from desktop_app.render.fonts import reading_font

WINDOW_UNITS = 4  # sections laid out at once in continuous mode; more are laid out while scrolling


class AnswerPane(QTextBrowser):
    """Shows the chosen node speaker by speaker; hidden speakers' turns are left out."""

    position_changed = Signal(str, int)  # the node at the top of the view, pixels scrolled past it
    context_menu_requested = Signal(QPoint, str)  # global position, highlight under the mouse or ''
    link_refused = Signal(str)  # a link that is not http(s)/mailto was clicked and not followed
    painted = Signal()  # after each paint of the page (work waiting for the first screen listens to it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerPane")
        self.setAccessibleName(QCoreApplication.translate("AnswerPane", "Answers"))
        # Links are followed by us, not by QTextBrowser: only http(s)/mailto leave, after a click, and
        # the pane never navigates away from the transcript.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_link_clicked)
        self.setFont(reading_font())
        self.document().setDefaultFont(reading_font())
        self.document().setDocumentMargin(24)
        self._transcript: Transcript | None = None
        self._mime = QtMimeMaker(self)
        self._node_id = ""
        self._hidden: frozenset[str] = frozenset()
        self.paragraph_blocks: dict[str, int] = {}
        self.node_blocks: dict[str, int] = {}
        self._continuous = False
        self._window = (0, 0)
        self._units_of: Transcript | None = None
        self._unit_list: list[str] = []
        self._unit_index: dict[str, int] = {}
        self._scrolling = False
        self._made_document: QTextDocument | None = None  # the document _render made and shows now
        self._look = Look()
        self.cite_on_copy = True
        self.marks = PaneMarks(self, self.paragraph_blocks)  # highlights, search matches, the flash
        # Long paragraphs' rests, appended after the first paint; the marks placed again once all is in.
        self.tail = TailFiller(self.marks.paint, self)
        self.marks.whole = self.tail.finish_for
        self.input = PaneInput(self, self.marks, self._is_continuous)  # the reader's mouse and keys
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    @property
    def node_id(self) -> str:
        """The id of the node shown (a section, a question, or the preface)."""
        return self._node_id

    def _is_continuous(self) -> bool:
        return self._continuous

    @property
    def continuous(self) -> bool:
        """True when the pane shows the whole transcript in one scroll."""
        return self._continuous

    def set_look(self, look: Look, font: QFont | None = None) -> None:
        """Lay text out with ``look`` (and ``font``), keeping the reading position."""
        where = (self.reading_position(), self.place())  # before the new font reflows the text
        self._look = look
        self.marks.look = look
        if font is not None:
            self.setFont(font)
            self.document().setDefaultFont(font)
        self._rerender_in_place(*where)

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

    def _rerender_in_place(
        self, position: tuple[str, int] | None = None, place: Place | None = None
    ) -> None:
        if self._transcript is None:
            return
        node, offset = position or self.reading_position()
        place = place or self.place()
        self._render(around=node or self._node_id)
        if not (place is not None and self.scroll_to_place(place)):
            self.scroll_to_node(node or self._node_id, offset)
        self.position_changed.emit(*self.reading_position())  # remembered as it is laid out now

    def place(self) -> Place | None:
        """The first visible line, by paragraph and character (None before anything is laid out)."""
        return place_at_top(self) if self.paragraph_blocks else None

    def scroll_to_place(self, place: Place) -> bool:
        """Put ``place``'s line at the top (laying its section out first in continuous mode)."""
        if place.paragraph_id not in self.paragraph_blocks and self._continuous and self._transcript:
            question = self._transcript.question_of(place.paragraph_id)
            self._render(around=question.id if question else PREFACE_ID)
        self.tail.finish_for(place.paragraph_id, place.offset)
        self._scrolling = True
        try:
            done = scroll_to_place(self, self.paragraph_blocks, place)
        finally:
            self._scrolling = False
        if done:
            self._extend_if_near_edge()
        return done

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
        self._scroll_exact(number, offset)
        self._extend_if_near_edge()
        return True

    def _scroll_exact(self, block_number: int, offset: int) -> None:
        block = self.document().findBlockByNumber(block_number)
        y = self.document().documentLayout().blockBoundingRect(block).top()
        self._scrolling = True
        self.verticalScrollBar().setValue(round(y) + offset)
        self._scrolling = False

    # layout
    def _units(self) -> list[str]:
        """The nodes continuous mode lays out, in order: the preface, then each section."""
        transcript = self._transcript
        assert transcript is not None
        if self._units_of is not transcript:
            units = [PREFACE_ID] if transcript.preface else []
            self._unit_list = units + [s.id for s in transcript.sections]
            self._unit_index = {unit: i for i, unit in enumerate(self._unit_list)}
            self._units_of = transcript
        return self._unit_list

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
        # A null page size holds the layout back until setDocument() gives the page the view's width:
        # otherwise the text control lays the whole page out once at a default width, then again.
        document.setPageSize(QSizeF(0, 0))
        document.setDefaultFont(self.document().defaultFont())
        document.setDocumentMargin(self.document().documentMargin())
        document.setUndoRedoEnabled(False)  # the reader never edits it: no record of every insertion
        self.tail.stop()
        self.paragraph_blocks.clear()  # the same dict: the marks helper reads it
        tails: list[Tail] = []
        writer = Writer(QTextCursor(document), self.paragraph_blocks, transcript, self._hidden, self._look,
                        tails)
        if self._continuous:
            units = self._units()
            if window is None:
                at = self._unit_index.get(self._unit_of(around), 0)
                window = (max(at - 1, 0), min(at + WINDOW_UNITS - 1, len(units)))
            self._window = window
            for unit in units[window[0] : window[1]]:
                self._write_node(writer, unit, continuous=True)
        else:
            self._write_node(writer, self._node_id, continuous=False)
        if writer.shown == 0:
            writer.caption(
                QCoreApplication.translate(
                    "AnswerPane", "Nothing to show: every speaker here is hidden by the speaker filter."
                )
            )
        self.node_blocks = writer.nodes
        previous = self.document()
        # The first document belongs to Qt's text control, which deletes it. Asked of that document,
        # parent() makes PySide look through every class it knows for the control's private one, building
        # ~170 enum types a first paint never uses: so the pane remembers which document it made.
        ours = previous is self._made_document
        self.setExtraSelections([])  # they point into the old document, which is about to go
        self._scrolling = True
        self.setDocument(document)
        self._made_document = document
        self._scrolling = False
        if ours:
            # setDocument() keeps a replaced document that has another parent: without this every switch
            # kept its laid-out document (~55 KB) until the window closed. Later, not now: this may run
            # inside a signal of that document's layout (its size changed, the scroll bar moved). At the
            # next turn of the event loop, whoever replaced it: a deleteLater() from outside any event
            # (start-up, a script) waits for exec(), and until then a long page's layout kept laying it out
            # in the background, 200,000 characters at a time.
            QTimer.singleShot(0, previous, previous.deleteLater)
        self._fit_measure()
        self.marks.paint()
        self.tail.start(writer, tails)

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
        """Lay out more sections when the reader nears either end of what is laid out.

        The window of sections grows by one at the end being approached and, past WINDOW_UNITS,
        drops one at the other end (never the section being read); the view stays where it was.
        """
        if not self._continuous or self._transcript is None:
            return
        units = self._units()
        for _ in range(WINDOW_UNITS):  # a few sections per scroll at most
            bar = self.verticalScrollBar()
            lo, hi = self._window
            near_end = bar.value() > bar.maximum() - 2 * bar.pageStep() and hi < len(units)
            near_start = bar.value() < bar.pageStep() and lo > 0
            if not (near_end or near_start):
                return
            node, offset = self.reading_position()
            reading = self._unit_index.get(self._unit_of(node), lo)
            if near_end:
                hi += 1
                if hi - lo > WINDOW_UNITS and lo < reading:
                    lo += 1
            else:
                lo -= 1
                if hi - lo > WINDOW_UNITS and hi - 1 > reading:
                    hi -= 1
            self._render(window=(lo, hi))
            number = self.node_blocks.get(node)
            if number is not None:
                self._scroll_exact(number, offset)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the page, then say so (see ``painted``)."""
        super().paintEvent(event)
        self.painted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the line length comfortable at any width."""
        super().resizeEvent(event)
        self._fit_measure()

    def _fit_measure(self) -> None:
        em = max(self.fontMetrics().horizontalAdvance("中"), 8)
        margin = int(self.document().documentMargin())
        spare = self.viewport().width() - MEASURE_EM * em - 2 * margin
        # The frame's left/right margins replace the document margin on those sides: keep it in.
        side = margin + max(spare // 2, 0)
        root = self.document().rootFrame()
        fmt: QTextFrameFormat = root.frameFormat()
        if int(fmt.leftMargin()) != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            root.setFrameFormat(fmt)

    def loadResource(self, type: int, name: QUrl | str) -> object:
        """Never load anything a transcript names (images, style sheets): text stays text."""
        return None

    def _on_link_clicked(self, url: QUrl) -> None:
        """Hand http, https and mailto links to the system; every other link is inert."""
        if is_safe_link(url):
            QDesktopServices.openUrl(url)
        else:
            self.link_refused.emit(url.toString())

    def show_selection_whole(self) -> None:
        """Scroll so that the selection's first line is whole in view, a line below the top edge."""
        cursor = self.textCursor()
        start = QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        top = self.cursorRect(start)
        margin = top.height()
        if top.top() < margin or top.bottom() > self.viewport().height() - margin:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + top.top() - self.viewport().height() // 3)

    def copy_with_citation(self) -> None:
        """Copy the selection with its speaker and source, whatever Copy with Citation is set to."""
        cite_on_copy, self.cite_on_copy = self.cite_on_copy, True
        try:
            self.copy()
        finally:
            self.cite_on_copy = cite_on_copy

    def set_caret_browsing(self, on: bool) -> None:
        """Let the keyboard move a visible caret and select (F7), or only the mouse select."""
        flags = Qt.TextInteractionFlag.TextBrowserInteraction
        if on:
            flags |= Qt.TextInteractionFlag.TextSelectableByKeyboard
        self.setTextInteractionFlags(flags)
        self.setFocus()

    def select_paragraph_at_caret(self) -> bool:
        """Select the whole paragraph the caret is in; False when it is not in a paragraph."""
        block = self.textCursor().block()
        paragraph_id = block.blockFormat().property(ParagraphIdProperty)
        if not isinstance(paragraph_id, str) or not paragraph_id or self._transcript is None:
            return False
        paragraph = self._transcript.find(paragraph_id)
        text = getattr(paragraph, "text", "")
        return bool(text) and self.marks.select_passage(paragraph_id, 0, len(text))

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy the selection; with citations on, as 「…」——speaker,《title》."""
        transcript = self._transcript
        if not self.cite_on_copy or transcript is None:
            # Qt's own, line breaks between a long paragraph's pieces and all.
            return super().createMimeDataFromSelection()
        text = self.marks.selected_text()  # Qt's would break the line between a long paragraph's pieces
        speakers = []
        for passage in self.marks.selected_passages():
            paragraph = transcript.find(passage.paragraph_id)
            speakers.append(getattr(paragraph, "speaker", None) or "")
        # Made by Qt: a QMimeData made in Python and left on the clipboard crashed the process at its exit.
        return self._mime.text(cite(text, speakers, transcript.title))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """After the pane's own handling (the selection is final then), say what the release meant."""
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.input.released(event.position().toPoint())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Ask the window for a menu that knows about the highlight under the mouse."""
        position = self.cursorForPosition(event.pos()).position()
        self.context_menu_requested.emit(event.globalPos(), self.marks.mark_at(position))
