"""Tools beside the text: the floating selection toolbar, caret browsing, quotes, and status feedback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRect, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMainWindow, QPushButton

from desktop_app.gui.actions import Act
from desktop_app.gui.answer_pane import AnswerPane
from desktop_app.gui.highlighting import Annotations
from desktop_app.gui.selection_toolbar import SelectionToolbar

STATUS_MS = 8000  # how long a status message (and the Undo after a deletion) stays


class ReadingTools(QObject):
    """Offers what can be done with a selection or a highlight, and says what happened."""

    def __init__(
        self, window: QMainWindow, pane: AnswerPane, annotations: Annotations, action: dict[Act, QAction]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._pane = pane
        self._annotations = annotations
        self._action = action
        self.toolbar = SelectionToolbar(pane.viewport())
        self.undo_button = QPushButton(QCoreApplication.translate("ReadingTools", "Undo"), window)
        self.undo_button.setObjectName("statusUndoButton")
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        window.statusBar().addPermanentWidget(self.undo_button)
        self.folder_button = QPushButton(QCoreApplication.translate("ReadingTools", "Show in Folder"), window)
        self.folder_button.setObjectName("showInFolderButton")
        self.folder_button.setFlat(True)
        self.folder_button.hide()
        self.folder_button.clicked.connect(self.show_exported_folder)
        window.statusBar().addPermanentWidget(self.folder_button)
        self._exported = ""

    def on_selection_finished(self, around: QRect) -> None:
        """Text was selected with the mouse: offer the colours, a note and a quote beside it."""
        colours = list(self._annotations.color_actions.values())
        more = [self._action[a] for a in (Act.CODE, Act.NOTE, Act.COPY_QUOTE, Act.COPY_LINK)]
        self.toolbar.show_actions([*colours, *more], around)

    def on_highlight_clicked(self, highlight_id: str) -> None:
        """A click on a highlight selects it and offers recolour, note and delete beside it."""
        self._annotations.select(highlight_id)
        around = self._pane.marks.mark_rect(highlight_id) if self._annotations.selected else None
        if around is None:
            self.toolbar.hide()
            return
        colours = list(self._annotations.color_actions.values())
        offered = (Act.CODE, Act.NOTE, Act.COPY_LINK, Act.SHARE_CARD, Act.DELETE_HIGHLIGHT)
        more = [self._action[a] for a in offered]
        actions = [*colours, *more]
        self.toolbar.show_actions(actions, around)

    def say(self, text: str) -> None:
        """Show ``text`` in the status bar for a while."""
        self._window.statusBar().showMessage(text, STATUS_MS)

    def offer_undo(self) -> None:
        """After a deletion, an Undo button in the status bar for a while."""
        self.undo_button.show()
        QTimer.singleShot(STATUS_MS, self.undo_button.hide)

    def offer_folder(self, path: str) -> None:
        """After an export, a Show in Folder button in the status bar for a while."""
        self._exported = path
        self.folder_button.show()
        QTimer.singleShot(STATUS_MS, self.folder_button.hide)

    def show_exported_folder(self) -> None:
        """Open the folder of the last export in the file manager (the reader clicked for it)."""
        if self._exported:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self._exported).parent)))

    def copy_quote(self) -> None:
        """Copy the selection as a quote with its speaker and the interview's title."""
        self._pane.copy_with_citation()
        self.toolbar.hide()

    def highlight_paragraph(self) -> None:
        """Highlight the whole paragraph the caret (or the selection) is in."""
        if self._pane.select_paragraph_at_caret():
            self._annotations.highlight_selection()
        else:
            self.say(QCoreApplication.translate("ReadingTools", "Put the caret in a paragraph first (F7)."))

    def set_caret_browsing(self, on: bool) -> None:
        """A visible caret that the arrow keys move, and Shift+arrows select with (F7, as in browsers)."""
        self._pane.set_caret_browsing(on)
        on_text = QCoreApplication.translate("ReadingTools", "Caret: arrows move, Shift+arrows select")
        self.say(on_text if on else QCoreApplication.translate("ReadingTools", "Caret browsing off."))
