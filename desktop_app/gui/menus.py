"""The menu bar, the toolbar and the context menus, made from the lists of action ids in gui/actions.py.

A list holds action ids, ``"-"`` for a separator, and named places filled here: ``@recent`` (Open
Recent), ``@export`` (one entry per export format), ``@colors`` and ``@recolor`` (the colour menu).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QToolButton, QWidget

from desktop_app.gui.actions import MENUS, SEPARATOR, TOOLBAR, Act, translated
from desktop_app.gui.slots import Call

SP = QStyle.StandardPixmap
TOOLBAR_ICONS = (
    (Act.PREVIOUS, "go-up", SP.SP_ArrowUp),
    (Act.NEXT, "go-down", SP.SP_ArrowDown),
    (Act.NOTE, "document-edit", SP.SP_FileDialogContentsView),
)


class Menus:
    """Builds the window's menus and toolbar; fills the pane's context menus from the same lists."""

    def __init__(
        self,
        window: QMainWindow,
        actions: Mapping[Act, QAction],
        color_menu: Callable[[QWidget, QAction], QMenu],
        export_actions: Callable[[], list[QAction]],
        on_recent: Callable[[], None],
    ) -> None:
        self._window = window
        self._actions = actions
        self._color_menu = color_menu  # annotations.color_menu(parent, rename action)
        self._export_actions = export_actions  # made when the Export menu first opens (not at start-up)
        self._on_recent = on_recent
        self.recent_menu: QMenu | None = None

    def fill(self, menu: QMenu, items: tuple[str, ...]) -> None:
        """Add ``items`` to ``menu``."""
        rename = self._actions[Act.RENAME_COLORS]
        for item in items:
            if item == SEPARATOR:
                menu.addSeparator()
            elif item == "@recent":
                recent = menu.addMenu(QCoreApplication.translate("Menus", "Open &Recent"))
                recent.setObjectName("menuRecent")
                recent.aboutToShow.connect(self._on_recent)
                self.recent_menu = recent
            elif item == "@export":
                export_menu = menu.addMenu(QCoreApplication.translate("Menus", "&Export"))
                export_menu.setObjectName("menuExport")
                export_menu.aboutToShow.connect(Call(self._fill_export, export_menu))
            elif item == "@colors":
                menu.addMenu(self._color_menu(menu, rename))
            elif item == "@recolor":
                menu.addMenu(self._color_menu(menu, rename)).setText(
                    QCoreApplication.translate("Menus", "Change &Colour")
                )
            else:
                menu.addAction(self._actions[Act(item)])

    def _fill_export(self, menu: QMenu) -> None:
        if menu.isEmpty():
            menu.addActions(self._export_actions())

    def build(self) -> None:
        """The menu bar and the toolbar."""
        for name, title, items in MENUS:
            menu = self._window.menuBar().addMenu(translated(title))
            menu.setObjectName(name)
            self.fill(menu, items)
        toolbar = QToolBar(QCoreApplication.translate("Menus", "Navigation"), self._window)
        toolbar.setObjectName("navigationToolbar")
        # Text beside the icon where there is one (the Highlight button's swatch of its colour).
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        style = self._window.style()
        for act, theme_name, fallback in TOOLBAR_ICONS:
            # The desktop's icon theme where there is one; Qt's own drawing of the same idea otherwise.
            self._actions[act].setIcon(QIcon.fromTheme(theme_name, style.standardIcon(fallback)))
        for item in TOOLBAR:
            if item == SEPARATOR:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self._actions[Act(item)])
        button = toolbar.widgetForAction(self._actions[Act.HIGHLIGHT])
        if isinstance(button, QToolButton):
            button.setMenu(self._color_menu(button, self._actions[Act.RENAME_COLORS]))
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self._window.addToolBar(toolbar)
