"""The tree's and the pane's context menus, filled from the same lists of actions as the menu bar."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QItemSelectionModel, QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTreeView, QWidget

from desktop_app.gui.actions import Act
from desktop_app.gui.answer_pane import AnswerPane
from desktop_app.gui.highlighting import Annotations
from desktop_app.gui.menus import Menus
from desktop_app.gui.recording import Recording
from desktop_app.gui.tree_model import NodeKind, NodeKindRole

# The pane's context menu, on a selected highlight and on a text selection.
HIGHLIGHT_MENU = (
    "@recolor", Act.CODE, Act.NOTE, Act.COPY_HIGHLIGHT, Act.COPY_LINK, Act.SHARE_CARD, Act.DELETE_HIGHLIGHT,
    Act.QUESTION_NOTE, Act.PLAY_FROM_HERE,
)
SELECTION_MENU = (
    Act.HIGHLIGHT, "@colors", Act.CODE, Act.NOTE, Act.COPY_LINK, Act.QUESTION_NOTE, Act.PLAY_FROM_HERE,
)


class ContextMenus(QObject):
    """Opens the menu asked for with the right mouse button (or the menu key) on the tree or the pane."""

    def __init__(
        self,
        tree: QTreeView,
        pane: AnswerPane,
        annotations: Annotations,
        recording: Recording,
        menus: Menus,
        actions: Mapping[Act, QAction],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._tree = tree
        self._pane = pane
        self._annotations = annotations
        self._recording = recording
        self._menus = menus
        self._actions = actions
        tree.customContextMenuRequested.connect(self.tree_menu)
        pane.context_menu_requested.connect(self.pane_menu)

    def tree_menu(self, position: QPoint) -> None:
        """On a question: its note."""
        index = self._tree.indexAt(position)
        if index.data(NodeKindRole) != NodeKind.QUESTION.value:
            return
        self._tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        menu = QMenu(self._tree)
        menu.setObjectName("treeContextMenu")
        menu.addAction(self._actions[Act.QUESTION_NOTE])
        menu.popup(self._tree.viewport().mapToGlobal(position))

    def pane_menu(self, position: QPoint, highlight_id: str) -> QMenu:
        """The pane's menu: the standard one, then what can be done with a highlight or the selection."""
        if highlight_id:
            self._annotations.select(highlight_id)
        self._recording.aim_at(position)
        menu = self._pane.createStandardContextMenu(self._pane.mapFromGlobal(position))
        menu.setObjectName("paneContextMenu")
        menu.addSeparator()
        on_highlight = self._annotations.selected and not self._pane.textCursor().hasSelection()
        self._menus.fill(menu, HIGHLIGHT_MENU if on_highlight else SELECTION_MENU)
        menu.popup(position)
        return menu
