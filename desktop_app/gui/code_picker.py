"""The code picker: a filter field over the codebook, the last used codes first; Enter applies.

Typing a name no code has offers to create it, so coding never needs a trip to the Codes panel.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.domain.codes import Code
from desktop_app.gui.annotations_panel import swatch
from desktop_app.gui.plain import tooltip

NEW_CODE = "\x00new"  # the data of the "Create …" row (no code id can hold a NUL)
CodeIdRole = Qt.ItemDataRole.UserRole


class CodePicker(QDialog):
    """Choose a code (or name a new one) for the passage; ``picked`` says which."""

    picked = Signal(str, str)  # code id ('' for a new code), the new code's name

    def __init__(self, codes: Sequence[tuple[int, Code]], recent: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("codePicker")
        self.setWindowTitle(QCoreApplication.translate("CodePicker", "Code the Passage"))
        self._codes = list(codes)
        order = {code_id: n for n, code_id in enumerate(recent)}
        # The last used first (in the order used), then the codebook as a tree.
        self._ordered = sorted(self._codes, key=lambda pair: order.get(pair[1].id, len(order)))
        self._recent = set(order)
        self.field = QLineEdit(self)
        self.field.setObjectName("codePickerField")
        self.field.setPlaceholderText(
            QCoreApplication.translate("CodePicker", "Type to filter or to name a new code")
        )
        self.field.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("codePickerList")
        self.list.setAccessibleName(QCoreApplication.translate("CodePicker", "Codes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.list)
        self.field.textChanged.connect(self.refill)
        self.field.installEventFilter(self)
        self.list.itemActivated.connect(self._on_activated)
        self.refill("")
        self.resize(360, 420)

    def refill(self, text: str) -> None:
        """List the codes whose name holds ``text`` (and a row to create it when no name is exactly it)."""
        self.list.clear()
        wanted = text.strip().casefold()
        for depth, code in self._ordered:
            if wanted and wanted not in code.name.casefold():
                continue
            indent = "" if code.id in self._recent else "    " * depth
            item = QListWidgetItem(swatch(code.color), indent + code.name)
            item.setData(CodeIdRole, code.id)
            if code.description:
                item.setToolTip(tooltip(code.description))
            self.list.addItem(item)
        if wanted and not any(code.name.casefold() == wanted for _d, code in self._codes):
            label = QCoreApplication.translate("CodePicker", "Create code “%1”").replace("%1", text.strip())
            item = QListWidgetItem(label)
            item.setData(CodeIdRole, NEW_CODE)
            self.list.addItem(item)  # last: a partial match above it is the likelier wish
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, watched: object, event: object) -> bool:
        """Up and Down in the field move through the list, so the hands stay on the keyboard."""
        if watched is self.field and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose_current()
                return True
        return False

    def choose_current(self) -> None:
        """Apply the highlighted row (the code, or a new one)."""
        item = self.list.currentItem()
        if item is not None:
            self._on_activated(item)

    def choose(self, code_id: str) -> bool:
        """Pick the row of ``code_id`` as if the reader pressed Enter on it; False if it is not listed."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(CodeIdRole) == code_id:
                self.list.setCurrentRow(row)
                self._on_activated(item)
                return True
        return False

    def _on_activated(self, item: QListWidgetItem) -> None:
        code_id = str(item.data(CodeIdRole))
        if code_id == NEW_CODE:
            self.picked.emit("", self.field.text().strip())
        else:
            self.picked.emit(code_id, "")
        self.accept()
