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
# Looked up once: reading an enum member, or combining flags, in Python costs microseconds a time,
# and a row paint did dozens.
_SELECTED = QStyle.StateFlag.State_Selected.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus.value
_FOCUS_STATE = QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_Item
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_FOCUS_FRAME = QStyle.PrimitiveElement.PE_FrameFocusRect
_FOCUS_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin
_CENTER = Qt.AlignmentFlag.AlignCenter
_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
_ROLES = (QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText)


class BadgeDelegate(QStyledItemDelegate):
    """Draws a row as the style would, and a rounded count on the right of rows that hold annotations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: dict[tuple[str, int], tuple[QFont, QStaticText]] = {}
        self._pens: dict[tuple[int, int, int], QColor] = {}  # by palette, colour group and selection

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
        state: int = option.state.value  # type: ignore[attr-defined]
        selected = bool(state & _SELECTED)
        style.drawPrimitive(_PANEL, option, painter, widget)
        margin = style.pixelMetric(_FOCUS_MARGIN, None, widget) + 1
        badge_width = 0
        if count:
            badge_width = option.fontMetrics.horizontalAdvance(str(count)) + 10  # type: ignore[attr-defined]
        left, right = rect.left() + margin, rect.right() - margin - (badge_width + 6 if count else 0)
        if isinstance(icon, QIcon) and not icon.isNull():
            size: QSize = option.decorationSize  # type: ignore[attr-defined]
            box = QRect(left, rect.top() + (rect.height() - size.height()) // 2, size.width(), size.height())
            icon.paint(painter, box, _CENTER, QIcon.Mode.Selected if selected else QIcon.Mode.Normal)
            left = box.right() + 1 + 2 * margin
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        group = 0 if state & _ACTIVE else 1
        if not state & _ENABLED:
            group = 2
        pen = self._pens.get((palette.cacheKey(), group, selected))
        if pen is None:
            if len(self._pens) > 64:
                self._pens.clear()  # palettes of themes left long ago
            pen = self._pens[(palette.cacheKey(), group, selected)] = palette.color(
                _GROUPS[group], _ROLES[selected]
            )
        font: QFont = option.font  # type: ignore[attr-defined]
        text = self._title(title, max(right - left, 0), font, painter)
        painter.save()
        painter.setFont(font)
        painter.setPen(pen)
        painter.drawStaticText(QPointF(left, rect.top() + (rect.height() - text.size().height()) / 2), text)
        painter.restore()
        if state & _HAS_FOCUS:
            focus = QStyleOptionFocusRect()
            focus.rect = rect  # type: ignore[attr-defined]
            focus.palette = palette  # type: ignore[attr-defined]
            focus.state = option.state | _FOCUS_STATE  # type: ignore[attr-defined]
            focus.backgroundColor = palette.color(  # type: ignore[attr-defined]
                QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Window
            )
            style.drawPrimitive(_FOCUS_FRAME, focus, painter, widget)
        if count:
            self._draw_badge(painter, rect, str(count), badge_width, selected)

    def _title(self, title: str, width: int, font: QFont, painter: QPainter) -> QStaticText:
        """The title elided to ``width`` and laid out in ``font``, made once."""
        kept = self._texts.get((title, width))
        if kept is not None and kept[0] == font:
            return kept[1]
        if len(self._texts) > _KEEP:
            self._texts.clear()
        text = QStaticText(QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, width))
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.prepare(painter.transform(), font)
        self._texts[(title, width)] = (QFont(font), text)
        return text

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
