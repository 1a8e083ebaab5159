"""The small toolbar that floats beside a selection or a clicked highlight (like Foliate's, 微信读书's).

On a text selection it offers the five colours, Note and Copy with citation; on a highlight, the
colours (to recolour), Note and Delete. It lives inside the pane's viewport, so it never takes the
keyboard focus from the text; a click elsewhere, Esc, or a scroll puts it away. In a pane too narrow
for one row, the colours take a row and the commands wrap onto the next ones, so no button is cut off.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

GAP = 6  # px between the selection and the toolbar
SPACING = 2  # px between buttons, and between rows


class SelectionToolbar(QFrame):
    """A row of buttons for what can be done with the selection or the highlight under it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selectionToolbar")
        self.setAccessibleName(QCoreApplication.translate("SelectionToolbar", "Selection actions"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column = self._column = QVBoxLayout(self)
        column.setContentsMargins(4, 2, 4, 2)
        column.setSpacing(SPACING)
        self._rows: list[QHBoxLayout] = []  # more than one only when one row does not fit
        self.hide()

    def show_actions(self, actions: Sequence[QAction], around: QRect) -> None:
        """Offer ``actions`` beside ``around`` (viewport coordinates): above it, or below if no room."""
        self._clear()
        parent = self.parentWidget()
        area = parent.rect() if parent is not None else QRect()
        margins = self._column.contentsMargins()
        buttons = [self._button(action) for action in actions]
        for row in self._wrap(buttons, area.width() - margins.left() - margins.right()):
            line = QHBoxLayout()
            line.setSpacing(SPACING)
            for button in row:
                line.addWidget(button)
            line.addStretch(1)
            self._column.addLayout(line)
            self._rows.append(line)
        self.adjustSize()
        x = min(max(around.center().x() - self.width() // 2, 0), max(area.width() - self.width(), 0))
        y = around.top() - self.height() - GAP
        if y < 0:
            y = around.bottom() + GAP
        self.move(QPoint(x, min(y, max(area.height() - self.height(), 0))))
        self.show()
        self.raise_()

    @staticmethod
    def _wrap(buttons: list[QToolButton], room: int) -> list[list[QToolButton]]:
        """One row if it fits in ``room`` px; else the colours, then the commands as many a row as fit."""
        widths = [b.sizeHint().width() for b in buttons]
        if sum(widths) + SPACING * (len(buttons) - 1) <= room:
            return [buttons]
        colours = [b for b in buttons if b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly]
        rows = [colours] if colours else []
        used = room  # the first command starts a row
        for button, width in zip(buttons, widths, strict=True):
            if button in colours:
                continue
            if used + SPACING + width > room:
                rows.append([])
                used = -SPACING
            rows[-1].append(button)
            used += SPACING + width
        return rows

    def _clear(self) -> None:
        for row in self._rows:
            while row.count():
                item = row.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
            self._column.removeItem(row)
            row.deleteLater()
        self._rows = []

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRaise(True)
        button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if not action.icon().isNull() and action.objectName().startswith("actionColor_")
            else Qt.ToolButtonStyle.ToolButtonTextOnly
        )
        button.setAccessibleName(action.text().replace("&", ""))
        return button

    def buttons(self) -> list[QToolButton]:
        """The buttons shown now."""
        return [b for b in self.findChildren(QToolButton) if b.parent() is self and not b.isHidden()]
