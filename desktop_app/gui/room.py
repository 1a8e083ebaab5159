"""The pane has priority: side panels narrow, then step aside, so the text keeps a readable measure.

At any window size the answer pane keeps at least :data:`MIN_MEASURE` CJK characters a line at the
current font size. When the window is too narrow, the Annotations/Search docks step aside first, then
the navigation column (speakers and questions) narrows to its minimum, then it steps aside too; each
comes back when there is room again. What the reader chose in the View menu is never changed: a panel
the reader hid stays hidden, one that stepped aside for room returns by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

from desktop_app.gui.answer_pane import AnswerPane

MIN_MEASURE = 20  # CJK characters a line, at least
LEFT_MIN = 180  # px: the navigation column's narrowest
DOCK_WIDTH = 300  # px: what a dock takes when it comes back


class PanePriority(QObject):
    """Watches the window's size and the pane's font; shows or hides the side panels to fit the pane."""

    def __init__(
        self,
        window: QMainWindow,
        pane: AnswerPane,
        splitter: QSplitter,
        column: tuple[QWidget, QWidget, QWidget],
        docks: tuple[QDockWidget, ...],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._pane = pane
        self._splitter = splitter
        self._left, self._speakers, self._tree = column  # the navigation column, and what it holds
        self._docks = list(docks)  # the Annotations, Search and Codes panels
        self.wanted: dict[QWidget, bool] = {self._left: True, **{d: True for d in docks}}  # reader's choice
        self.insist = False  # the reader asked for a dock (Ctrl+F): it shows even in a narrow window
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.fit)
        window.installEventFilter(self)
        pane.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit again after the window is resized or the pane's font changes."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self._timer.start(0)
        return False

    def needed(self) -> int:
        """The pane's width (frame, margins and scroll bar included) for MIN_MEASURE characters."""
        em = max(self._pane.fontMetrics().horizontalAdvance("中"), 8)
        margin = int(self._pane.document().documentMargin())
        scroll = self._pane.verticalScrollBar().sizeHint().width()
        # One character more than the minimum: the frame's margins round to whole pixels.
        return (MIN_MEASURE + 1) * em + 2 * margin + scroll + 2 * self._pane.frameWidth()

    def set_wanted(self, panel: QWidget, on: bool, *, insist: bool = False) -> None:
        """The reader showed or hid ``panel`` (``insist``: a command that needs it, such as Find)."""
        self.wanted[panel] = on
        self.insist = insist and on
        self.fit()

    # The View menu's toggles.
    def show_speakers(self, on: bool) -> None:
        """Show or hide the speaker filter."""
        self._speakers.setVisible(on)
        self.set_wanted(self._left, on or not self._tree.isHidden())

    def show_questions(self, on: bool) -> None:
        """Show or hide the question tree."""
        self._tree.setVisible(on)
        self.set_wanted(self._left, on or not self._speakers.isHidden())

    def show_annotations(self, on: bool) -> None:
        """Show or hide the Annotations panel (asked for, it shows even in a narrow window)."""
        self._show_dock(self._docks[0], on)

    def show_search(self, on: bool) -> None:
        """Show or hide the search panel (asked for, it shows even in a narrow window)."""
        self._show_dock(self._docks[1], on)

    def show_codes(self, on: bool) -> None:
        """Show or hide the Codes panel (asked for, it shows even in a narrow window)."""
        self._show_dock(self._docks[2], on)

    def _show_dock(self, dock: QDockWidget, on: bool) -> None:
        self.set_wanted(dock, on, insist=on)
        if on:
            dock.raise_()

    def characters_per_line(self) -> float:
        """How many CJK characters a line of the pane holds now."""
        em = max(self._pane.fontMetrics().horizontalAdvance("中"), 8)
        margin = int(self._pane.document().documentMargin())
        return (self._pane.viewport().width() - 2 * margin) / em

    def fit(self) -> None:
        """Show what fits beside a readable pane, in order of priority; hide the rest."""
        if self._busy:
            return
        self._busy = True
        try:
            self._fit()
        finally:
            self._busy = False

    def _fit(self) -> None:
        needed = self.needed()
        width = self._window.width()
        wanted_docks = [d for d in self._docks if self.wanted[d]]
        docks_room = max([d.width() if d.isVisible() else DOCK_WIDTH for d in wanted_docks] or [0])
        left_room = LEFT_MIN if self.wanted[self._left] else 0
        show_docks = bool(wanted_docks) and (self.insist or width - docks_room - left_room >= needed)
        show_left = self.wanted[self._left] and width - (docks_room if show_docks else 0) - LEFT_MIN >= needed
        for dock in self._docks:
            show = show_docks and self.wanted[dock]
            if dock.isVisible() != show:
                dock.setVisible(show)
        self._left.setVisible(show_left)
        if show_left:
            spare = width - (docks_room if show_docks else 0) - needed
            sizes = self._splitter.sizes()
            if len(sizes) == 2 and sizes[0] > spare:
                left = max(LEFT_MIN, spare)
                self._splitter.setSizes([left, max(sum(sizes) - left, needed)])
        layout = self._window.layout()
        if layout is not None:
            layout.activate()  # the pane gets its new width now, not at the next event


def fit_to_screen(window: QMainWindow) -> None:
    """Never larger than the screen's available area (a first start, or a screen that shrank)."""
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()  # the window manager's borders
    width = min(window.width(), room.width() - frame.width())
    height = min(window.height(), room.height() - frame.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        window.move(room.topLeft())
