"""The reader's place, exact to the line: the paragraph and character offset of the first visible line.

Pixels alone drift (a restart lays the text out anew, a font change reflows it); a paragraph id and a
code-point offset name the same line whatever the layout. A line that belongs to no paragraph (a
section title, a speaker's name) is named by the paragraph after it and how many blocks before it lies.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QTextEdit

from desktop_app.domain.anchoring import code_points_to_utf16, utf16_to_code_points
from desktop_app.gui.pane_layout import ParagraphIdProperty, PieceStartProperty


@dataclass(frozen=True, slots=True)
class Place:
    """A line: ``offset`` code points into ``paragraph_id``, or ``blocks_before`` blocks above it."""

    paragraph_id: str
    offset: int = 0
    blocks_before: int = 0
    pixels: int = 0  # how far the view is scrolled into that line (kept while it is that tall)

    def encode(self) -> str:
        """The place as one settings value: ``paragraph|offset|blocks_before|pixels``."""
        return f"{self.paragraph_id}|{self.offset}|{self.blocks_before}|{self.pixels}"

    @classmethod
    def decode(cls, value: str) -> Place | None:
        """The place a settings value holds (None for an empty or unreadable one)."""
        parts = value.split("|")
        if len(parts) != 4 or not parts[0]:
            return None
        try:
            return cls(parts[0], *(max(int(part), 0) for part in parts[1:]))
        except ValueError:
            return None


def _paragraph(block: QTextBlock) -> str:
    value = block.blockFormat().property(ParagraphIdProperty)
    return value if isinstance(value, str) else ""


def _piece_start(block: QTextBlock) -> int:
    value = block.blockFormat().property(PieceStartProperty)
    return value if isinstance(value, int) else 0


def place_at_top(view: QTextEdit) -> Place | None:
    """The first line visible at the top of ``view`` (None when no paragraph is laid out below it)."""
    margin = int(view.document().documentMargin())
    cursor = view.cursorForPosition(QPoint(margin + 1, 1))
    if cursor.block().layout().lineCount() == 0 and cursor.block().length() > 1:
        # Qt lays nothing out past ~8.4 million pixels (a 50 MB paragraph goes further); its hit test in
        # the top margin then answers the page's last block: ask below the margin instead.
        cursor = view.cursorForPosition(QPoint(margin + 1, margin + 1))
    top = cursor.block()
    scrolled = view.verticalScrollBar().value()
    block_top = view.document().documentLayout().blockBoundingRect(top).top()
    paragraph = _paragraph(top)
    if paragraph:
        line = top.layout().lineForTextPosition(cursor.positionInBlock())
        start16, line_y = (line.textStart(), line.y()) if line.isValid() else (0, 0.0)
        offset = _piece_start(top) + utf16_to_code_points(top.text(), start16)
        return Place(paragraph, offset, 0, max(round(scrolled - block_top - line_y), 0))
    block, before = top, 0
    while block.isValid() and not _paragraph(block):
        block, before = block.next(), before + 1
    if not block.isValid():
        return None
    return Place(_paragraph(block), 0, before, max(round(scrolled - block_top), 0))


def scroll_to_place(view: QTextEdit, blocks: Mapping[str, int], place: Place) -> bool:
    """Put ``place``'s line at the top of ``view``; False if its paragraph is not laid out."""
    number = blocks.get(place.paragraph_id)
    if number is None:
        return False
    document = view.document()
    block = document.findBlockByNumber(number)
    layout = document.documentLayout()
    if place.blocks_before:
        target = block
        for _ in range(place.blocks_before):
            if target.previous().isValid():
                target = target.previous()
        rect = layout.blockBoundingRect(target)
        y = rect.top() + min(place.pixels, max(rect.height() - 1, 0))
    else:
        while (
            block.next().isValid()
            and _paragraph(block.next()) == place.paragraph_id
            and 0 < _piece_start(block.next()) <= place.offset
        ):
            block = block.next()  # the piece of a long paragraph that holds the offset
        local = code_points_to_utf16(block.text(), place.offset - _piece_start(block))
        line = block.layout().lineForTextPosition(local)
        within = min(place.pixels, max(round(line.height()) - 1, 0)) if line.isValid() else 0
        y = layout.blockBoundingRect(block).top() + (line.y() if line.isValid() else 0) + within
    view.verticalScrollBar().setValue(round(y))
    return True
