"""Painting on the answer pane: highlights, search matches, the flash; and reading the selection."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QColor, QTextBlock, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

from desktop_app.domain.anchoring import code_points_to_utf16, utf16_to_code_points
from desktop_app.gui.pane_layout import Look, ParagraphIdProperty, PieceStartProperty

MarkIdProperty = QTextFormat.Property.UserProperty + 2  # on each painted highlight: its id
FLASH_MS = 900
FLASH_COLOR = "#ff9f1c"
SEARCH_COLOR = "#c7e9ff"
SEARCH_CURRENT_COLOR = "#ff9f1c"


class Mark(NamedTuple):
    """A highlight to paint: code-point offsets in a paragraph, and how it looks.

    A named tuple: one is made for every highlight of the transcript when it opens (10,000 at times).
    """

    id: str
    paragraph_id: str
    start: int
    end: int
    color: str
    has_note: bool = False
    note: str = ""  # shown when the pointer rests on the highlight


# The marks of the paragraphs given (those laid out), in the order made. Asked whenever the text is laid
# out anew: a transcript may hold 10,000 highlights, and a screen shows a few of them.
MarkSource = Callable[[Collection[str]], Iterable[Mark]]


@dataclass(frozen=True, slots=True)
class Passage:
    """Part of one paragraph chosen on screen; offsets count code points."""

    paragraph_id: str
    start: int
    end: int


def _piece_start(block: QTextBlock) -> int:
    """The paragraph offset a block starts at (0 unless it is a later piece of a long paragraph)."""
    start = block.blockFormat().property(PieceStartProperty)
    return start if isinstance(start, int) else 0


def _position(first: QTextBlock, paragraph_id: str, offset: int) -> int:
    """The document position of code point ``offset`` of the paragraph whose first block is ``first``."""
    block = first
    while True:
        following = block.next()
        if not following.isValid():
            break
        if following.blockFormat().property(ParagraphIdProperty) != paragraph_id:
            break
        if _piece_start(following) > offset or _piece_start(following) == 0:
            break
        block = following
    text = block.text()
    local = min(max(offset - _piece_start(block), 0), len(text))
    return block.position() + code_points_to_utf16(text, local)


class PaneMarks(QObject):
    """What is painted over a text view: highlights, search matches and the flash; and the selection.

    The pane owns one and tells it when its text was laid out again (:meth:`paint`); this object keeps
    the marks, the search spans and the flash, and reads the pane's ``paragraph_blocks`` map.

    Each mark on screen keeps the selection it is painted with until the text is laid out again, so
    that adding, selecting or flashing one highlight rebuilds only that one (a question may hold
    thousands: finding each one's place in the document is what took the time).
    """

    def __init__(self, view: QTextEdit, paragraph_blocks: Mapping[str, int]) -> None:
        super().__init__(view)
        self._view = view
        self.paragraph_blocks = paragraph_blocks  # the pane's own dict, updated in place as it lays out
        # Set by the pane: lays out the whole of a long paragraph still arriving (pane_tail), so a
        # passage far into it can be selected, revealed or flashed at once.
        self.whole: Callable[[str, int], None] = lambda _paragraph_id, _offset: None
        self.look = Look()
        self._source: MarkSource = lambda _paragraph_ids: ()
        self._marks: dict[str, Mark] = {}  # those on screen, in the order made: a later one paints on top
        self._painted: dict[str, QTextEdit.ExtraSelection] = {}  # the marks on screen, ready to paint
        self._searched: list[QTextEdit.ExtraSelection] | None = None  # the search matches, once built
        self._selected_mark = ""
        # Search matches to paint: spans of a paragraph, and the current match (paragraph, start, end).
        self.search_spans: Callable[[str], list[tuple[int, int]]] | None = None
        self.search_current: tuple[str, int, int] | None = None
        self.flashing = ""
        self._flash_span: tuple[str, int, int] | None = None  # a passage flashed without a highlight
        self.current_paragraph = ""  # the paragraph the recording is at, shown with a faint background
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)

    def set_marks(self, source: MarkSource, selected: str = "") -> None:
        """Paint the marks ``source`` gives for the paragraphs on screen; ``selected`` is drawn underlined."""
        self._source = source
        self._selected_mark = selected
        self.paint()

    def add_marks(self, marks: Iterable[Mark], selected: str | None = None) -> None:
        """Paint ``marks`` too (new or changed ones), leaving every other mark's paint as it is."""
        changed = set()
        for mark in marks:
            self._marks.pop(mark.id, None)  # a changed mark goes on top, as a new one would
            self._marks[mark.id] = mark
            changed.add(mark.id)
        if selected is not None and selected != self._selected_mark:
            changed |= {self._selected_mark, selected}
            self._selected_mark = selected
        self._repaint_marks(changed)

    def select_mark(self, mark_id: str) -> None:
        """Draw ``mark_id`` as the selected highlight ('' for none)."""
        if mark_id != self._selected_mark:
            self.add_marks((), mark_id)

    def marks_on_screen(self) -> list[Mark]:
        """The highlights painted now (their paragraphs are laid out)."""
        return [m for m in self._marks.values() if m.paragraph_id in self.paragraph_blocks]

    def _repaint_marks(self, ids: set[str]) -> None:
        """Build the selections of ``ids`` again (kept in the marks' order) and paint."""
        blocks = self.paragraph_blocks
        if not any(i in self._painted or (i in self._marks and self._marks[i].paragraph_id in blocks)
                   for i in ids):
            return  # none of them is on screen: nothing to paint
        painted = self._painted
        self._painted = {}
        for mark_id, mark in self._marks.items():
            selection = painted.get(mark_id) if mark_id not in ids else self._mark_selection(mark)
            if selection is not None:
                self._painted[mark_id] = selection
        self._apply()

    def _range(self, paragraph_id: str, start: int, end: int) -> QTextCursor | None:
        number = self.paragraph_blocks.get(paragraph_id)
        if number is None:
            return None
        block = self._view.document().findBlockByNumber(number)
        cursor = QTextCursor(block)
        cursor.setPosition(_position(block, paragraph_id, start))
        cursor.setPosition(_position(block, paragraph_id, end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def set_search(
        self, spans: Callable[[str], list[tuple[int, int]]] | None, current: tuple[str, int, int] | None
    ) -> None:
        """Paint search matches (``spans`` per paragraph) and the current one ('None' for no search)."""
        self.search_spans = spans
        self.search_current = current
        self._searched = None
        self._apply()

    def _search_selections(self) -> list[QTextEdit.ExtraSelection]:
        if self._searched is not None:
            return self._searched
        selections = []
        spans = self.search_spans
        for paragraph_id in self.paragraph_blocks if spans else ():
            for start, end in spans(paragraph_id):  # type: ignore[misc]
                cursor = self._range(paragraph_id, start, end)
                if cursor is None:
                    continue
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor  # type: ignore[misc]
                fmt = QTextCharFormat()
                current = self.search_current == (paragraph_id, start, end)
                fmt.setBackground(
                    QColor(self.look.painted(SEARCH_CURRENT_COLOR if current else SEARCH_COLOR))
                )
                if current:
                    fmt.setForeground(QColor("#000000"))
                selection.format = fmt  # type: ignore[misc]
                selections.append(selection)
        self._searched = selections
        return selections

    def set_current_paragraph(self, paragraph_id: str) -> None:
        """Mark ``paragraph_id`` as the one being played ('' for none)."""
        if paragraph_id != self.current_paragraph:
            self.current_paragraph = paragraph_id
            self._apply()

    def _current_selection(self) -> list[QTextEdit.ExtraSelection]:
        # Up to the paragraph's end whatever its length: _position stops at its last block.
        cursor = self._range(self.current_paragraph, 0, 1 << 30) if self.current_paragraph else None
        if cursor is None:
            return []
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[misc]
        fmt = QTextCharFormat()
        faint = QColor(self._view.palette().highlight().color())
        faint.setAlpha(40)  # faint on every theme: the highlights painted over it stay readable
        fmt.setBackground(faint)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.format = fmt  # type: ignore[misc]
        return [selection]

    def paint(self) -> None:
        """Paint everything again (after the view laid its text out anew, or its look changed)."""
        blocks = self.paragraph_blocks
        self._marks = {m.id: m for m in self._source(blocks)}
        self._painted = {}
        for mark in self._marks.values():
            selection = self._mark_selection(mark) if mark.paragraph_id in blocks else None
            if selection is not None:
                self._painted[mark.id] = selection
        self._searched = None
        self._apply()

    def _mark_selection(self, mark: Mark) -> QTextEdit.ExtraSelection | None:
        cursor = self._range(mark.paragraph_id, mark.start, mark.end)
        if cursor is None:
            return None
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[misc]
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self.look.painted(FLASH_COLOR if mark.id == self.flashing else mark.color)))
        if mark.id == self._selected_mark:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setFontUnderline(True)
        elif mark.has_note:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setProperty(MarkIdProperty, mark.id)
        selection.format = fmt  # type: ignore[misc]
        return selection

    def _apply(self) -> None:
        """Hand the view what is built: the played paragraph, the marks, the flash, the search."""
        selections = self._current_selection() + list(self._painted.values())
        if self._flash_span is not None:
            cursor = self._range(*self._flash_span)
            if cursor is not None:
                flash = QTextEdit.ExtraSelection()
                flash.cursor = cursor  # type: ignore[misc]
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(self.look.painted(FLASH_COLOR)))
                flash.format = fmt  # type: ignore[misc]
                selections.append(flash)
        self._view.setExtraSelections(selections + self._search_selections())

    def mark_at(self, position: int) -> str:
        """The id of the highlight at document ``position`` ('' if none); the shortest wins."""
        best, best_len = "", 1 << 30
        for mark_id, selection in self._painted.items():
            cursor = selection.cursor
            if cursor.selectionStart() <= position < cursor.selectionEnd():
                length = cursor.selectionEnd() - cursor.selectionStart()
                if length < best_len:
                    best, best_len = mark_id, length
        return best

    def note_at(self, position: int) -> str:
        """The note of the highlight at document ``position`` ('' if none or no note)."""
        mark = self._marks.get(self.mark_at(position))
        return mark.note if mark else ""

    def mark_rect(self, mark_id: str) -> QRect | None:
        """The viewport rectangle around ``mark_id`` (its first and last character), or None."""
        mark = self._marks.get(mark_id)
        if mark is not None:
            self.whole(mark.paragraph_id, mark.end)
        cursor = self._range(mark.paragraph_id, mark.start, mark.end) if mark else None
        if cursor is None:
            return None
        start, end = QTextCursor(cursor), QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        end.setPosition(cursor.selectionEnd())
        return self._view.cursorRect(start).united(self._view.cursorRect(end))

    def mark_rect_center(self, mark_id: str) -> QPoint | None:
        """The viewport point in the middle of ``mark_id``'s first character (for tests and menus)."""
        mark = self._marks.get(mark_id)
        cursor = self._range(mark.paragraph_id, mark.start, mark.start) if mark else None
        if cursor is None:
            return None
        rect = self._view.cursorRect(cursor)
        return QPoint(rect.right() + 3, rect.center().y())

    def selected_passages(self) -> list[Passage]:
        """The selection, cut into one passage per paragraph it touches (headings and names left out)."""
        cursor = self._view.textCursor()
        if not cursor.hasSelection():
            return []
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        document = self._view.document()
        block = document.findBlock(start)
        passages: list[Passage] = []
        while block.isValid() and block.position() < end:
            paragraph_id = block.blockFormat().property(ParagraphIdProperty)
            if isinstance(paragraph_id, str) and paragraph_id:
                text = block.text()
                s16 = max(start - block.position(), 0)
                e16 = min(end - block.position(), len(text.encode("utf-16-le")) // 2)
                s = utf16_to_code_points(text, s16)
                e = utf16_to_code_points(text, e16, round_up=True)
                piece = _piece_start(block)
                if text[s:e].strip():
                    if passages and passages[-1].paragraph_id == paragraph_id and piece:
                        # The next piece of a long paragraph: one passage across its blocks.
                        passages[-1] = Passage(paragraph_id, passages[-1].start, piece + e)
                    else:
                        passages.append(Passage(paragraph_id, piece + s, piece + e))
            block = block.next()
        return passages

    def selected_text(self) -> str:
        """The selection as plain text, a long paragraph's pieces joined as the one paragraph they are."""
        cursor = self._view.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        block = self._view.document().findBlock(start)
        parts: list[str] = []
        previous = ""
        while block.isValid() and block.position() <= end:
            part = QTextCursor(block)
            part.setPosition(max(start, block.position()))
            part.setPosition(min(end, block.position() + block.length() - 1), QTextCursor.MoveMode.KeepAnchor)
            text = part.selection().toPlainText()
            paragraph_id = block.blockFormat().property(ParagraphIdProperty)
            if parts and _piece_start(block) and paragraph_id == previous:
                parts[-1] += text  # the next piece: no line break, the paragraph has none there
            else:
                parts.append(text)
            previous = paragraph_id if isinstance(paragraph_id, str) else ""
            block = block.next()
        return "\n".join(parts)

    def select_passage(self, paragraph_id: str, start: int, end: int) -> bool:
        """Select a passage on screen, as a reader's mouse would (False if it is not shown)."""
        self.whole(paragraph_id, end)
        cursor = self._range(paragraph_id, start, end)
        if cursor is None:
            return False
        self._view.setTextCursor(cursor)
        return True

    def reveal(self, mark_id: str) -> bool:
        """Scroll ``mark_id`` into view and flash it; False if it is not on screen."""
        mark = self._marks.get(mark_id)
        if mark is not None:
            self.whole(mark.paragraph_id, mark.end)
        cursor = self._range(mark.paragraph_id, mark.start, mark.end) if mark else None
        if cursor is None:
            return False
        plain = QTextCursor(cursor)
        plain.clearSelection()
        self._view.setTextCursor(plain)
        self._view.ensureCursorVisible()
        flashed, self.flashing = self.flashing, mark_id
        self._repaint_marks({flashed, mark_id})
        self._flash_timer.start(FLASH_MS)
        return True

    def flash_passage(self, paragraph_id: str, start: int, end: int) -> bool:
        """Flash a passage that may hold no highlight (a link's range); False if it is not on screen."""
        self.whole(paragraph_id, end)
        cursor = self._range(paragraph_id, start, end)
        if cursor is None:
            return False
        self._flash_span = (paragraph_id, start, end)
        self._apply()
        self._flash_timer.start(FLASH_MS)
        return True

    def _end_flash(self) -> None:
        self._flash_span = None
        flashed, self.flashing = self.flashing, ""
        self._repaint_marks({flashed})

