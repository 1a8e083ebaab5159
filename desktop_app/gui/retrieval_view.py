"""Retrieval: the passages coded with the chosen codes (any or all of them) across every interview.

A passage activated here is shown in the text; the list exports as Markdown, CSV or HTML; the Matrix
tab counts codes against speakers or interviews, and a cell lists its passages here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.codes import flatten
from desktop_app.domain.errors import ReaderError
from desktop_app.domain.model import Transcript
from desktop_app.domain.retrieval import Axis, CodedPassage, Mode, retrieve
from desktop_app.domain.retrieval_export import passages_csv, passages_html, passages_markdown
from desktop_app.fileio import atomic_write_bytes
from desktop_app.gui.annotations_panel import swatch
from desktop_app.gui.domain_text import error_text
from desktop_app.gui.matrix_view import MatrixView
from desktop_app.gui.plain import tooltip
from desktop_app.storage.store import AnnotationStore

CodeIdRole = Qt.ItemDataRole.UserRole
EXPORTS = {"markdown": ".md", "csv": ".csv", "html": ".html"}


class RetrievalView(QDialog):
    """The coded passages of the chosen codes, and the matrices."""

    passage_activated = Signal(object)  # a CodedPassage to show in the text
    failed = Signal(str, str)

    def __init__(
        self,
        store: AnnotationStore,
        transcripts: Callable[[], tuple[Mapping[str, Transcript], Mapping[str, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("retrievalView")
        self.setWindowTitle(QCoreApplication.translate("RetrievalView", "Coded Passages"))
        self._store = store
        self._transcripts = transcripts  # (transcripts by id, titles by id), read when needed
        self.passages: list[CodedPassage] = []
        self._only: tuple[str, str] | None = None  # a matrix cell: (axis, column key)
        self.codes = QListWidget(self)
        self.codes.setObjectName("retrievalCodes")
        self.codes.setAccessibleName(QCoreApplication.translate("RetrievalView", "Codes"))
        self.mode = QComboBox(self)
        self.mode.setObjectName("retrievalMode")
        self.mode.addItem(QCoreApplication.translate("RetrievalView", "Any of the codes (or)"), str(Mode.OR))
        self.mode.addItem(
            QCoreApplication.translate("RetrievalView", "All of the codes (and)"), str(Mode.AND)
        )
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RetrievalView", "Quote"),
                QCoreApplication.translate("RetrievalView", "Speaker"),
                QCoreApplication.translate("RetrievalView", "Interview"),
                QCoreApplication.translate("RetrievalView", "Question"),
                QCoreApplication.translate("RetrievalView", "Note"),
                QCoreApplication.translate("RetrievalView", "Codes"),
            ]
        )
        self.table = QTableView(self)
        self.table.setObjectName("retrievalTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("retrievalSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        export = QPushButton(QCoreApplication.translate("RetrievalView", "Export…"), self)
        export.setObjectName("retrievalExport")
        menu = QMenu(export)
        for kind, label in (
            ("markdown", QCoreApplication.translate("RetrievalView", "Markdown…")),
            ("csv", QCoreApplication.translate("RetrievalView", "CSV (spreadsheets)…")),
            ("html", QCoreApplication.translate("RetrievalView", "HTML page…")),
        ):
            menu.addAction(label).triggered.connect(lambda _on=False, k=kind: self.choose_and_export(k))
        export.setMenu(menu)
        self.matrix = MatrixView(self)
        self._build(export)
        self.codes.itemChanged.connect(self._on_codes_changed)
        self.mode.currentIndexChanged.connect(self._on_codes_changed)
        self.table.activated.connect(self._on_activated)
        self.table.doubleClicked.connect(self._on_activated)
        self.matrix.cell_chosen.connect(self.show_cell)
        self.reload()
        self.resize(1000, 640)

    def _build(self, export: QPushButton) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.codes, 1)
        column.addWidget(self.mode)
        right = QWidget(self)
        rows = QVBoxLayout(right)
        rows.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(export)
        rows.addLayout(bar)
        rows.addWidget(self.table, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([240, 760])
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("retrievalTabs")
        self.tabs.addTab(splitter, QCoreApplication.translate("RetrievalView", "Passages"))
        self.tabs.addTab(self.matrix, QCoreApplication.translate("RetrievalView", "Matrix"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    # -- the data --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the codebook, the codings and the interviews again."""
        self._live = self._store.codes()
        self._coded = self._store.coded_highlights()
        self._known, self._titles = self._transcripts()
        chosen = set(self.chosen())
        self.codes.blockSignals(True)
        self.codes.clear()
        for depth, code in flatten(self._store.code_tree()):
            item = QListWidgetItem(swatch(code.color), "    " * depth + code.name)
            item.setData(CodeIdRole, code.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code.id in chosen else Qt.CheckState.Unchecked)
            if code.description:
                item.setToolTip(tooltip(code.description))
            self.codes.addItem(item)
        self.codes.blockSignals(False)
        everything = retrieve(
            self._coded, self._live, [c.id for c in self._live], Mode.OR, self._known, self._titles
        )
        self.matrix.set_data(everything, [c for _d, c in flatten(self._store.code_tree())], self._titles)
        self.refresh()

    def chosen(self) -> list[str]:
        """The ids of the codes ticked."""
        items = (self.codes.item(row) for row in range(self.codes.count()))
        return [str(i.data(CodeIdRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def set_query(self, code_ids: Sequence[str], mode: Mode | str = Mode.OR) -> None:
        """Tick exactly ``code_ids`` and combine them with ``mode``."""
        self._only = None
        self.codes.blockSignals(True)
        for row in range(self.codes.count()):
            item = self.codes.item(row)
            wanted = item.data(CodeIdRole) in code_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.codes.blockSignals(False)
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(self.mode.findData(str(Mode(mode))))
        self.mode.blockSignals(False)
        self.tabs.setCurrentIndex(0)
        self.refresh()

    def show_cell(self, code_id: str, axis: str, key: str) -> None:
        """A matrix cell's passages: the code's, of that speaker or interview."""
        self.set_query([code_id])
        self._only = (axis, key)
        self.refresh()

    def _on_codes_changed(self, *_args: object) -> None:
        self._only = None
        self.refresh()

    def refresh(self) -> None:
        """List the passages for the ticked codes."""
        found = retrieve(
            self._coded, self._live, self.chosen(), self.mode.currentData(), self._known, self._titles
        )
        if self._only is not None:
            axis, key = self._only
            found = [p for p in found if (p.speaker if axis == Axis.SPEAKER else p.transcript_id) == key]
        self.passages = found
        self.model.removeRows(0, self.model.rowCount())
        for p in found:
            transcript = self._known.get(p.transcript_id)
            question = transcript.find(p.question_id) if transcript and p.question_id else None
            cells = [
                p.quote,
                p.speaker,
                p.title,
                getattr(question, "text", "") or p.question_id,
                p.note,
                "、".join(p.code_names),
            ]
            row = []
            for text in cells:
                item = QStandardItem(text)
                item.setToolTip(tooltip(text))
                item.setEditable(False)
                row.append(item)
            self.model.appendRow(row)
        listed = len(found)
        said = QCoreApplication.translate("RetrievalView", "%n passage(s)", None, listed)
        self.summary.setText(said)

    def rows(self) -> list[tuple[str, ...]]:
        """(quote, speaker, interview) of every row shown."""
        return [
            tuple(str(self.model.item(r, c).text()) for c in range(3)) for r in range(self.model.rowCount())
        ]  # type: ignore[misc]

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid() and 0 <= index.row() < len(self.passages):
            self.passage_activated.emit(self.passages[index.row()])

    # -- export ----------------------------------------------------------------------------------
    def heading(self) -> str:
        """What the list is of: the chosen codes' names."""
        names = {c.id: c.name for c in self._live}
        joiner = " + " if self.mode.currentData() == Mode.AND else " / "
        return joiner.join(names[c] for c in self.chosen() if c in names)

    def export_to(self, kind: str, path: str) -> bool:
        """Write the list as ``kind`` (markdown, csv, html) to ``path``."""
        if kind == "csv":
            data = passages_csv(self.passages)
        elif kind == "html":
            data = passages_html(self.passages, self.heading()).encode("utf-8")
        else:
            data = passages_markdown(self.passages, self.heading()).encode("utf-8")
        try:
            atomic_write_bytes(Path(path), data)
        except (ReaderError, OSError) as error:
            self.failed.emit(
                QCoreApplication.translate("RetrievalView", "The list was not written"), error_text(error)
            )
            return False
        return True

    def choose_and_export(self, kind: str) -> None:
        """Ask where to write the list, then write it."""
        title = QCoreApplication.translate("RetrievalView", "Export the Passages")
        path, _ = QFileDialog.getSaveFileName(self, title, f"passages{EXPORTS[kind]}", f"*{EXPORTS[kind]}")
        if path:
            self.export_to(kind, path)
