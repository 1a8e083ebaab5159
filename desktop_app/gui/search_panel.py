"""The search panel: a field, a scope, a count, and the matches grouped by question."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QKeySequence, QPainter, QShortcut
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
from desktop_app.domain.search.results import ELLIPSIS
from desktop_app.gui.plain import tooltip
from desktop_app.gui.two_level_model import TwoLevelModel

NOTE_KINDS = (EntryKind.HIGHLIGHT_NOTE, EntryKind.QUESTION_NOTE)

HitNumberRole = Qt.ItemDataRole.UserRole + 1  # the hit's position in the results
SnippetRole = Qt.ItemDataRole.UserRole + 2  # (snippet, start, end)
PAGE = 50  # rows listed at once; more as the list is scrolled (the count and F3 cover every match)
MATCH_COLOR = "#ffd24d"
SNIPPET_CHARS = 22  # context around a match in a results row: the match stays in sight in a narrow panel

Index = QModelIndex | QPersistentModelIndex
# Made once: each Qt enum operation and colour costs Python time in every row's paint.
_ALIGN = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_MATCH_BRUSH = QColor(MATCH_COLOR)
_MATCH_INK = QColor("#000")
# The roles a row answers; the delegate's style asks for a dozen more (font, colours, check state...),
# each of which made a hit's snippet before finding it had nothing to say (see data()).
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole.value
_SERVED = frozenset({_DISPLAY, _TOOLTIP, _ACCESSIBLE, HitNumberRole, SnippetRole})
_ITEM = QStyle.ControlElement.CE_ItemViewItem
_TEXT_AREA = QStyle.SubElement.SE_ItemViewItemText
_SELECTED = QStyle.StateFlag.State_Selected.value


class SearchResultsModel(TwoLevelModel):
    """Groups (a question, the preface, or notes) holding the hits listed so far.

    The first PAGE hits are listed at once; ``fetch_more`` lists the next ones (the panel asks as the
    list is scrolled near its end), so a query with 66,000 matches shows its first rows without making
    the others.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._transcript: Transcript | None = None
        self._hits: Sequence[Hit] = []
        self._groups: list[tuple[str, list[int]]] = []  # title, the numbers of its hits
        self._keys: dict[str, int] = {}  # group key -> its row
        self._where: list[tuple[int, int]] = []  # hit number -> (group row, row in the group)
        self._more = False

    def set_hits(self, transcript: Transcript | None, hits: Sequence[Hit]) -> None:
        """List the first PAGE of ``hits``, grouped in their order."""
        self.beginResetModel()
        self._transcript, self._hits = transcript, hits
        self._groups, self._keys, self._where = [], {}, []
        self._more = True
        for key, numbered in self._runs(PAGE):
            self._place(key, numbered)
        self.endResetModel()

    def listed(self) -> int:
        """How many hits are listed."""
        return len(self._where)

    def can_fetch_more(self) -> bool:
        """Whether hits remain to be listed (as far as known without counting them)."""
        return self._more

    def fetch_more(self, count: int = 0) -> None:
        """List the next ``count`` hits (PAGE when 0 or less), telling the view of the new rows."""
        for key, numbered in self._runs(max(count, PAGE)):
            row = self._keys.get(key)
            if row is None:
                row = len(self._groups)
                self.beginInsertRows(QModelIndex(), row, row)
                self._place(key, numbered)
            else:
                first = len(self._groups[row][1])
                self.beginInsertRows(self.index(row, 0), first, first + len(numbered) - 1)
                self._place(key, numbered)
            self.endInsertRows()

    def list_through(self, number: int) -> None:
        """List every hit up to ``number`` (so that its row can be selected)."""
        if number >= self.listed() and self._more:
            self.fetch_more(number + 1 - self.listed())

    def _runs(self, count: int) -> list[tuple[str, list[tuple[int, Hit]]]]:
        """The next ``count`` hits, in runs of one group each."""
        begin = self.listed()
        new = list(self._hits[begin : begin + count])
        if len(new) < count:
            self._more = False
        runs: list[tuple[str, list[tuple[int, Hit]]]] = []
        for number, hit in enumerate(new, begin):
            key = hit.question_id or ("notes" if hit.kind == EntryKind.QUESTION_NOTE else "preface")
            if hit.kind in NOTE_KINDS:
                key = "notes:" + key
            if runs and runs[-1][0] == key:
                runs[-1][1].append((number, hit))
            else:
                runs.append((key, [(number, hit)]))
        return runs

    def _place(self, key: str, numbered: list[tuple[int, Hit]]) -> None:
        row = self._keys.get(key)
        if row is None:
            row = self._keys[key] = len(self._groups)
            self._groups.append((self._title(self._transcript, numbered[0][1]), []))
        numbers = self._groups[row][1]
        for number, _hit in numbered:
            self._where.append((row, len(numbers)))
            numbers.append(number)

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
        number = self._groups[index.internalId() - 1][1][index.row()]
        return number, self._hits[number]

    def index_of_hit(self, number: int) -> QModelIndex:
        """The row of hit ``number`` (invalid if it is not listed)."""
        if not 0 <= number < len(self._where):
            return QModelIndex()
        group, row = self._where[number]
        return self.index(row, 0, self.index(group, 0))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Group titles with their count; each hit's speaker and snippet."""
        if role not in _SERVED or not index.isValid():
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
        if role == SnippetRole:  # (text, match start, match end, where the context begins)
            offset = len(who) + 2 if who else 0
            return (f"{who}: {snippet}" if who else snippet, start + offset, end + offset, offset)
        return None


