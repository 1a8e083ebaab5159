"""A clearly visible focus frame in every theme, drawn over the focused view or field.

Fusion marks the focused tree, pane or field with a thin frame in the selection colour, faint on the
dark theme (contrast 2.6 to the window). An application style sheet would replace the Fusion style,
so instead one small transparent overlay follows the focus: a child of the focused widget, covering
its edge with a 2-pixel frame in the selection colour, lightened or darkened to FOCUS_CONTRAST against
the window and the page. It takes no mouse events and no focus, so the widget underneath works as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QWidget
from shiboken6 import isValid

from desktop_app.gui import themes

FOCUS_CONTRAST = 4.5  # more than the 3:1 minimum for a non-text mark: the frame must be seen at a glance
FRAME_WIDTH = 2


_colors: dict[int, QColor] = {}  # by QPalette.cacheKey(): a palette changed (a new theme) has a new key


def focus_color(palette: QPalette) -> QColor:
    """The frame's colour: the selection colour, made to stand out from the window and the page.

    Worked out once per palette: the frame is painted on every switch of question (the tree and the
    pane repaint under it), and reading three colours and stepping their contrast showed in a profile.
    """
    key = palette.cacheKey()
    color = _colors.get(key)
    if color is None:
        if len(_colors) > 16:
            _colors.clear()  # palettes of themes left long ago
        color = _colors[key] = QColor(
            themes.visible_on(
                palette.color(QPalette.ColorRole.Highlight).name(),
                palette.color(QPalette.ColorRole.Window).name(),
                palette.color(QPalette.ColorRole.Base).name(),
                ratio=FOCUS_CONTRAST,
            )
        )
    return color


def wants_ring(widget: QWidget | None) -> bool:
    """Where a reader goes with Tab: the views (the tree, the pane, the panels' lists) and the fields."""
    return isinstance(widget, QAbstractScrollArea | QLineEdit)


class _Frame(QWidget):
    """The overlay: a frame on the edge of its parent, transparent inside."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.hide()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The frame, inside the parent's edge."""
        painter = QPainter(self)
        painter.setPen(QPen(focus_color(self.palette()), FRAME_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = FRAME_WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))
        painter.end()


class FocusRing(QObject):
    """Moves one frame onto whichever view or field of ``window`` has the keyboard focus."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.frame = _Frame(window)  # parked, hidden, on the window while nothing is framed
        self._target: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    @property
    def target(self) -> QWidget | None:
        """The widget framed now, if any."""
        return self._target

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self._window):
            return  # the window is being deleted: its widgets give up the focus on the way out
        if new is not None and new.window() is not self._window:
            return  # a dialog or another window: leave this window's frame where it is
        target = new if wants_ring(new) and new is not None and new.window() is self._window else None
        if target is self._target:
            return
        if self._target is not None:
            self._target.removeEventFilter(self)
            self._target.destroyed.disconnect(self._on_target_destroyed)
        self._target = target
        if target is None:
            self.frame.hide()
            self.frame.setParent(self._window)
            return
        self.frame.setParent(target)
        target.installEventFilter(self)
        target.destroyed.connect(self._on_target_destroyed)
        self._fit()
        self.frame.show()
        self.frame.raise_()

    def _on_target_destroyed(self) -> None:
        # The frame, its child, went with it.
        self._target = None
        self.frame = _Frame(self._window)

    def _fit(self) -> None:
        if self._target is not None:
            self.frame.setGeometry(self._target.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the framed widget's size; drop it when it goes."""
        if watched is self._target:
            if event.type() == QEvent.Type.Resize:
                self._fit()
            elif event.type() == QEvent.Type.ChildAdded:
                self.frame.raise_()  # stay above children added later
        return False
