"""The Codes panel: the codebook as a tree with counts, and everything done to a code.

Create, rename, recolour, move, merge, delete (undone through the window's undo, which brings the
code back with its passages via the store's ``undelete_codes``) and the code's memo. Every change is
one store call; the tree is read again from the store afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QUndoCommand
from PySide6.QtWidgets import (
    QColorDialog,
    QDockWidget,
    QGridLayout,
    QInputDialog,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.codes import Code, descendants, flatten
from desktop_app.domain.errors import ReaderError
from desktop_app.gui.codes_model import CodeIdRole, CodesModel
from desktop_app.gui.domain_text import error_text
from desktop_app.gui.highlighting import Annotations
from desktop_app.storage.codebook import CodeDeletion


class _DeleteCodeCommand(QUndoCommand):
    """Delete a code and its sub-codes (tombstones); undo brings them back with their passages."""

    def __init__(self, panel: CodesPanel, code_id: str) -> None:
        super().__init__(QCoreApplication.translate("CodesPanel", "Delete Code"))
        self._panel = panel
        self._code_id = code_id
        self.deletion: CodeDeletion | None = None

    def redo(self) -> None:
        done = self._panel.call(self._panel.store.delete_code, self._code_id)
        self.deletion = done if isinstance(done, CodeDeletion) else None

    def undo(self) -> None:
        if self.deletion is not None:
            self._panel.call(self._panel.store.undelete_codes, self.deletion.code_ids)


class CodesPanel(QDockWidget):
    """The codebook, and the commands on the chosen code."""

    retrieve_requested = Signal(str)  # a code whose passages the reader wants listed

    def __init__(self, annotations: Annotations, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CodesPanel", "Codes"), parent)
        self.setObjectName("codesPanel")
        # Shown and hidden from the View menu, as the other panels (the pane may move it aside for room).
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self._annotations = annotations
        self.store = annotations.store
        body = QWidget(self)
        self.model = CodesModel(self)
        self.tree = QTreeView(body)
        self.tree.setObjectName("codesTree")
        self.tree.setAccessibleName(QCoreApplication.translate("CodesPanel", "Codes"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.doubleClicked.connect(self._on_double_clicked)
        buttons = QGridLayout()  # two rows of three: the dock stays as narrow as the Annotations panel
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("new", QCoreApplication.translate("CodesPanel", "New…"), self.ask_create),
            ("rename", QCoreApplication.translate("CodesPanel", "Rename…"), self.ask_rename),
            ("color", QCoreApplication.translate("CodesPanel", "Colour…"), self.ask_color),
            ("move", QCoreApplication.translate("CodesPanel", "Move to…"), self.ask_move),
            ("merge", QCoreApplication.translate("CodesPanel", "Merge into…"), self.ask_merge),
            ("delete", QCoreApplication.translate("CodesPanel", "Delete…"), self.ask_delete),
        ):
            button = QPushButton(text, body)
            button.setObjectName(f"codes_{name}")
            button.clicked.connect(slot)
            buttons.addWidget(button, len(self.buttons) // 3, len(self.buttons) % 3)
            self.buttons[name] = button
        self.memo = QPlainTextEdit(body)
        self.memo.setObjectName("codeMemo")
        self.memo.setAccessibleName(QCoreApplication.translate("CodesPanel", "Memo"))
        self.memo.setPlaceholderText(QCoreApplication.translate("CodesPanel", "Memo: what this code means"))
        self.memo.setMaximumHeight(90)
        self.save_memo_button = QPushButton(QCoreApplication.translate("CodesPanel", "Save Memo"), body)
        self.save_memo_button.setObjectName("codes_saveMemo")
        self.save_memo_button.clicked.connect(self.save_memo)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.memo)
        layout.addWidget(self.save_memo_button)
        self.setWidget(body)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        # The codebook is read when the panel is first shown (it starts behind the Annotations tab) or
        # first asked about: filling and expanding the tree was a few milliseconds of the first paint.
        self._stale = True
        for name, button in self.buttons.items():
            button.setEnabled(name == "new")  # as with no code chosen
        self.save_memo_button.setEnabled(False)
        self.visibilityChanged.connect(self._on_visibility_changed)

    # -- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the codebook and the counts again, keeping the chosen code."""
        self._stale = False
        chosen = self.current_code_id()
        self.model.fill(self.store.code_tree(), self.store.passage_counts())
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        if chosen:
            self.set_current(chosen)
        self._on_current_changed()

    def _read_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible:
            self._read_if_stale()

    def current_code_id(self) -> str:
        """The chosen code's id ('' for none)."""
        self._read_if_stale()
        index = self.tree.currentIndex()
        return str(index.data(CodeIdRole)) if index.isValid() else ""

    def set_current(self, code_id: str) -> None:
        """Choose ``code_id`` in the tree."""
        self._read_if_stale()
        index = self.model.index_of(code_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def rows(self) -> list[tuple[int, str, int]]:
        """Every row shown, depth first: (depth, name, count); for tests and accessibility checks."""
        self._read_if_stale()
        found: list[tuple[int, str, int]] = []

        def walk(parent: QModelIndex, depth: int) -> None:
            for row in range(self.model.rowCount(parent)):
                name = self.model.index(row, 0, parent)
                count = self.model.index(row, 1, parent)
                found.append((depth, str(name.data()), int(count.data())))
                walk(name, depth + 1)

        walk(QModelIndex(), 0)
        return found

    def _on_current_changed(self, *_args: object) -> None:
        code = self.store.code(self.current_code_id()) if self.current_code_id() else None
        self.memo.setPlainText(code.description if code else "")
        for name, button in self.buttons.items():
            button.setEnabled(name == "new" or code is not None)
        self.save_memo_button.setEnabled(code is not None)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.retrieve_requested.emit(str(index.data(CodeIdRole)))

    # -- changing, each one store call -------------------------------------------------------------
    def call(self, method: Callable[..., object], *args: object, **kwargs: object) -> object:
        """Run a store call; say why it was refused; read the codebook again either way."""
        try:
            result = method(*args, **kwargs)
        except (ReaderError, ValueError, KeyError) as error:
            detail = (
                error_text(error)
                if not isinstance(error, KeyError)
                else QCoreApplication.translate("CodesPanel", "That code is gone.")
            )
            self._annotations.failed.emit(
                QCoreApplication.translate("CodesPanel", "The codebook was not changed"), detail
            )
            result = None
        self.refresh()
        self._annotations.reload()  # colours and codes of the highlights on screen may have changed
        return result

    def create_code(self, name: str, parent: str = "") -> Code | None:
        """Add a code named ``name`` (under ``parent``) and choose it."""
        made = self.call(self.store.create_code, name, parent=parent)
        if isinstance(made, Code):
            self.set_current(made.id)
            return made
        return None

    def rename(self, code_id: str, name: str) -> bool:
        """Give the code a new name."""
        return self.call(self.store.rename_code, code_id, name) is not None

    def recolor(self, code_id: str, color: str) -> bool:
        """Give the code a new colour."""
        return self.call(self.store.recolor_code, code_id, color) is not None

    def move_code(self, code_id: str, parent: str) -> bool:
        """Put the code under ``parent`` ('' for the top)."""
        return self.call(self.store.move_code, code_id, parent) is not None

    def merge(self, source: str, target: str) -> int | None:
        """Fold ``source`` into ``target``; how many passages moved (None if refused)."""
        moved = self.call(self.store.merge_codes, source, target)
        if isinstance(moved, int):
            self.set_current(target)
            return moved
        return None

    def delete(self, code_id: str) -> CodeDeletion | None:
        """Delete the code and its sub-codes, undoably (Undo, or the status bar's Undo button)."""
        command = _DeleteCodeCommand(self, code_id)
        command.redo()
        if command.deletion is None:
            return None
        # Pushed after the first run: the stack's own redo() would delete a second time.
        self._annotations.undo_stack.push(_Done(command))
        passages = command.deletion.passages
        said = QCoreApplication.translate("CodesPanel", "Code deleted (%n coded passage(s)).", None, passages)
        self._annotations.said.emit(said)
        self._annotations.deleted.emit()
        return command.deletion

    def save_memo(self) -> bool:
        """Keep the memo typed for the chosen code."""
        code_id = self.current_code_id()
        return (
            bool(code_id)
            and self.call(self.store.update_code, code_id, description=self.memo.toPlainText()) is not None
        )

    # -- the dialogs (non-blocking) ------------------------------------------------------------------
    def _ask_text(self, title: str, label: str, text: str, done: Callable[[str], object]) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setObjectName("codesInput")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.textValueSelected.connect(lambda value: done(value) if value.strip() else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def ask_create(self) -> QInputDialog:
        """Ask for a new code's name (it goes under the chosen code)."""
        parent = self.current_code_id()
        return self._ask_text(
            QCoreApplication.translate("CodesPanel", "New Code"),
            QCoreApplication.translate("CodesPanel", "Name:"),
            "",
            lambda name: self.create_code(name.strip(), parent),
        )

    def ask_rename(self) -> QInputDialog | None:
        """Ask for the chosen code's new name."""
        code = self.store.code(self.current_code_id())
        if code is None:
            return None
        return self._ask_text(
            QCoreApplication.translate("CodesPanel", "Rename Code"),
            QCoreApplication.translate("CodesPanel", "Name:"),
            code.name,
            lambda name: self.rename(code.id, name.strip()),
        )

    def ask_color(self) -> QColorDialog | None:
        """Ask for the chosen code's colour."""
        code = self.store.code(self.current_code_id())
        if code is None:
            return None
        dialog = QColorDialog(QColor(code.color), self)
        dialog.setObjectName("codesColor")
        dialog.colorSelected.connect(lambda color: self.recolor(code.id, color.name()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _ask_code(
        self, title: str, choices: list[tuple[str, str]], done: Callable[[str], object]
    ) -> QInputDialog:
        """Ask for one of ``choices`` (id, shown name)."""
        dialog = QInputDialog(self)
        dialog.setObjectName("codesChoice")
        dialog.setWindowTitle(title)
        dialog.setLabelText(QCoreApplication.translate("CodesPanel", "Code:"))
        dialog.setComboBoxItems([shown for _id, shown in choices])
        dialog.setComboBoxEditable(False)
        ids = {shown: code_id for code_id, shown in choices}
        dialog.textValueSelected.connect(lambda shown: done(ids[shown]) if shown in ids else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _others(self, code_id: str) -> list[tuple[str, str]]:
        """The codes a code can go under or into: not itself, nor one below it."""
        codes = self.store.codes()
        below = descendants(codes, code_id) | {code_id}
        return [
            (c.id, "    " * depth + c.name)
            for depth, c in flatten(self.store.code_tree())
            if c.id not in below
        ]

    def ask_move(self) -> QInputDialog | None:
        """Ask where the chosen code goes."""
        code_id = self.current_code_id()
        if not code_id:
            return None
        top = [("", QCoreApplication.translate("CodesPanel", "(top level)"))]
        return self._ask_code(
            QCoreApplication.translate("CodesPanel", "Move Code"),
            top + self._others(code_id),
            lambda parent: self.move_code(code_id, parent),
        )

    def ask_merge(self) -> QInputDialog | None:
        """Ask which code the chosen one merges into."""
        code_id = self.current_code_id()
        if not code_id:
            return None
        return self._ask_code(
            QCoreApplication.translate("CodesPanel", "Merge Code Into"),
            self._others(code_id),
            lambda target: self.merge(code_id, target),
        )

    def ask_delete(self) -> QMessageBox | None:
        """Confirm deleting the chosen code, saying how many passages and sub-codes it touches."""
        code_id = self.current_code_id()
        if not code_id:
            return None
        below = len(descendants(self.store.codes(), code_id))
        counts = self.store.passage_counts()
        text = QCoreApplication.translate(
            "CodesPanel",
            "Delete this code, %n sub-code(s) and its codings on %1 passage(s)? Undo brings them back.",
            None,
            below,
        ).replace("%1", str(counts.get(code_id, 0)))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("CodesPanel", "Delete Code"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("codesDeleteConfirm")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.accepted.connect(lambda: self.delete(code_id))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box


class _Done(QUndoCommand):
    """Wraps a command that already ran: the stack's first redo() does nothing, later ones run it."""

    def __init__(self, inner: _DeleteCodeCommand) -> None:
        super().__init__(inner.text())
        self._inner = inner
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._inner.redo()

    def undo(self) -> None:
        self._inner.undo()
