"""The small toolbar that floats beside a selection or a clicked highlight (like Foliate's, 微信读书's).

On a text selection it offers the five colours, Note and Copy with citation; on a highlight, the
colours (to recolour), Note and Delete. It lives inside the pane's viewport, so it never takes the
keyboard focus from the text; a click elsewhere, Esc, or a scroll puts it away.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

GAP = 6  # px between the selection and the toolbar


class SelectionToolbar(QFrame):
    """A row of buttons for what can be done with the selection or the highlight under it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selectionToolbar")
        self.setAccessibleName(QCoreApplication.translate("SelectionToolbar", "Selection actions"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(4, 2, 4, 2)
        self._row.setSpacing(2)
        self.hide()

    def show_actions(self, actions: Sequence[QAction], around: QRect) -> None:
        """Offer ``actions`` beside ``around`` (viewport coordinates): above it, or below if no room."""
        while self._row.count():
            item = self._row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for action in actions:
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
            self._row.addWidget(button)
        self.adjustSize()
        parent = self.parentWidget()
        area = parent.rect() if parent is not None else QRect()
        x = min(max(around.center().x() - self.width() // 2, 0), max(area.width() - self.width(), 0))
        y = around.top() - self.height() - GAP
        if y < 0:
            y = around.bottom() + GAP
        self.move(QPoint(x, min(y, max(area.height() - self.height(), 0))))
        self.show()
        self.raise_()

    def buttons(self) -> list[QToolButton]:
        """The buttons shown now."""
        return [b for b in self.findChildren(QToolButton) if b.parent() is self and not b.isHidden()]
