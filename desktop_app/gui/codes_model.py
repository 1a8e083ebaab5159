"""The codebook as a tree model: each code's name with its colour, and how many passages carry it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from desktop_app.domain.codes import CodeNode
from desktop_app.gui.annotations_panel import swatch
from desktop_app.gui.plain import tooltip

CodeIdRole = Qt.ItemDataRole.UserRole


class CodesModel(QStandardItemModel):
    """The codebook tree: the name (with its colour) and the count of coded passages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CodesPanel", "Code"),
                QCoreApplication.translate("CodesPanel", "Passages"),
            ]
        )

    def fill(self, tree: list[CodeNode], counts: dict[str, int]) -> None:
        """Show ``tree`` with ``counts``."""
        self.removeRows(0, self.rowCount())
        self._add(self.invisibleRootItem(), tree, counts)

    def _add(self, parent: QStandardItem, nodes: list[CodeNode], counts: dict[str, int]) -> None:
        for node in nodes:
            code = node.code
            name = QStandardItem(swatch(code.color), code.name)
            name.setData(code.id, CodeIdRole)
            name.setEditable(False)
            if code.description:
                name.setToolTip(tooltip(code.description))
            count = QStandardItem(str(counts.get(code.id, 0)))
            count.setData(code.id, CodeIdRole)
            count.setEditable(False)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            parent.appendRow([name, count])
            self._add(name, node.children, counts)

    def index_of(self, code_id: str) -> QModelIndex:
        """The name cell of ``code_id`` (invalid if it is not shown)."""
        found = self.match(
            self.index(0, 0), CodeIdRole, code_id, 1, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
        )
        return found[0] if found else QModelIndex()
