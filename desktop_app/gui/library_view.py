"""The library: every interview the reader has opened, sortable and filterable; open one, or find a moved one.

A file that is gone is shown as missing (its notes stay in the store); "Locate…" asks where it went
and, if the file there is the same interview (same id), the library points at it again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ReaderError
from desktop_app.domain.library import LibraryEntry
from desktop_app.domain.parser import load_transcript
from desktop_app.gui.domain_text import error_text
from desktop_app.gui.plain import tooltip
from desktop_app.storage.store import AnnotationStore

EntryIdRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1  # numbers sort as numbers


class LibraryView(QDialog):
    """Every interview of the library in a table."""

    open_requested = Signal(str)  # the path of an interview to open
    failed = Signal(str, str)

    def __init__(self, store: AnnotationStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryView")
        self.setWindowTitle(QCoreApplication.translate("LibraryView", "Library"))
        self._store = store
        self.entries: list[LibraryEntry] = []
        self.model = QStandardItemModel(0, 8, self)
        self.model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("LibraryView", "ID"),
                QCoreApplication.translate("LibraryView", "Title"),
                QCoreApplication.translate("LibraryView", "Source"),
                QCoreApplication.translate("LibraryView", "Speakers"),
                QCoreApplication.translate("LibraryView", "File"),
                QCoreApplication.translate("LibraryView", "Last read"),
                QCoreApplication.translate("LibraryView", "Highlights"),
                QCoreApplication.translate("LibraryView", "Question notes"),
            ]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterKeyColumn(-1)  # any column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("libraryFilter")
        self.filter.setPlaceholderText(QCoreApplication.translate("LibraryView", "Filter the interviews"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.activated.connect(self._on_activated)
        self.table.doubleClicked.connect(self._on_activated)
        self.open_button = self._button(
            "libraryOpen", QCoreApplication.translate("LibraryView", "Open"), self.open_current
        )
        self.locate_button = self._button(
            "libraryLocate", QCoreApplication.translate("LibraryView", "Locate…"), self.choose_and_locate
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.locate_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.reload()
        self.resize(960, 480)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def reload(self) -> None:
        """Check which files are still there, then list the library."""
        if self._store.writable:
            self._store.check_library()
        self.entries = self._store.library()
        self.model.removeRows(0, self.model.rowCount())
        missing = QCoreApplication.translate("LibraryView", "(missing) %1")
        dim = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for entry in self.entries:
            path = missing.replace("%1", entry.path) if entry.missing else entry.path
            cells: list[tuple[str, object]] = [
                (entry.id, entry.id),
                (entry.title, entry.title),
                (entry.source, entry.source),
                ("、".join(entry.speakers), "、".join(entry.speakers)),
                (path, path),
                ((entry.last_read or "")[:16].replace("T", " "), entry.last_read or ""),
                (str(entry.highlights), entry.highlights),
                (str(entry.notes), entry.notes),
            ]
            row = []
            for text, key in cells:
                item = QStandardItem(text)
                item.setData(entry.id, EntryIdRole)
                item.setData(key, SortRole)
                item.setToolTip(tooltip(text))
                item.setEditable(False)
                if entry.missing:
                    item.setForeground(dim)
                row.append(item)
            self.model.appendRow(row)
        self._update_buttons()

    def rows(self) -> list[tuple[str, ...]]:
        """Every row as shown (sorted and filtered): its cells' text."""
        return [
            tuple(str(self.proxy.index(r, c).data()) for c in range(self.proxy.columnCount()))
            for r in range(self.proxy.rowCount())
        ]

    def current_entry(self) -> LibraryEntry | None:
        """The entry of the row chosen."""
        index = self.table.currentIndex()
        entry_id = index.data(EntryIdRole) if index.isValid() else None
        return next((e for e in self.entries if e.id == entry_id), None)

    def select_entry(self, entry_id: str) -> bool:
        """Choose the row of ``entry_id``."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(EntryIdRole) == entry_id:
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return False

    def _update_buttons(self, *_args: object) -> None:
        entry = self.current_entry()
        self.open_button.setEnabled(entry is not None and not entry.missing)
        self.locate_button.setEnabled(entry is not None and entry.missing)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_current()

    def open_current(self) -> None:
        """Open the chosen interview (a missing one asks where it went)."""
        entry = self.current_entry()
        if entry is None:
            return
        if entry.missing:
            self.choose_and_locate()
        else:
            self.open_requested.emit(entry.path)

    def choose_and_locate(self) -> None:
        """Ask where the chosen interview's file is now."""
        entry = self.current_entry()
        if entry is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("LibraryView", "Locate the Interview"),
            "",
            QCoreApplication.translate("LibraryView", "Transcripts (*.md *.markdown);;All files (*)"),
        )
        if path:
            self.locate(entry.id, path)

    def locate(self, entry_id: str, path: str) -> bool:
        """Point the entry at ``path`` if that file is the same interview; say why not otherwise."""
        title = QCoreApplication.translate("LibraryView", "Not the same interview")
        try:
            transcript = load_transcript(path)
        except ReaderError as error:
            self.failed.emit(title, error_text(error))
            return False
        if transcript.id != entry_id:
            self.failed.emit(
                title,
                QCoreApplication.translate("LibraryView", "That file holds another interview (%1).").replace(
                    "%1", transcript.id
                ),
            )
            return False
        try:
            self._store.add_to_library(transcript, path)
        except ReaderError as error:
            self.failed.emit(title, error_text(error))
            return False
        self.reload()
        self.select_entry(entry_id)
        return True
