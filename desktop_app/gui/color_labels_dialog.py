"""Rename what each highlight colour means."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop_app.domain.annotations import PAINT, Color
from desktop_app.gui.annotations_panel import swatch


class ColorLabelsDialog(QDialog):
    """One line per colour with its current meaning; empty means the default name."""

    def __init__(self, labels: dict[Color, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colorLabelsDialog")
        self.setWindowTitle(QCoreApplication.translate("ColorLabelsDialog", "Highlight Colours"))
        form = QFormLayout(self)
        self.fields: dict[Color, QLineEdit] = {}
        for color in Color:
            field = QLineEdit(labels.get(color, ""), self)
            field.setObjectName(f"colorLabel_{color}")
            field.setAccessibleName(
                QCoreApplication.translate("ColorLabelsDialog", "Meaning of %1").replace("%1", str(color))
            )
            icon = QLabel(self)
            icon.setPixmap(swatch(PAINT[color], 16).pixmap(16, 16))
            form.addRow(icon, field)
            self.fields[color] = field
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def labels(self) -> dict[Color, str]:
        """The names as typed, stripped."""
        return {color: field.text().strip() for color, field in self.fields.items()}
