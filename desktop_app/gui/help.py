"""Help: the keyboard shortcuts (F1), the reading guide and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop_app import __version__
from desktop_app.gui.actions import NOTES, Act
from desktop_app.gui.highlighting import Annotations

if TYPE_CHECKING:  # a later feature's module: imported when first used, not on the way to the first paint
    from desktop_app.gui.guide import GuideDialog
    from desktop_app.gui.shortcuts_dialog import ShortcutsDialog


class Help(QObject):
    """Opens the Help menu's windows."""

    def __init__(self, window: QMainWindow, annotations: Annotations) -> None:
        super().__init__(window)
        self._window = window
        self._annotations = annotations

    def show_shortcuts(self) -> ShortcutsDialog:
        """The keyboard shortcuts, grouped, made from the actions themselves."""
        from desktop_app.gui.shortcuts_dialog import ShortcutsDialog

        actions = {Act(a.objectName()): a for a in self._window.actions() if a.objectName() in set(Act)}
        extra: dict[str, list[QAction]] = {NOTES: list(self._annotations.color_actions.values())}
        dialog = ShortcutsDialog(actions, extra, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_guide(self) -> GuideDialog:
        """A short guide to the main features."""
        from desktop_app.gui.guide import GuideDialog

        dialog = GuideDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        """Name, version and purpose of the app."""
        QMessageBox.about(
            self._window,
            QCoreApplication.translate("MainWindow", "About Interview Reader"),
            f"<b>访谈阅读器 Interview Reader</b> {__version__}<br>"
            + QCoreApplication.translate("MainWindow", "Read interviews by question and by speaker."),
        )
