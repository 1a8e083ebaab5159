"""The main window: question tree and speaker filter on the left, the answer pane on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.domain.model import Transcript
from desktop_app.domain.stats import summary
from desktop_app.gui import reading_prefs
from desktop_app.gui import settings as options
from desktop_app.gui.annotations_panel import AnnotationsPanel
from desktop_app.gui.answer_pane import AnswerPane
from desktop_app.gui.highlighting import Annotations
from desktop_app.gui.history import History
from desktop_app.gui.search_panel import SearchPanel
from desktop_app.gui.searching import Search
from desktop_app.gui.settings import Settings
from desktop_app.gui.speaker_filter import SpeakerFilter
from desktop_app.gui.tree_delegate import BadgeDelegate
from desktop_app.gui.tree_model import (
    PREFACE_ID,
    NodeIdRole,
    NodeKind,
    NodeKindRole,
    QuestionTreeModel,
    SpeakerFilterProxy,
)
from desktop_app.gui.window_actions import ActionsMixin
from desktop_app.gui.window_comfort import ComfortMixin
from desktop_app.gui.window_files import FilesMixin
from desktop_app.gui.window_navigation import NavigationMixin
from desktop_app.storage.store import AnnotationStore

EXPAND_ALL_LIMIT = 300  # sections; a longer transcript opens only the section being read


class MainWindow(ActionsMixin, NavigationMixin, ComfortMixin, FilesMixin, QMainWindow):
    """Reads one transcript by question and by speaker."""

    def __init__(self, settings: Settings, store: AnnotationStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._settings = settings
        self.store = store
        self._transcript: Transcript | None = None
        self._model: QuestionTreeModel | None = None
        self._proxy: SpeakerFilterProxy | None = None
        self.history = History()
        self._following = False  # the tree follows the pane's scroll: don't jump the pane back
        self._saved_position = ("", 0)  # where the reader was when this transcript was last open
        self.prefs = reading_prefs.load(settings)

        self.speaker_filter = SpeakerFilter(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("questionTree")
        self.tree.setAccessibleName(QCoreApplication.translate("MainWindow", "Questions"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setExpandsOnDoubleClick(True)
        self.tree.setItemDelegate(BadgeDelegate(self.tree))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.pane = AnswerPane(self)
        self.annotations = Annotations(store, settings, self.pane, self)
        self.panel = AnnotationsPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.search_panel = SearchPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_panel)
        self.tabifyDockWidget(self.panel, self.search_panel)
        self.panel.raise_()
        self.search = Search(self.search_panel, self.pane, self.select_node, store.data_dir, self)

        left = QWidget(self)
        left.setObjectName("navigationPanel")
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.speaker_filter)
        column.addWidget(self.tree, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 860])
        self.setCentralWidget(self.splitter)
        self._make_actions()
        self._make_menus()
        self.resize(1200, 800)
        self.setAcceptDrops(True)
        # One place wires the widgets' intents to the window (the tree's selection model is wired
        # in open_transcript, where each new model brings its own).
        self.speaker_filter.speakers_changed.connect(self._on_speakers_changed)
        self.pane.highlight_clicked.connect(self.annotations.select)
        self.pane.position_changed.connect(self._on_position_changed)
        self.pane.context_menu_requested.connect(self.annotations.context_menu)
        self.tree.customContextMenuRequested.connect(self._on_tree_menu)
        self.annotations.changed.connect(self._on_annotations_changed)
        self.annotations.failed.connect(self.show_error)
        self.panel.entry_activated.connect(self._on_entry_activated)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.styleHints().colorSchemeChanged.connect(self.follow_system_scheme)

    # the transcript
    @property
    def transcript(self) -> Transcript | None:
        """The transcript on screen."""
        return self._transcript

    def open_transcript(self, transcript: Transcript) -> None:
        """Show ``transcript`` with the speaker filter and position last used for it."""
        self._transcript = transcript
        remembered: list[str] = self._settings.get(options.HIDDEN_SPEAKERS, transcript.id)
        hidden = frozenset(remembered) & {s.name for s in transcript.speakers}
        self._model = QuestionTreeModel(transcript, self)
        self._proxy = SpeakerFilterProxy(transcript.host_names, self)
        self._proxy.setSourceModel(self._model)
        self._proxy.set_hidden(hidden)
        self.tree.setModel(self._proxy)
        self._expand_tree()
        self.speaker_filter.set_speakers(transcript.speakers, hidden)
        # Counting every character takes a moment on a long transcript: do it once the window shows.
        QTimer.singleShot(0, self.show_stats)
        self.setWindowTitle(
            transcript.title + " — " + QCoreApplication.translate("MainWindow", "Interview Reader")
        )
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self._apply_look()
        self.annotations.set_transcript(transcript)
        self.search.set_transcript(transcript)
        self.history.clear()
        continuous = self._settings.get(options.CONTINUOUS)
        self.action_continuous.setChecked(continuous)
        self.pane.set_continuous(continuous)
        last = self._settings.get(options.LAST_NODE, transcript.id)
        self._saved_position = (last, self._settings.get(options.LAST_OFFSET, transcript.id))
        if not (last and self.select_node(last)):
            self.select_first_question()
        self._update_history_actions()

    def show_stats(self) -> None:
        """Each speaker's share in the speaker filter, and the reading time in the status bar."""
        transcript = self._transcript
        if transcript is None:
            return
        figures = summary(transcript, self.store.data_dir / "cache")
        self.speaker_filter.set_shares({share.speaker: share for share in figures.shares})
        minutes = max(round(figures.minutes), 1)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "About %n minute(s) of reading", None, minutes)
        )

    def _expand_tree(self) -> None:
        """Open every section, unless there are so many that it would only slow the window down."""
        proxy = self._proxy
        if proxy is not None and proxy.rowCount() <= EXPAND_ALL_LIMIT:
            self.tree.expandAll()
        elif self.tree.currentIndex().isValid():
            self.tree.scrollTo(self.tree.currentIndex())  # opens the current section

    def hidden_speakers(self) -> frozenset[str]:
        """Speakers hidden by the filter now."""
        return self._proxy.hidden if self._proxy else frozenset()

    # slots
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._transcript is None or not current.isValid():
            return
        node_id = current.data(NodeIdRole)
        if not self._following:
            self.pane.show_node(self._transcript, node_id, self.hidden_speakers())
            self.annotations.select("")
            self.history.visit(node_id)
            self._update_history_actions()
            self._settings.set(options.LAST_NODE, node_id, self._transcript.id)
            self._settings.set(options.LAST_OFFSET, 0, self._transcript.id)
        self.action_previous.setEnabled(self.neighbour_question(current, -1).isValid())
        self.action_next.setEnabled(self.neighbour_question(current, +1).isValid())

    def _on_speakers_changed(self, hidden: list[str]) -> None:
        if self._transcript is None or self._proxy is None:
            return
        current_id = self.tree.currentIndex().data(NodeIdRole) or self.pane.node_id
        self._proxy.set_hidden(frozenset(hidden))
        self._expand_tree()
        self.pane.set_hidden(hidden)
        self._settings.set(options.HIDDEN_SPEAKERS, list(hidden), self._transcript.id)
        self.search.set_context(self.hidden_speakers(), self.annotations.notes())
        if not self.tree.currentIndex().isValid() and not self.select_node(current_id):
            self.select_first_question()

    def _on_annotations_changed(self) -> None:
        if self._transcript is None or self._model is None:
            return
        self.pane.set_marks(self.annotations.marks(), self.annotations.selected)
        self.search.set_context(self.hidden_speakers(), self.annotations.notes())
        self.panel.set_entries(self._transcript, self.annotations.entries(), self.annotations.labels())
        self._model.set_counts(self.annotations.counts())

    def _on_entry_activated(self, entry_id: str, kind: str) -> None:
        """Go to an annotation chosen in the panel: its question, scrolled to it, flashing."""
        transcript = self._transcript
        if transcript is None:
            return
        if kind == "question-note":
            note = next((e for e in self.annotations.entries() if e.id == entry_id), None)
            if note is not None:
                self.select_node(note.question_id)
            return
        entry = next((e for e in self.annotations.entries() if e.id == entry_id), None)
        if entry is None or not entry.placed:
            return
        question = transcript.question_of(entry.paragraph_id)
        target = question.id if question else PREFACE_ID
        if entry.speaker in self.hidden_speakers():
            # The reader asked for this passage: show its speaker again.
            self.speaker_filter.box(entry.speaker).setChecked(True)
        if self.pane.node_id != target and not self.select_node(target):
            return
        self.annotations.select(entry_id)
        self.pane.reveal(entry_id)

    def _on_tree_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if index.data(NodeKindRole) != NodeKind.QUESTION.value:
            return
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        menu = QMenu(self.tree)
        menu.setObjectName("treeContextMenu")
        menu.addAction(self.annotations.action_question_note)
        menu.popup(self.tree.viewport().mapToGlobal(position))

    # state
    def restore_state(self) -> None:
        """Restore geometry, toolbars and splitter from the last run."""
        geometry = self._settings.get(options.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = self._settings.get(options.WINDOW_STATE)
        if state:
            self.restoreState(state)
        splitter = self._settings.get(options.SPLITTER_STATE)
        if splitter:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        """Remember geometry, toolbars and splitter for the next run."""
        self._settings.set(options.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self._settings.set(options.WINDOW_STATE, bytes(self.saveState().data()))
        self._settings.set(options.SPLITTER_STATE, bytes(self.splitter.saveState().data()))
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the window's state on the way out."""
        self.save_state()
        self.search.close()
        super().closeEvent(event)

    # messages
    def show_error(self, title: str, text: str) -> QMessageBox:
        """Tell the user what went wrong, without blocking the event loop."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts."""
        lines = []
        for action in self.actions():
            if action.shortcuts():
                native = QKeySequence.SequenceFormat.NativeText
                keys = ", ".join(k.toString(native) for k in action.shortcuts())
                lines.append(f"{action.text().replace('&', '')}: {keys}")
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("MainWindow", "Keyboard Shortcuts"),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("shortcutsMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_about(self) -> None:
        """Name, version and purpose of the app."""
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About Interview Reader"),
            f"<b>访谈阅读器 Interview Reader</b> {__version__}<br>"
            + QCoreApplication.translate("MainWindow", "Read interviews by question and by speaker."),
        )
