"""Retrieval: the passages coded with the chosen codes (any or all of them) across every interview.

A passage activated here is shown in the text; the list exports as Markdown, CSV or HTML; the Matrix
tab counts codes against speakers or interviews, and a cell lists its passages here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
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
from desktop_app.domain.retrieval import Axis, CodedPassage, Mode, RetrievalIndex
from desktop_app.domain.retrieval_export import passages_csv, passages_html, passages_markdown
from desktop_app.fileio import atomic_write_bytes
from desktop_app.gui.annotations_panel import swatch
from desktop_app.gui.domain_text import error_text
from desktop_app.gui.matrix_view import MatrixView
from desktop_app.gui.plain import tooltip
from desktop_app.storage.store import AnnotationStore

CodeIdRole = Qt.ItemDataRole.UserRole
EXPORTS = {"markdown": ".md", "csv": ".csv", "html": ".html"}


class PassagesModel(QAbstractTableModel):
    """The listed passages, one row each, drawn from the list (10,000 rows make no item objects)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            QCoreApplication.translate("RetrievalView", "Quote"),
            QCoreApplication.translate("RetrievalView", "Speaker"),
            QCoreApplication.translate("RetrievalView", "Interview"),
            QCoreApplication.translate("RetrievalView", "Question"),
            QCoreApplication.translate("RetrievalView", "Note"),
            QCoreApplication.translate("RetrievalView", "Codes"),
        )
        self._passages: Sequence[CodedPassage] = []
        self._known: Mapping[str, Transcript] = {}
        self._questions: dict[tuple[str, str], str] = {}  # (interview, question id) → its text, when drawn

    def set_passages(self, passages: Sequence[CodedPassage], known: Mapping[str, Transcript]) -> None:
        """List ``passages``; ``known`` gives the questions' text."""
        self.beginResetModel()
        self._passages, self._known, self._questions = passages, known, {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per passage listed."""
        return 0 if parent.isValid() else len(self._passages)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Quote, speaker, interview, question, note, codes."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The columns' names, in the interface's language."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return super().headerData(section, orientation, role)

    def text(self, row: int, column: int) -> str:
        """What the cell shows."""
        p = self._passages[row]
        if column == 3:
            return self._question(p)
        return (p.quote, p.speaker, p.title, "", p.note, "、".join(p.code_names))[column]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """A cell's text, and the same as a tooltip (plain text, never markup)."""
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.text(index.row(), index.column()))
        return None

    def _question(self, p: CodedPassage) -> str:
        key = (p.transcript_id, p.question_id)
        if key not in self._questions:
            transcript = self._known.get(p.transcript_id)
            question = transcript.find(p.question_id) if transcript and p.question_id else None
            self._questions[key] = getattr(question, "text", "") or p.question_id
        return self._questions[key]


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
        self.model = PassagesModel(self)
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
        self._known, self._titles = self._transcripts()
        self._index = RetrievalIndex(self._store.codings(), self._live, self._known, self._titles)
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
        self.matrix.set_data(
            self._index.passages, [c for _d, c in flatten(self._store.code_tree())], self._titles
        )
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
        found = self._index.query(self.chosen(), self.mode.currentData())
        if self._only is not None:
            axis, key = self._only
            found = [p for p in found if (p.speaker if axis == Axis.SPEAKER else p.transcript_id) == key]
        self.passages = found
        self.model.set_passages(found, self._known)
        listed = len(found)
        said = QCoreApplication.translate("RetrievalView", "%n passage(s)", None, listed)
        self.summary.setText(said)

    def rows(self) -> list[tuple[str, ...]]:
        """(quote, speaker, interview) of every row shown."""
        return [tuple(self.model.text(r, c) for c in range(3)) for r in range(self.model.rowCount())]

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
