"""The search panel: a field, a scope, a count, and the matches grouped by question."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeySequence, QPainter, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.annotations import EntryKind
from desktop_app.domain.model import Transcript
from desktop_app.domain.search import Hit, Scope
from desktop_app.gui.plain import tooltip
from desktop_app.gui.two_level_model import TwoLevelModel

NOTE_KINDS = (EntryKind.HIGHLIGHT_NOTE, EntryKind.QUESTION_NOTE)

HitNumberRole = Qt.ItemDataRole.UserRole + 1  # the hit's position in the results
SnippetRole = Qt.ItemDataRole.UserRole + 2  # (snippet, start, end)
MAX_LISTED = 2000  # rows listed; the count and F3 still cover every match
MATCH_COLOR = "#ffd24d"
SNIPPET_CHARS = 22  # context around a match in a results row: the match stays in sight in a narrow panel

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(TwoLevelModel):
    """Groups (a question, the preface, or notes) holding the hits listed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[tuple[int, Hit]]]] = []

    def set_hits(self, transcript: Transcript | None, hits: Sequence[Hit]) -> None:
        """List the first MAX_LISTED of ``hits``, grouped in their order."""
        self.beginResetModel()
        self._groups = []
        keys: dict[str, int] = {}
        for number in range(min(len(hits), MAX_LISTED)):
            hit = hits[number]
            key = hit.question_id or ("notes" if hit.kind == EntryKind.QUESTION_NOTE else "preface")
            if hit.kind in NOTE_KINDS:
                key = "notes:" + key
            if key not in keys:
                keys[key] = len(self._groups)
                self._groups.append((self._title(transcript, hit), []))
            self._groups[keys[key]][1].append((number, hit))
        self.endResetModel()

    @staticmethod
    def _title(transcript: Transcript | None, hit: Hit) -> str:
        prefix = (
            QCoreApplication.translate("SearchPanel", "My notes") + " · "
            if hit.kind in NOTE_KINDS
            else ""
        )
        if transcript is None or not hit.question_id:
            return prefix + QCoreApplication.translate("SearchPanel", "Preface")
        question = transcript.find(hit.question_id)
        section = transcript.find(hit.section_id)
        words = " ".join(getattr(question, "text", "").split())
        return prefix + (f"{getattr(section, 'title', '')} › {words}" if section is not None else words)

    def top_count(self) -> int:
        """One row per group."""
        return len(self._groups)

    def child_count(self, top_row: int) -> int:
        """A group's hits."""
        return len(self._groups[top_row][1])

    def hit_at(self, index: Index) -> tuple[int, Hit] | None:
        """The hit (and its number) at ``index``; None for a group row."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def index_of_hit(self, number: int) -> QModelIndex:
        """The row of hit ``number`` (invalid if it is not listed)."""
        for g, (_title, hits) in enumerate(self._groups):
            for r, (n, _hit) in enumerate(hits):
                if n == number:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Group titles with their count; each hit's speaker and snippet."""
        if not index.isValid():
            return None
        if index.internalId() == 0:
            title, hits = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{title} ({len(hits)})"
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(f"{title} ({len(hits)})")
            return None
        found = self.hit_at(index)
        assert found is not None
        number, hit = found
        snippet, start, end = hit.snippet(SNIPPET_CHARS)
        who = hit.speaker or (QCoreApplication.translate("SearchPanel", "note") if hit.note_id else "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{who}: {snippet}" if who else snippet
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(hit.text)
        if role == HitNumberRole:
            return number
        if role == SnippetRole:
            offset = len(who) + 2 if who else 0
            return (f"{who}: {snippet}" if who else snippet, start + offset, end + offset)
        return None


class SnippetDelegate(QStyledItemDelegate):
    """Paints a hit's row with the match marked."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The row background, then the snippet as rich text with the match on a colour."""
        marked = index.data(SnippetRole)
        if marked is None:
            super().paint(painter, option, index)
            return
        text, start, end = marked
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QStyle()  # type: ignore[attr-defined]
        option.text = ""  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)  # type: ignore[attr-defined]
        doc = QTextDocument()
        doc.setDefaultFont(option.font)  # type: ignore[attr-defined]
        doc.setDocumentMargin(2)
        match = html.escape(text[start:end])
        doc.setHtml(
            html.escape(text[:start])
            + f'<span style="background-color:{MATCH_COLOR}; color:#000">{match}</span>'
            + html.escape(text[end:])
        )
        rect = option.rect  # type: ignore[attr-defined]
        painter.save()
        painter.translate(rect.left(), rect.top())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            context.palette.setColor(context.palette.ColorRole.Text, option.palette.highlightedText().color())  # type: ignore[attr-defined]
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """One line of text."""
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 6))  # type: ignore[attr-defined]


