"""The keyboard shortcuts (F1): a grouped, aligned table made from the window's actions."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop_app.gui.actions import Act, shortcut_rows


class ShortcutsDialog(QDialog):
    """Every command that has keys, under its heading, keys in a column of their own."""

    def __init__(
        self,
        actions: Mapping[Act, QAction],
        extra: Mapping[str, list[QAction]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.table = QTreeWidget(self)
        self.table.setObjectName("shortcutsTable")
        self.table.setColumnCount(2)
        self.table.setHeaderLabels(
            [
                QCoreApplication.translate("ShortcutsDialog", "Command"),
                QCoreApplication.translate("ShortcutsDialog", "Keys"),
            ]
        )
        self.table.setRootIsDecorated(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for row in shortcut_rows(actions, extra):
            heading = groups.get(row.group)
            if heading is None:
                heading = QTreeWidgetItem(self.table, [row.group])
                heading.setFirstColumnSpanned(True)
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
                groups[row.group] = heading
            QTreeWidgetItem(heading, [row.command, row.keys])
        self.table.expandAll()
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows: (heading, command, keys) for each line."""
        shown = []
        for i in range(self.table.topLevelItemCount()):
            heading = self.table.topLevelItem(i)
            assert heading is not None
            for j in range(heading.childCount()):
                child = heading.child(j)
                assert child is not None
                shown.append((heading.text(0), child.text(0), child.text(1)))
        return shown
