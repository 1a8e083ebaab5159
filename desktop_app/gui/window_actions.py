"""The main window's actions, menus and toolbar: every command, its shortcut and its place."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QToolButton

from desktop_app.gui import settings as options

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow


def button_text(text: str) -> str:
    """A menu text as a toolbar button shows it: no accelerator (also the Chinese "(&P)"), no "…"."""
    return re.sub(r"\(&.\)", "", text).replace("&", "").removesuffix("…")


class ActionsMixin:
    """Builds the window's actions and menus (one place, so every command is easy to find)."""

    def _action(
        self: MainWindow, name: str, text: str, shortcuts: list[QKeySequence], slot: object
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts(shortcuts)
        tip = text.replace("&", "")
        if shortcuts:
            tip += f" ({shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setIconText(button_text(text))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self: MainWindow) -> None:
        key = QKeySequence
        self.action_previous = self._action(
            "actionPreviousQuestion",
            QCoreApplication.translate("MainWindow", "&Previous Question"),
            [key("Alt+Up"), key("Ctrl+PgUp")],
            self.previous_question,
        )
        self.action_next = self._action(
            "actionNextQuestion",
            QCoreApplication.translate("MainWindow", "&Next Question"),
            [key("Alt+Down"), key("Ctrl+PgDown")],
            self.next_question,
        )
        self.action_back = self._action(
            "actionBack", QCoreApplication.translate("MainWindow", "&Back"), [key("Alt+Left")], self.go_back
        )
        self.action_forward = self._action(
            "actionForward",
            QCoreApplication.translate("MainWindow", "&Forward"),
            [key("Alt+Right")],
            self.go_forward,
        )
        self.action_continuous = self._action(
            "actionContinuous",
            QCoreApplication.translate("MainWindow", "&Continuous Reading"),
            [key("Ctrl+Shift+C")],
            self._on_continuous_toggled,
        )
        self.action_continuous.setCheckable(True)
        self.action_cite = self._action(
            "actionCopyWithCitation",
            QCoreApplication.translate("MainWindow", "Copy with C&itation"),
            [],
            self._on_cite_toggled,
        )
        self.action_cite.setCheckable(True)
        self.action_cite.setChecked(self._settings.get(options.COPY_WITH_CITATION))
        self.pane.cite_on_copy = self.action_cite.isChecked()
        self.action_find = self._action(
            "actionFind",
            QCoreApplication.translate("MainWindow", "&Find…"),
            [key(key.StandardKey.Find)],
            self.start_search,
        )
        self.action_find_next = self._action(
            "actionFindNext",
            QCoreApplication.translate("MainWindow", "Find &Next"),
            [key("F3")],
            self.find_next,
        )
        self.action_find_previous = self._action(
            "actionFindPrevious",
            QCoreApplication.translate("MainWindow", "Find Pre&vious"),
            [key("Shift+F3")],
            self.find_previous,
        )
        self.action_preferences = self._action(
            "actionPreferences",
            QCoreApplication.translate("MainWindow", "&Preferences…"),
            [key("Ctrl+,")],
            self.show_preferences,
        )
        self.action_zoom_in = self._action(
            "actionZoomIn",
            QCoreApplication.translate("MainWindow", "&Larger Text"),
            [key("Ctrl+="), key("Ctrl++")],
            self.zoom_in,
        )
        self.action_zoom_out = self._action(
            "actionZoomOut",
            QCoreApplication.translate("MainWindow", "&Smaller Text"),
            [key("Ctrl+-")],
            self.zoom_out,
        )
        self.action_zoom_reset = self._action(
            "actionZoomReset",
            QCoreApplication.translate("MainWindow", "&Reset Text Size"),
            [key("Ctrl+0")],
            self.zoom_reset,
        )
        self.action_open = self._action(
            "actionOpen",
            QCoreApplication.translate("MainWindow", "&Open Transcript…"),
            [key(key.StandardKey.Open)],
            self.choose_and_open,
        )
        self.action_import_transcript = self._action(
            "actionImportTranscript",
            QCoreApplication.translate("MainWindow", "Import &Plain Text or Subtitles…"),
            [],
            self.choose_and_import_transcript,
        )
        self.action_import_annotations = self._action(
            "actionImportAnnotations",
            QCoreApplication.translate("MainWindow", "&Import Annotations (W3C)…"),
            [],
            self.choose_and_import_annotations,
        )
        self.export_actions = []
        for data, text in (
            ("markdown", QCoreApplication.translate("MainWindow", "&Markdown (highlights and notes)…")),
            ("markdown:whole", QCoreApplication.translate("MainWindow", "Markdown (&whole transcript)…")),
            ("html", QCoreApplication.translate("MainWindow", "&HTML page…")),
            ("pdf", QCoreApplication.translate("MainWindow", "&PDF…")),
            ("csv", QCoreApplication.translate("MainWindow", "&CSV spreadsheet…")),
            ("w3c", QCoreApplication.translate("MainWindow", "&W3C Web Annotations…")),
            ("json", QCoreApplication.translate("MainWindow", "&JSON…")),
        ):
            action = self._action(f"actionExport_{data.replace(':', '_')}", text, [], self.choose_and_export)
            action.setData(data)
            self.export_actions.append(action)
        self.action_quit = self._action(
            "actionQuit",
            QCoreApplication.translate("MainWindow", "&Quit"),
            [key(key.StandardKey.Quit)],
            self.close,
        )
        self.action_shortcuts = self._action(
            "actionShortcuts",
            QCoreApplication.translate("MainWindow", "&Keyboard Shortcuts"),
            [key("F1")],
            self.show_shortcuts,
        )
        self.action_about = self._action(
            "actionAbout",
            QCoreApplication.translate("MainWindow", "&About Interview Reader"),
            [],
            self.show_about,
        )

    def _make_menus(self: MainWindow) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        file_menu.setObjectName("menuFile")
        file_menu.addAction(self.action_open)
        recent = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &Recent"))
        recent.setObjectName("menuRecent")
        recent.aboutToShow.connect(self._on_recent_menu)
        self.recent_menu = recent
        file_menu.addAction(self.action_import_transcript)
        file_menu.addSeparator()
        export_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "&Export"))
        export_menu.setObjectName("menuExport")
        for action in self.export_actions:
            export_menu.addAction(action)
        file_menu.addAction(self.action_import_annotations)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        edit_menu.setObjectName("menuEdit")
        notes = self.annotations
        edit_menu.addAction(notes.action_undo)
        edit_menu.addAction(notes.action_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_cite)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_find)
        edit_menu.addAction(self.action_find_next)
        edit_menu.addAction(self.action_find_previous)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_preferences)
        edit_menu.addSeparator()
        edit_menu.addAction(notes.action_highlight)
        edit_menu.addMenu(notes.color_menu(edit_menu))
        edit_menu.addAction(notes.action_note)
        edit_menu.addAction(notes.action_question_note)
        edit_menu.addAction(notes.action_copy)
        edit_menu.addAction(notes.action_delete)
        view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        view_menu.setObjectName("menuView")
        toggle = self.panel.toggleViewAction()
        toggle.setObjectName("actionShowAnnotations")
        toggle.setShortcut(QKeySequence("Ctrl+Shift+A"))
        view_menu.addAction(self.action_continuous)
        view_menu.addSeparator()
        view_menu.addAction(self.action_zoom_in)
        view_menu.addAction(self.action_zoom_out)
        view_menu.addAction(self.action_zoom_reset)
        view_menu.addSeparator()
        view_menu.addAction(toggle)
        search_toggle = self.search_panel.toggleViewAction()
        search_toggle.setObjectName("actionShowSearch")
        view_menu.addAction(search_toggle)
        go_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
        go_menu.setObjectName("menuGo")
        go_menu.addAction(self.action_previous)
        go_menu.addAction(self.action_next)
        go_menu.addSeparator()
        go_menu.addAction(self.action_back)
        go_menu.addAction(self.action_forward)
        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.setObjectName("menuHelp")
        help_menu.addAction(self.action_shortcuts)
        help_menu.addAction(self.action_about)
        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Navigation"), self)
        toolbar.setObjectName("navigationToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.action_previous)
        toolbar.addAction(self.action_next)
        toolbar.addSeparator()
        toolbar.addAction(notes.action_highlight)
        button = toolbar.widgetForAction(notes.action_highlight)
        if isinstance(button, QToolButton):
            button.setMenu(notes.color_menu(button))
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        toolbar.addAction(notes.action_note)
        self.addToolBar(toolbar)