class SearchPanel(QDockWidget):
    """Search the transcript and the user's notes; say what the user wants, never search itself."""

    query_changed = Signal(str, str)  # query, scope
    hit_chosen = Signal(int)  # the number of the hit to show
    step_requested = Signal(int)  # +1 next match, -1 previous
    dismissed = Signal()  # Esc in the field: back to the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SearchPanel", "Search"), parent)
        self.setObjectName("searchPanel")
        self.setAccessibleName(QCoreApplication.translate("SearchPanel", "Search"))
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        self.field = QLineEdit(body)
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(QCoreApplication.translate("SearchPanel", "Search"))
        self.field.setPlaceholderText(
            QCoreApplication.translate("SearchPanel", "Search questions, answers and notes…")
        )
        self.field.setClearButtonEnabled(True)
        self.scope = QComboBox(body)
        self.scope.setObjectName("searchScope")
        self.scope.setAccessibleName(QCoreApplication.translate("SearchPanel", "Search in"))
        for scope, label in (
            (Scope.ALL, QCoreApplication.translate("SearchPanel", "Everything")),
            (Scope.QUESTIONS, QCoreApplication.translate("SearchPanel", "Questions")),
            (Scope.ANSWERS, QCoreApplication.translate("SearchPanel", "Answers")),
            (Scope.NOTES, QCoreApplication.translate("SearchPanel", "My notes")),
        ):
            self.scope.addItem(label, str(scope))
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.scope)
        column.addLayout(row)
        self._total = 0
        self._hidden = 0
        # Esc in the field: clear the search and give the keyboard back to the text.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.field)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self._on_escape)
        self.count = QLabel(body)
        self.count.setObjectName("searchCount")
        column.addWidget(self.count)
        self.view = QTreeView(body)
        self.view.setObjectName("searchResults")
        self.view.setAccessibleName(QCoreApplication.translate("SearchPanel", "Search results"))
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.model = SearchResultsModel(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(SnippetDelegate(self.view))
        column.addWidget(self.view, 1)
        self.setWidget(body)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.emit_query)
        self.field.textChanged.connect(self._debounce.start)
        self.field.returnPressed.connect(self._on_return)
        self.scope.currentIndexChanged.connect(self.emit_query)
        self.view.clicked.connect(self._on_row_chosen)
        self.view.activated.connect(self._on_row_chosen)

    def emit_query(self) -> None:
        """Ask for the search now (the field waits a moment after each key)."""
        self._debounce.stop()
        self.query_changed.emit(self.field.text(), self.scope.currentData())

    def show_results(
        self, transcript: Transcript | None, hits: Sequence[Hit], current: int = -1, hidden: int = 0
    ) -> None:
        """List ``hits`` and their count; ``hidden`` more matches are in speakers the filter hides."""
        self.model.set_hits(transcript, hits)
        self.view.expandAll()
        self._total = len(hits)
        self._hidden = hidden
        self.set_current(current)

    def _count_text(self, number: int) -> str:
        total = self._total
        if not self.field.text().strip():
            return ""
        if 0 <= number < total:
            text = QCoreApplication.translate("SearchPanel", "%1 of %2").replace("%1", str(number + 1))
            text = text.replace("%2", str(total))
        else:
            text = QCoreApplication.translate("SearchPanel", "%n match(es)", None, total)
        if total > MAX_LISTED:
            listed = QCoreApplication.translate("SearchPanel", "(the first %1 listed)")
            text += " " + listed.replace("%1", str(MAX_LISTED))
        if self._hidden:
            hidden = self._hidden
            text += " · " + QCoreApplication.translate(
                "SearchPanel", "%n more in hidden speakers", None, hidden
            )
        return text

    def set_current(self, number: int) -> None:
        """Select the row of hit ``number`` (when listed) and say "n of N"."""
        self.count.setText(self._count_text(number))
        index = self.model.index_of_hit(number)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _on_escape(self) -> None:
        self.field.clear()
        self.emit_query()
        self.dismissed.emit()

    def _on_return(self) -> None:
        if self._debounce.isActive():
            self.emit_query()
        self.step_requested.emit(+1)

    def _on_row_chosen(self, index: QModelIndex) -> None:
        found = self.model.hit_at(index)
        if found is not None:
            self.hit_chosen.emit(found[0])
