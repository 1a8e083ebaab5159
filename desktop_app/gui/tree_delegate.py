"""Paints the question tree's rows: the speakers' dots, the title, and a count badge for annotated ones.

A switch of question that scrolls the tree repaints every visible row, and Qt's own item painting
(QStyledItemDelegate) asked the model for seven roles per row through the filter proxy and shaped each
title twice (once to measure it, once to draw it): two thirds of a switch's paint. Here a row asks the
model once (``PaintRole``: title, icon, count) and draws its title from a QStaticText kept by its text,
width and font, so a row seen before is not shaped again. The look is the style's: its panel for the
selection and hover, its focus rectangle, its margins.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.gui.tree_model import PaintRole

BADGE_COLOR = "#e0a800"
_KEEP = 4000  # titles kept laid out; dropped all at once past this (a resize makes new widths)


class BadgeDelegate(QStyledItemDelegate):
    """Draws a row as the style would, and a rounded count on the right of rows that hold annotations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: dict[tuple[str, int, str], QStaticText] = {}

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The row's panel, dots and title, narrowed to leave room for the badge, then the badge."""
        row = index.data(PaintRole)
        if not isinstance(row, tuple):
            super().paint(painter, option, index)
            return
        title, icon, count = row
        rect: QRect = option.rect  # type: ignore[attr-defined]
        widget: QWidget | None = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        state = option.state  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        badge_width = 0
        if count:
            badge_width = option.fontMetrics.horizontalAdvance(str(count)) + 10  # type: ignore[attr-defined]
        left, right = rect.left() + margin, rect.right() - margin - (badge_width + 6 if count else 0)
        if isinstance(icon, QIcon) and not icon.isNull():
            size: QSize = option.decorationSize  # type: ignore[attr-defined]
            box = QRect(left, rect.top() + (rect.height() - size.height()) // 2, size.width(), size.height())
            mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
            icon.paint(painter, box, Qt.AlignmentFlag.AlignCenter, mode)
            left = box.right() + 1 + 2 * margin
        self._draw_title(painter, option, title, left, max(right - left, 0))
        if state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionFocusRect()
            focus.rect = rect  # type: ignore[attr-defined]
            focus.palette = option.palette  # type: ignore[attr-defined]
            focus.state = (  # type: ignore[attr-defined]
                state | QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_Item
            )
            focus.backgroundColor = option.palette.color(  # type: ignore[attr-defined]
                QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Window
            )
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, widget)
        if count:
            self._draw_badge(painter, rect, str(count), badge_width, selected)

    def _draw_title(
        self, painter: QPainter, option: QStyleOptionViewItem, title: str, left: int, width: int
    ) -> None:
        font: QFont = option.font  # type: ignore[attr-defined]
        key = (title, width, font.key())
        text = self._texts.get(key)
        if text is None:
            if len(self._texts) > _KEEP:
                self._texts.clear()
            elided = QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, width)
            text = self._texts[key] = QStaticText(elided)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.prepare(painter.transform(), font)
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        group = (
            QPalette.ColorGroup.Disabled
            if not option.state & QStyle.StateFlag.State_Enabled  # type: ignore[attr-defined]
            else QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active  # type: ignore[attr-defined]
            else QPalette.ColorGroup.Inactive
        )
        selected = option.state & QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect: QRect = option.rect  # type: ignore[attr-defined]
        top = rect.top() + (rect.height() - text.size().height()) / 2
        painter.save()
        painter.setFont(font)
        painter.setPen(palette.color(group, role))
        painter.drawStaticText(QPointF(left, top), text)
        painter.restore()

    @staticmethod
    def _draw_badge(painter: QPainter, rect: QRect, text: str, width: int, selected: bool) -> None:
        badge = QRect(rect.right() - width - 2, rect.top() + 2, width, rect.height() - 4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff" if selected else BADGE_COLOR))
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setPen(QColor("#000000"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
