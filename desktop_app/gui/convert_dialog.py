"""Preview of a converted plain-text or WebVTT interview: fix speakers, roles and headings, then save."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.convert import BLOCK_KINDS, Draft
from desktop_app.domain.model import Role
from desktop_app.gui.plain import tooltip


def _kind_label(kind: str) -> str:
    labels = {
        "preface": QCoreApplication.translate("ConvertDialog", "Preface"),
        "heading": QCoreApplication.translate("ConvertDialog", "Heading"),
        "turn": QCoreApplication.translate("ConvertDialog", "New turn"),
        "continuation": QCoreApplication.translate("ConvertDialog", "Continues the turn"),
    }
    return labels[kind]


class ConvertDialog(QDialog):
    """Shows what the converter found; every change is kept in a copy of the draft."""

    def __init__(self, draft: Draft, encoding: str, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("convertDialog")
        self.setWindowTitle(QCoreApplication.translate("ConvertDialog", "Import a Transcript"))
        self._draft = copy.deepcopy(draft)
        layout = QVBoxLayout(self)
        found = QLabel(
            QCoreApplication.translate("ConvertDialog", "%1, read as %2.")
            .replace("%1", source)
            .replace("%2", encoding),
            self,
        )
        found.setObjectName("convertEncoding")
        found.setWordWrap(True)
        layout.addWidget(found)
        form = QFormLayout()
        self.title = QLineEdit(draft.title, self)
        self.title.setObjectName("convertTitle")
        self.title.setAccessibleName(QCoreApplication.translate("ConvertDialog", "Title"))
        form.addRow(QCoreApplication.translate("ConvertDialog", "&Title:"), self.title)
        layout.addLayout(form)

        self.speakers = QTableWidget(len(draft.speakers), 2, self)
        self.speakers.setObjectName("convertSpeakers")
        self.speakers.setAccessibleName(QCoreApplication.translate("ConvertDialog", "Speakers found"))
        self.speakers.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ConvertDialog", "Speaker"),
                QCoreApplication.translate("ConvertDialog", "Role"),
            ]
        )
        self.speakers.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.role_boxes: list[QComboBox] = []
        for row, speaker in enumerate(draft.speakers):
            self.speakers.setItem(row, 0, QTableWidgetItem(speaker.name))
            role = QComboBox(self.speakers)
            role.addItem(QCoreApplication.translate("ConvertDialog", "Host"), str(Role.HOST))
            role.addItem(QCoreApplication.translate("ConvertDialog", "Guest"), str(Role.GUEST))
            role.setCurrentIndex(role.findData(str(speaker.role)))
            self.speakers.setCellWidget(row, 1, role)
            self.role_boxes.append(role)
        layout.addWidget(self.speakers)

        self.blocks = QTableWidget(len(draft.blocks), 3, self)
        self.blocks.setObjectName("convertBlocks")
        self.blocks.setAccessibleName(QCoreApplication.translate("ConvertDialog", "Paragraphs found"))
        self.blocks.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ConvertDialog", "Kind"),
                QCoreApplication.translate("ConvertDialog", "Speaker"),
                QCoreApplication.translate("ConvertDialog", "Text"),
            ]
        )
        self.blocks.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.kind_boxes: list[QComboBox] = []
        for row, block in enumerate(draft.blocks):
            kind = QComboBox(self.blocks)
            for k in BLOCK_KINDS:
                kind.addItem(_kind_label(k), k)
            kind.setCurrentIndex(kind.findData(block.kind))
            self.blocks.setCellWidget(row, 0, kind)
            self.kind_boxes.append(kind)
            self.blocks.setItem(row, 1, QTableWidgetItem(block.speaker))
            text = QTableWidgetItem(block.text)
            text.setToolTip(tooltip(block.text))
            self.blocks.setItem(row, 2, text)
        layout.addWidget(self.blocks, 1)
        # Reading comes first; keeping the converted transcript as Markdown is offered, not forced.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        read = buttons.addButton(
            QCoreApplication.translate("ConvertDialog", "Read Now"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        read.setObjectName("readNowButton")
        read.setDefault(True)
        save_text = QCoreApplication.translate("ConvertDialog", "Save as Markdown…")
        save = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.ActionRole)
        save.setObjectName("saveMarkdownButton")
        save.clicked.connect(self.save_requested)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)

    save_requested = Signal()  # the reader wants the converted transcript kept as a Markdown file

    def draft(self) -> Draft:
        """The draft with the user's corrections: title, speaker names and roles, paragraph kinds."""
        draft = copy.deepcopy(self._draft)
        draft.title = self.title.text().strip() or draft.title
        renamed = {}
        for row, speaker in enumerate(draft.speakers):
            item = self.speakers.item(row, 0)
            name = item.text().strip() if item is not None else speaker.name
            renamed[speaker.name] = name or speaker.name
            speaker.name = renamed[speaker.name]
            speaker.role = Role(self.role_boxes[row].currentData())
        for row, block in enumerate(draft.blocks):
            block.kind = self.kind_boxes[row].currentData()
            item = self.blocks.item(row, 1)
            said = item.text().strip() if item is not None else block.speaker
            block.speaker = renamed.get(said, said)
        return draft
