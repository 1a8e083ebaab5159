"""The annotations panel: every highlight and note of the transcript, grouped by question."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.annotations import PAINT, Color, EntryKind
from desktop_app.domain.grouping import (
    ORPHAN_GROUP,
    PREFACE_GROUP,
    Entry,
    EntryFilter,
    Group,
    entry_order,
    group_entries,
    order_group,
)
from desktop_app.domain.model import Transcript
from desktop_app.gui.plain import tooltip
from desktop_app.gui.two_level_model import TwoLevelModel

EXPAND_LIMIT = 200  # groups opened at once in the list
EntryIdRole = Qt.ItemDataRole.UserRole + 1
EntryKindRole = Qt.ItemDataRole.UserRole + 2
GroupKeyRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
# The roles the model answers: the view asks each row it lays out or paints for about seven, most of
# which it leaves to the style (font, alignment, colours, check state); those are answered first.
_SERVED = frozenset(
    {Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.ToolTipRole.value,
     Qt.ItemDataRole.DecorationRole.value, EntryIdRole, EntryKindRole, GroupKeyRole}
)  # fmt: skip


def swatch(color: str, size: int = 12) -> QIcon:
    """A small square of ``color``."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class AnnotationsModel(TwoLevelModel):
    """Groups (a question, the preface, or what could not be placed) holding their entries."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[Group] = []
        self._labels: dict[Color, str] = {}
        self._speakers_of: dict[str, str] = {}
        self._transcript: Transcript | None = None
        self._swatches: dict[Color, QIcon] = {}  # made once: the view asks for one per row it paints

    def set_groups(self, transcript: Transcript, groups: list[Group], labels: dict[Color, str]) -> None:
        """Show ``groups`` of ``transcript``, each ordered when first shown; ``labels`` name the colours."""
        self.beginResetModel()
        self._transcript = transcript
        self._groups = groups
        self._labels = labels
        self.endResetModel()

    def _group(self, row: int) -> Group:
        """The group at ``row``, its entries in reading order."""
        group = self._groups[row]
        if not group.ordered and self._transcript is not None:
            order_group(self._transcript, group)
        return group

    def add_entry(self, transcript: Transcript, entry: Entry) -> QModelIndex:
        """Insert a placed ``entry`` into its question's group; the index of its row (invalid: no such group).

        Only a row is inserted: every other row, the selection and what is expanded stay as they were.
        """
        key = entry.question_id or PREFACE_GROUP
        row = next((r for r, g in enumerate(self._groups) if g.key == key), -1)
        if row < 0:
            return QModelIndex()
        group = self._group(row)
        order = entry_order(transcript, entry)
        at = bisect_right(group.entries, order, key=lambda e: entry_order(transcript, e))
        parent = self.index(row, 0)
        self.beginInsertRows(parent, at, at)
        group.entries.insert(at, entry)
        self.endInsertRows()
        return self.index(at, 0, parent)

    def top_count(self) -> int:
        """One row per group."""
        return len(self._groups)

    def child_count(self, top_row: int) -> int:
        """A group's entries."""
        return len(self._groups[top_row].entries)

    def entry(self, index: Index) -> Entry | None:
        """The entry at ``index`` (None for a group row)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._group(index.internalId() - 1).entries[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Group titles; each entry's colour, speaker, quote and note."""
        if role not in _SERVED or not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self._group(index.row()), role)  # titled as first shown
        entry = self.entry(index)
        assert entry is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._entry_text(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._entry_tooltip(entry))
        if role == Qt.ItemDataRole.DecorationRole and entry.color is not None:
            icon = self._swatches.get(entry.color)
            if icon is None:
                icon = self._swatches[entry.color] = swatch(PAINT[entry.color])
            return icon
        if role == EntryIdRole:
            return entry.id
        if role == EntryKindRole:
            return entry.kind
        return None

    def _group_data(self, group: Group, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if group.key == ORPHAN_GROUP:
                return (
                    QCoreApplication.translate("AnnotationsPanel", "未能定位 / Could not place")
                    + f" ({len(group.entries)})"
                )
            if group.key == PREFACE_GROUP:
                return QCoreApplication.translate("AnnotationsPanel", "Preface")
            title = " ".join(group.title.split())
            return f"{group.section_title} › {title}" if group.section_title else title
        if role == GroupKeyRole:
            return group.key
        return None

    def _entry_text(self, entry: Entry) -> str:
        if entry.kind == EntryKind.QUESTION_NOTE:
            return (
                QCoreApplication.translate("AnnotationsPanel", "Note on the question")
                + ": "
                + " ".join(entry.note.split())
            )
        label = self._labels.get(entry.color, "") if entry.color else ""
        parts = [f"[{label}]" if label else "", entry.speaker, f"「{' '.join(entry.quote.split())}」"]
        text = " ".join(p for p in parts if p)
        first_line = entry.note.strip().splitlines()[0] if entry.note.strip() else ""
        return f"{text}\n{first_line}" if first_line else text  # the quote, then the note's first line

    def _entry_tooltip(self, entry: Entry) -> str:
        lines = []
        if entry.color is not None:
            lines.append(self._labels.get(entry.color, str(entry.color)))
        if entry.speaker:
            lines.append(entry.speaker)
        if entry.quote:
            lines.append(f"「{entry.quote}」")
        if entry.note:
            lines.append(entry.note)
        return "\n".join(lines)


class AnnotationsPanel(QDockWidget):
    """A dock listing the annotations, with filters by colour, speaker and words."""

    entry_activated = Signal(str, str)  # entry id, kind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("AnnotationsPanel", "Annotations"), parent)
        self.setObjectName("annotationsPanel")
        self.setAccessibleName(QCoreApplication.translate("AnnotationsPanel", "Annotations"))
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        filters = QHBoxLayout()
        self.color_filter = QComboBox(body)
        self.color_filter.setObjectName("annotationColorFilter")
        self.color_filter.setAccessibleName(
            QCoreApplication.translate("AnnotationsPanel", "Filter by colour")
        )
        self.speaker_filter = QComboBox(body)
        self.speaker_filter.setObjectName("annotationSpeakerFilter")
        self.speaker_filter.setAccessibleName(
            QCoreApplication.translate("AnnotationsPanel", "Filter by speaker")
        )
        self.text_filter = QLineEdit(body)
        self.text_filter.setObjectName("annotationTextFilter")
        self.text_filter.setAccessibleName(QCoreApplication.translate("AnnotationsPanel", "Filter by words"))
        self.text_filter.setPlaceholderText(QCoreApplication.translate("AnnotationsPanel", "Filter…"))
        self.text_filter.setClearButtonEnabled(True)
        filters.addWidget(self.color_filter)
        filters.addWidget(self.speaker_filter)
        column.addLayout(filters)
        column.addWidget(self.text_filter)
        self.empty_hint = QLabel(
            QCoreApplication.translate(
                "AnnotationsPanel",
                "Nothing highlighted yet. Select text in the answers and press Ctrl+H, or choose a colour "
                "in the small toolbar that appears beside the selection.",
            ),
            body,
        )
        self.empty_hint.setObjectName("annotationsEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.hide()  # until the entries are known: "nothing yet" must not show while they load
        column.addWidget(self.empty_hint)
        self.view = QTreeView(body)
        self.view.setObjectName("annotationsList")
        self.view.setAccessibleName(QCoreApplication.translate("AnnotationsPanel", "Highlights and notes"))
        self.view.setHeaderHidden(True)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.model = AnnotationsModel(self)
        self.view.setModel(self.model)
        column.addWidget(self.view, 1)
        self.setWidget(body)
        self._transcript: Transcript | None = None
        self._opened = 0  # the groups opened so far, from the top (see _open_shown)
        self._entries: list[Entry] = []
        self._labels: dict[Color, str] = {}
        self.color_filter.currentIndexChanged.connect(self._refresh)
        self.speaker_filter.currentIndexChanged.connect(self._refresh)
        self.text_filter.textChanged.connect(self._refresh)
        self.view.clicked.connect(self._on_activated)
        self.view.verticalScrollBar().valueChanged.connect(self._open_shown)
        self.view.verticalScrollBar().rangeChanged.connect(self._open_shown)  # shown, resized
        self.view.activated.connect(self._on_activated)

    def set_entries(self, transcript: Transcript, entries: list[Entry], labels: dict[Color, str]) -> None:
        """Show ``entries`` of ``transcript``; ``labels`` name the colours."""
        if transcript is not self._transcript or labels != self._labels:
            self._fill_filters(transcript, labels)
        self._transcript = transcript
        self._entries = entries
        self._labels = labels
        self._refresh()

    def _fill_filters(self, transcript: Transcript, labels: dict[Color, str]) -> None:
        color = self.color_filter.currentData()
        speaker = self.speaker_filter.currentData()
        for combo in (self.color_filter, self.speaker_filter):
            combo.blockSignals(True)
            combo.clear()
        self.color_filter.addItem(QCoreApplication.translate("AnnotationsPanel", "All colours"), "")
        for c in Color:
            self.color_filter.addItem(swatch(PAINT[c]), labels.get(c, str(c)), str(c))
        self.speaker_filter.addItem(QCoreApplication.translate("AnnotationsPanel", "All speakers"), "")
        for s in transcript.speakers:
            self.speaker_filter.addItem(s.name, s.name)
        self.color_filter.setCurrentIndex(max(self.color_filter.findData(color or ""), 0))
        self.speaker_filter.setCurrentIndex(max(self.speaker_filter.findData(speaker or ""), 0))
        for combo in (self.color_filter, self.speaker_filter):
            combo.blockSignals(False)

    def current_filter(self) -> EntryFilter:
        """The filter set in the panel's controls."""
        color = self.color_filter.currentData() or ""
        return EntryFilter(
            frozenset({Color(color)}) if color else frozenset(),
            self.speaker_filter.currentData() or "",
            self.text_filter.text(),
        )

    def _refresh(self) -> None:
        if self._transcript is None:
            return
        groups = group_entries(self._transcript, self._entries, self.current_filter(), lazy=True)
        self.model.set_groups(self._transcript, groups, self._labels)
        self.empty_hint.setVisible(not self._entries)
        self._opened = 0
        self._open_shown()

    def _open_shown(self) -> None:
        """Open the groups scrolled to, once each: the first EXPAND_LIMIT groups; the rest open on a click.

        Opened as they come into view rather than all at once: the view lays out every open group's
        rows, asking this Python model about each, and 200 groups of a 10,000-highlight list cost more
        than listing them. A group the reader closed stays closed.
        """
        view, model = self.view, self.model
        count = min(model.rowCount(), EXPAND_LIMIT)
        if self._opened >= count:
            return
        top = view.indexAt(QPoint(0, 0)) if self._opened else QModelIndex()  # a new list is at its top
        row = (top.parent().row() if top.parent().isValid() else top.row()) if top.isValid() else 0
        row = min(row, count)
        # Rows that could fit, at half a line of text each: more groups open than need to, never fewer. The
        # view's own height, a little more than its viewport's: the first viewport() asked from Python made
        # PySide set up some forty widget classes' enums (~15 ms) to name the widget it returns.
        room = max(view.height(), 1) // max(view.fontMetrics().height() // 2, 1) + 1
        if top.parent().isValid():
            room += top.row() + 1  # the top group's title and rows above the one at the top are not shown
        while room > 0 and row < count:
            room -= 1 + (model.rowCount(model.index(row, 0)) if row >= self._opened or view.isExpanded(
                model.index(row, 0)) else 0)  # fmt: skip
            row += 1
        for opened in range(self._opened, row):
            view.expand(model.index(opened, 0))
        self._opened = max(self._opened, row)

    def add_entries(self, entries: list[Entry]) -> None:
        """Add highlights just made, each in its place, leaving the rest of the list as it is."""
        if self._transcript is None:
            return
        self._entries = [*self._entries, *entries]
        keep = self.current_filter()
        for entry in entries:
            if not keep.accepts(entry):
                continue
            if not (entry.placed and self.model.add_entry(self._transcript, entry).isValid()):
                # The first in its question (a new group shifts the groups after it): list them again.
                current = self.model.entry(self.view.currentIndex())
                self._refresh()
                if current is not None:
                    self._select(current.id)
                return
        self.empty_hint.setVisible(not self._entries)

    def _select(self, entry_id: str) -> None:
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            for child in range(self.model.rowCount(group)):
                index = self.model.index(child, 0, group)
                if index.data(EntryIdRole) == entry_id:
                    self.view.setCurrentIndex(index)
                    return

    def _on_activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index)
        if entry is not None:
            self.entry_activated.emit(entry.id, entry.kind)
