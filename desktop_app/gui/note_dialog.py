"""The note editor: plain multi-line text, Qt's own widget so that input methods just work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class NoteDialog(QDialog):
    """Edit a note on a highlight or a question; the quote is shown above for context."""

    def __init__(self, title: str, context: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if context:
            quote = QLabel(context, self)
            quote.setObjectName("noteContext")
            quote.setWordWrap(True)
            quote.setTextFormat(quote.textFormat().PlainText)
            layout.addWidget(quote)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setAccessibleName(QCoreApplication.translate("NoteDialog", "Note"))
        self.editor.setPlaceholderText(QCoreApplication.translate("NoteDialog", "Write your note…"))
        self.editor.setPlainText(note)
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save = QShortcut(QKeySequence("Ctrl+Return"), self)
        save.activated.connect(self.accept)
        save_enter = QShortcut(QKeySequence("Ctrl+Enter"), self)  # the keypad's Enter
        save_enter.activated.connect(self.accept)
        self.editor.setToolTip(QCoreApplication.translate("NoteDialog", "Ctrl+Enter saves the note."))
        layout.addWidget(buttons)
        self.resize(480, 260)

    def note(self) -> str:
        """The text as typed."""
        return self.editor.toPlainText()
