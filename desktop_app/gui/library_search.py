"""Search across every interview of the library: the Search panel's "All interviews" scope.

The results are grouped by interview, then by question; choosing one opens its interview (when it
is not the one on screen) and selects the match in the text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView

from desktop_app.domain.library import InterviewHits, TranscriptCache, search_library
from desktop_app.domain.model import PREFACE_ID, Transcript
from desktop_app.domain.parser import load_transcript
from desktop_app.gui.answer_pane import AnswerPane
from desktop_app.gui.plain import tooltip
from desktop_app.gui.search_panel import SearchPanel
from desktop_app.storage.store import AnnotationStore

LIBRARY_SCOPE = "library"  # the scope combo's data for "All interviews"
HitRole = Qt.ItemDataRole.UserRole  # (interview id, path, question id, paragraph id, start, end)
MAX_HITS_LISTED = 2000  # per search: the list stays quick to build


class LibrarySearch(QObject):
    """Runs the panel's query over the library when its scope is "All interviews"."""

    def __init__(
        self,
        panel: SearchPanel,
        store: AnnotationStore,
        pane: AnswerPane,
        open_path: Callable[[str], bool],
        go_to: Callable[[str], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._panel = panel
        self._store = store
        self._pane = pane
        self._open_path = open_path
        self._go_to = go_to
        self.transcript: Transcript | None = None  # the one on screen
        self.found: list[InterviewHits] = []
        self.cache = TranscriptCache(load_transcript)  # unchanged files are not read again per query
        panel.scope.addItem(QCoreApplication.translate("LibrarySearch", "All interviews"), LIBRARY_SCOPE)
        self.model = QStandardItemModel(self)
        self.view = QTreeView(panel)
        self.view.setObjectName("librarySearchResults")
        self.view.setAccessibleName(QCoreApplication.translate("LibrarySearch", "Results in all interviews"))
        self.view.setHeaderHidden(True)
        self.view.setModel(self.model)
        self.view.hide()
        body = panel.widget().layout()
        if body is not None:
            body.addWidget(self.view)
        panel.query_changed.connect(self.run)
        self.view.activated.connect(self.show_hit)
        self.view.clicked.connect(self.show_hit)

    def run(self, query: str, scope: str) -> None:
        """Search every interview for ``query`` when the scope is "All interviews"."""
        on = scope == LIBRARY_SCOPE
        self._panel.view.setVisible(not on)
        self.view.setVisible(on)
        self.model.clear()
        self.found = []
        if not on or not query.strip():
            return
        if self._store.writable:
            self._store.check_library()
        entries = self._store.library()
        self.found, _problems = search_library(entries, query, self.cache, limit=MAX_HITS_LISTED)
        total = sum(group.count for group in self.found)
        for group in self.found:
            entry = group.entry
            top = QStandardItem(f"{entry.title} ({group.count})")
            top.setToolTip(tooltip(entry.path))
            top.setEditable(False)
            transcript = self.transcript if self.transcript and self.transcript.id == entry.id else None
            for question in group.questions:
                node = transcript.find(question.question_id) if transcript and question.question_id else None
                label = (
                    getattr(node, "text", "")
                    or question.question_id
                    or QCoreApplication.translate("LibrarySearch", "Preface")
                )
                middle = QStandardItem(label[:80])
                middle.setToolTip(tooltip(label))
                middle.setEditable(False)
                for hit in question.hits:  # (at most MAX_HITS_LISTED in all)
                    snippet = hit.snippet(30)[0]
                    leaf = QStandardItem(f"{hit.speaker}：{snippet}" if hit.speaker else snippet)
                    leaf.setToolTip(tooltip(snippet))
                    leaf.setEditable(False)
                    leaf.setData(
                        (entry.id, entry.path, hit.question_id or "", hit.paragraph_id, hit.start, hit.end),
                        HitRole,
                    )
                    middle.appendRow(leaf)
                top.appendRow(middle)
            self.model.appendRow(top)
        self.view.expandAll()
        said = QCoreApplication.translate("LibrarySearch", "%n match(es)", None, total)
        groups = len(self.found)
        interviews = QCoreApplication.translate("LibrarySearch", "in %n interview(s)", None, groups)
        self._panel.count.setText(f"{said} {interviews}")

    def show_hit(self, index: QModelIndex) -> bool:
        """Open the hit's interview if needed, go to its question and select the match."""
        data = index.data(HitRole) if index.isValid() else None
        if not isinstance(data, tuple):
            return False
        interview, path, question_id, paragraph_id, start, end = data
        if (self.transcript is None or self.transcript.id != interview) and not self._open_path(path):
            return False
        if not self._go_to(question_id or PREFACE_ID):
            return False
        selected = self._pane.marks.select_passage(paragraph_id, start, end)
        self._pane.ensureCursorVisible()
        return selected
