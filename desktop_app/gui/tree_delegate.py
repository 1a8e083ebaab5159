"""Paints the question tree's rows: the usual row, and a count badge for annotated questions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.gui.tree_model import CountRole

BADGE_COLOR = "#e0a800"


class BadgeDelegate(QStyledItemDelegate):
    """Draws a rounded count on the right of rows that hold annotations."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The row, narrowed to leave room for the badge, then the badge."""
        count = index.data(CountRole) or 0
        if not count:
            super().paint(painter, option, index)
            return
        text = str(count)
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        width = metrics.horizontalAdvance(text) + 10
        rect: QRect = option.rect  # type: ignore[attr-defined]
        narrowed = QStyleOptionViewItem(option)
        narrowed.rect = QRect(rect.left(), rect.top(), rect.width() - width - 6, rect.height())  # type: ignore[attr-defined]
        super().paint(painter, narrowed, index)
        badge = QRect(rect.right() - width - 2, rect.top() + 2, width, rect.height() - 4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.setBrush(QColor("#ffffff" if selected else BADGE_COLOR))
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setPen(QColor("#000000"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
