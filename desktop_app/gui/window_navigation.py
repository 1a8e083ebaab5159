"""Moving through the transcript: questions in order, Back/Forward, continuous reading, the position."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex

from desktop_app.gui import settings as options
from desktop_app.gui.tree_model import NodeIdRole, NodeKind, NodeKindRole

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow


class NavigationMixin:
    """Selecting nodes, stepping through questions, history and the reading position."""

    def restore_reading_position(self: MainWindow) -> None:
        """Scroll back to where the reader was, down to the pixel, once the pane has its size."""
        node, offset = self._saved_position
        if self._transcript is not None and node:
            self.pane.scroll_to_node(node, offset)


    def select_node(self: MainWindow, node_id: str) -> bool:
        """Select the tree row of ``node_id``; False if there is none or it is filtered out."""
        if self._model is None or self._proxy is None:
            return False
        index = self._proxy.mapFromSource(self._model.index_of(node_id))
        if not index.isValid():
            return False
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.scrollTo(index)
        return True

    def select_first_question(self: MainWindow) -> bool:
        """Select the first question left visible by the filter."""
        first = self.neighbour_question(QModelIndex(), +1)
        if not first.isValid():
            return False
        self.tree.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    def neighbour_question(self: MainWindow, current: QModelIndex, delta: int) -> QModelIndex:
        """The visible question after (+1) or before (-1) ``current`` in the tree (invalid: none).

        From a section or the preface, "after" starts with its first question; from nothing, with the
        very first. Only the rows between are looked at, so this costs the same at any size.
        """
        proxy = self._proxy
        if proxy is None:
            return QModelIndex()
        if not current.isValid():
            section, child = (-1, 0) if delta > 0 else (proxy.rowCount(), 0)
        elif current.data(NodeKindRole) == NodeKind.QUESTION.value:
            section, child = current.parent().row(), current.row() + delta
        else:
            section, child = (current.row(), 0) if delta > 0 else (current.row(), -1)
        while True:
            if 0 <= section < proxy.rowCount():
                parent = proxy.index(section, 0)
                count = proxy.rowCount(parent)
                if 0 <= child < count:
                    return proxy.index(child, 0, parent)
            section += delta
            if not 0 <= section < proxy.rowCount():
                return QModelIndex()
            child = 0 if delta > 0 else proxy.rowCount(proxy.index(section, 0)) - 1

    def _step(self: MainWindow, delta: int) -> None:
        target = self.neighbour_question(self.tree.currentIndex(), delta)
        if target.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.tree.selectionModel().setCurrentIndex(target, flags)
            self.tree.scrollTo(target)

    def next_question(self: MainWindow) -> None:
        """Go to the next visible question."""
        self._step(+1)

    def previous_question(self: MainWindow) -> None:
        """Go to the previous visible question."""
        self._step(-1)


    def _on_position_changed(self: MainWindow, node_id: str, offset: int) -> None:
        """The reader scrolled: remember where, and let the tree follow in continuous mode."""
        if self._transcript is None:
            return
        self._settings.set(options.LAST_NODE, node_id, self._transcript.id)
        self._settings.set(options.LAST_OFFSET, offset, self._transcript.id)
        if self.pane.continuous and self.tree.currentIndex().data(NodeIdRole) != node_id:
            self._following = True
            try:
                self.select_node(node_id)
            finally:
                self._following = False


    def _on_continuous_toggled(self: MainWindow, on: bool) -> None:
        self._settings.set(options.CONTINUOUS, bool(on))
        self.pane.set_continuous(bool(on))

    def _update_history_actions(self: MainWindow) -> None:
        self.action_back.setEnabled(self.history.can_go_back())
        self.action_forward.setEnabled(self.history.can_go_forward())

    def _go_to_history(self: MainWindow, node_id: str) -> None:
        if not node_id or self._transcript is None:
            return
        self._following = True  # keep this jump out of the history
        try:
            self.select_node(node_id)
        finally:
            self._following = False
        self.pane.show_node(self._transcript, node_id, self.hidden_speakers())
        self._settings.set(options.LAST_NODE, node_id, self._transcript.id)
        self._update_history_actions()

    def go_back(self: MainWindow) -> None:
        """Return to the place before the last jump."""
        self._go_to_history(self.history.back())

    def go_forward(self: MainWindow) -> None:
        """Undo a Back."""
        self._go_to_history(self.history.forward())


