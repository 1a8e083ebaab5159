"""Code × speaker and code × interview matrices: counts in a table, each row's shares drawn as bars."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.codes import Code
from desktop_app.domain.retrieval import Axis, Cell, CodedPassage, matrix
from desktop_app.gui.plain import tooltip

ShareRole = Qt.ItemDataRole.UserRole + 1  # the cell's share of its row, 0..1
ColumnKeyRole = Qt.ItemDataRole.UserRole + 2  # the speaker name or interview id of a column
CodeIdRole = Qt.ItemDataRole.UserRole


class BarDelegate(QStyledItemDelegate):
    """A cell's share of its code's row drawn as a bar under the number."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The bar first, then the number over it."""
        share = index.data(ShareRole)
        if isinstance(share, float) and share > 0:
            rect: QRect = option.rect.adjusted(2, 3, -2, -3)  # type: ignore[attr-defined]
            rect.setWidth(max(1, int(rect.width() * share)))
            color = QColor(option.palette.highlight().color())  # type: ignore[attr-defined]
            color.setAlpha(90)
            painter.fillRect(rect, color)
        super().paint(painter, option, index)


class MatrixView(QWidget):
    """The matrix of the codes against speakers or interviews."""

    cell_chosen = Signal(str, str, str)  # code id, axis, column key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixView")
        self.axis = QComboBox(self)
        self.axis.setObjectName("matrixAxis")
        self.axis.addItem(QCoreApplication.translate("MatrixView", "Code × speaker"), str(Axis.SPEAKER))
        self.axis.addItem(QCoreApplication.translate("MatrixView", "Code × interview"), str(Axis.INTERVIEW))
        self.measure = QComboBox(self)
        self.measure.setObjectName("matrixMeasure")
        self.measure.addItem(QCoreApplication.translate("MatrixView", "Passages"), "passages")
        self.measure.addItem(QCoreApplication.translate("MatrixView", "Characters"), "characters")
        self.model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("matrixTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(BarDelegate(self.table))
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        row = QHBoxLayout()
        row.addWidget(self.axis)
        row.addWidget(self.measure)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self._passages: list[CodedPassage] = []
        self._codes: list[Code] = []
        self._titles: Mapping[str, str] = {}
        self.axis.currentIndexChanged.connect(self.refresh)
        self.measure.currentIndexChanged.connect(self.refresh)
        self.table.activated.connect(self._on_activated)
        self.table.doubleClicked.connect(self._on_activated)

    def set_data(
        self, passages: Sequence[CodedPassage], codes: Sequence[Code], titles: Mapping[str, str]
    ) -> None:
        """Every coded passage, the live codes (rows, in codebook order), interview titles."""
        self._passages, self._codes, self._titles = list(passages), list(codes), titles
        self.refresh()

    def refresh(self) -> None:
        """Count again for the chosen axis and measure."""
        axis = Axis(self.axis.currentData())
        table = matrix(self._passages, axis)
        columns = sorted(
            {key for cells in table.values() for key in cells},
            key=lambda k: self._titles.get(k, k) if axis is Axis.INTERVIEW else k,
        )
        self.model.clear()
        self.model.setColumnCount(len(columns))
        for number, key in enumerate(columns):
            header = QStandardItem(self._titles.get(key, key) if axis is Axis.INTERVIEW else key)
            header.setData(key, ColumnKeyRole)
            self.model.setHorizontalHeaderItem(number, header)
        rows = [code for code in self._codes if code.id in table]
        for code in rows:
            cells = table[code.id]
            values = [self._value(cells.get(key)) for key in columns]
            total = sum(values) or 1
            items = []
            for key, value in zip(columns, values, strict=True):
                item = QStandardItem(str(value))
                item.setData(code.id, CodeIdRole)
                item.setData(key, ColumnKeyRole)
                item.setData(value / total, ShareRole)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setEditable(False)
                items.append(item)
            self.model.appendRow(items)
            head = QStandardItem(code.name)
            head.setToolTip(tooltip(code.description or code.name))
            self.model.setVerticalHeaderItem(self.model.rowCount() - 1, head)

    def _value(self, cell: Cell | None) -> int:
        if cell is None:
            return 0
        return cell.characters if self.measure.currentData() == "characters" else cell.passages

    def counts(self) -> dict[tuple[str, str], int]:
        """(code name, column header) → the number shown; what the reader sees, for tests."""
        shown: dict[tuple[str, str], int] = {}
        for row in range(self.model.rowCount()):
            name = str(self.model.verticalHeaderItem(row).text())
            for column in range(self.model.columnCount()):
                header = str(self.model.horizontalHeaderItem(column).text())
                shown[(name, header)] = int(self.model.item(row, column).text())
        return shown

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.cell_chosen.emit(
                str(index.data(CodeIdRole)), str(self.axis.currentData()), str(index.data(ColumnKeyRole))
            )