def in_sight(
    metrics: QFontMetrics, text: str, start: int, end: int, lead: int, width: int
) -> tuple[str, int, int]:
    """``text`` with its match (``start``:``end``) in ``width`` px: context after ``lead`` dropped as needed.

    The speaker (``text[:lead]``) stays; the context before the match is cut from its start, an ellipsis
    where it was cut, until the match and a little after it fit (in a narrow Search panel the match was
    drawn past the edge). Returns the text to draw and its match's new offsets.
    """
    after = metrics.horizontalAdvance(text[end : end + 2])  # the match, then a glimpse of what follows
    if metrics.horizontalAdvance(text[:end]) + after <= width:
        return text, start, end
    head, context = text[:lead], text[lead:start]
    if context.startswith(ELLIPSIS):
        context = context[1:]
    while context and metrics.horizontalAdvance(head + ELLIPSIS + context + text[start:end]) + after > width:
        context = context[1:]
    cut = head + ELLIPSIS + context
    return cut + text[start:], len(cut), len(cut) + end - start


class SnippetDelegate(QStyledItemDelegate):
    """Paints a hit's row with the match marked."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The row background, then the snippet in three runs with the match on a colour.

        Drawn directly: a QTextDocument per row took milliseconds a row, the first results' paint.
        """
        marked = index.data(SnippetRole)
        if marked is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else QStyle()
        option.text = ""  # type: ignore[attr-defined]
        style.drawControl(_ITEM, option, painter, widget)
        area = style.subElementRect(_TEXT_AREA, option, widget)
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        shown, start, end, lead = marked
        text, start, end = in_sight(metrics, shown, start, end, lead, area.width() - 4)
        palette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state.value & _SELECTED)  # type: ignore[attr-defined]
        ink = palette.highlightedText().color() if selected else palette.text().color()
        painter.save()
        painter.setFont(option.font)  # type: ignore[attr-defined]
        painter.setClipRect(area)
        x = area.left() + 2
        for piece, is_match in ((text[:start], False), (text[start:end], True), (text[end:], False)):
            width = metrics.horizontalAdvance(piece)
            run = QRect(x, area.top(), width, area.height())
            if is_match:
                painter.fillRect(run.adjusted(0, 1, 0, -1), _MATCH_BRUSH)
            painter.setPen(_MATCH_INK if is_match else ink)
            painter.drawText(run, _ALIGN, piece)
            x += width
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
        self._current = -1
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
        # More rows as the list is scrolled near its end, or while it does not fill the view yet.
        self.model.rowsInserted.connect(self._on_rows_listed)
        self._fill_later = QTimer(self)
        self._fill_later.setSingleShot(True)
        self._fill_later.setInterval(0)
        self._fill_later.timeout.connect(self._fill)
        bar = self.view.verticalScrollBar()
        bar.valueChanged.connect(self._fill)
        bar.rangeChanged.connect(self._fill_later.start)

    def emit_query(self) -> None:
        """Ask for the search now (the field waits a moment after each key)."""
        self._debounce.stop()
        self.query_changed.emit(self.field.text(), self.scope.currentData())

    def show_results(
        self,
        transcript: Transcript | None,
        hits: Sequence[Hit],
        current: int = -1,
        hidden: int = 0,
        counted: bool = True,
    ) -> None:
        """List the first of ``hits`` and their count; ``hidden`` more are in speakers the filter hides.

        ``counted`` False: the count is not known yet ("Counting…" until ``set_count``), and is not
        asked of ``hits`` here.
        """
        self.model.set_hits(transcript, hits)
        self.view.expandAll()
        self._total = len(hits) if counted else -1
        self._hidden = hidden
        self._current = current
        self.set_current(current)
        self._fill_later.start()

    def set_count(self, total: int, hidden: int = 0) -> None:
        """The count of the listed results, known now."""
        self._total, self._hidden = total, hidden
        self.count.setText(self._count_text(self._current))

    def _count_text(self, number: int) -> str:
        total = self._total
        if not self.field.text().strip():
            return ""
        if total < 0:
            return QCoreApplication.translate("SearchPanel", "Counting matches…")
        if 0 <= number < total:
            text = QCoreApplication.translate("SearchPanel", "%1 of %2").replace("%1", str(number + 1))
            text = text.replace("%2", str(total))
        else:
            text = QCoreApplication.translate("SearchPanel", "%n match(es)", None, total)
        if self._hidden:
            hidden = self._hidden
            text += " · " + QCoreApplication.translate(
                "SearchPanel", "%n more in hidden speakers", None, hidden
            )
        return text

    def set_current(self, number: int) -> None:
        """Select the row of hit ``number`` (listing the rows up to it) and say "n of N"."""
        self._current = number
        self.count.setText(self._count_text(number))
        self.model.list_through(number)
        index = self.model.index_of_hit(number)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _fill(self) -> None:
        """List more hits when the list is scrolled to near its end or does not fill the view."""
        if not self.model.can_fetch_more():
            return
        bar = self.view.verticalScrollBar()
        if bar.maximum() == 0:
            # Nothing to scroll: a shown list not filled yet (a hidden one has no height to fill).
            if self.view.isVisible():
                self.model.fetch_more()
        elif bar.value() >= bar.maximum() - bar.pageStep() // 2:
            self.model.fetch_more()

    def _on_rows_listed(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():  # new groups: open them like the first ones
            for row in range(first, last + 1):
                self.view.expand(self.model.index(row, 0))

    def _on_escape(self) -> None:
        self.field.clear()
        self.emit_query()
        self.dismissed.emit()

    def _on_return(self) -> None:
        if self._debounce.isActive():
            self.emit_query()
        # The list on screen first: going to the match lays out and paints a new question in the pane
        # and the tree, and the list, painted in the same pass after them, waited a whole question switch.
        if self.model.rowCount() > 0:
            self.view.viewport().repaint()
        self.step_requested.emit(+1)

    def _on_row_chosen(self, index: QModelIndex) -> None:
        found = self.model.hit_at(index)
        if found is not None:
            self.hit_chosen.emit(found[0])
