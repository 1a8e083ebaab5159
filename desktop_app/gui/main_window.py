"""The main window: it builds the widgets and the controllers, and wires them in one place (``_connect``).

Widgets: the speaker filter and the question tree on the left, the answer pane in the middle, the
Annotations and Search panels as docks. Controllers, each owning its state: ``navigation`` (the tree's
model, moving, the reading place), ``files`` (open, export, import), ``reading`` (preferences),
``search`` and ``annotations``. Commands come from the action table (``gui/actions.py``).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.annotations import EntryKind
from desktop_app.domain.model import PREFACE_ID, Transcript
from desktop_app.gui import settings as options
from desktop_app.gui.actions import (
    PANEL_TOGGLES,
    Act,
    connect_actions,
    make_actions,
)
from desktop_app.gui.activity import ReaderActivity
from desktop_app.gui.annotations_panel import AnnotationsPanel
from desktop_app.gui.answer_pane import AnswerPane
from desktop_app.gui.codes_panel import CodesPanel
from desktop_app.gui.coding import Coding
from desktop_app.gui.context_menus import ContextMenus
from desktop_app.gui.desktop import Desktop
from desktop_app.gui.files import Files, export_actions
from desktop_app.gui.focus_ring import FocusRing
from desktop_app.gui.following import Following
from desktop_app.gui.help import Help
from desktop_app.gui.highlighting import Annotations
from desktop_app.gui.library_search import LibrarySearch
from desktop_app.gui.menus import Menus
from desktop_app.gui.navigation import Navigation, progress_text
from desktop_app.gui.reading import Reading
from desktop_app.gui.reading_tools import ReadingTools
from desktop_app.gui.recording import Recording
from desktop_app.gui.room import PanePriority, fit_to_screen
from desktop_app.gui.search_panel import SearchPanel
from desktop_app.gui.searching import Search
from desktop_app.gui.settings import Settings
from desktop_app.gui.slots import Call
from desktop_app.gui.speaker_filter import SpeakerFilter
from desktop_app.gui.stats_counter import StatsCounter
from desktop_app.gui.study import Study
from desktop_app.gui.tree_delegate import BadgeDelegate
from desktop_app.storage.store import AnnotationStore

if TYPE_CHECKING:  # the count's module comes after the first paint
    from desktop_app.domain.stats import Summary


class MainWindow(QMainWindow):
    """Reads one transcript by question and by speaker."""

    def __init__(self, settings: Settings, store: AnnotationStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._settings = settings
        self.store = store
        self._transcript: Transcript | None = None
        # widgets
        self.speaker_filter = SpeakerFilter(self)
        self.tree = self._make_tree()
        self.pane = AnswerPane(self)
        self.focus_ring = FocusRing(self)  # a frame on the focused view or field, visible in every theme
        self.panel = AnnotationsPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.search_panel = SearchPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_panel)
        self.tabifyDockWidget(self.panel, self.search_panel)
        for dock in (self.panel, self.search_panel):  # (and the Codes panel, made with the controllers)
            # Shown and hidden from the View menu (so the pane can also move them aside for room).
            features = QDockWidget.DockWidgetFeature
            dock.setFeatures(features.DockWidgetMovable | features.DockWidgetFloatable)
        self.panel.raise_()
        self.splitter = self._make_splitter()
        self.setCentralWidget(self.splitter)
        # controllers
        # The reader at work (a question chosen, the page scrolled): work in the background waits.
        self.activity = ReaderActivity(self)
        self.navigation = Navigation(self.tree, self.pane, settings, self, self.activity)
        self.annotations = Annotations(store, settings, self.pane, self)
        self.reading = Reading(self.pane, settings, self)
        self.search = Search(self.search_panel, self.pane, self.navigation.select_node, store.data_dir,
                             self.activity, self)  # fmt: skip
        self.files = Files(self, settings, store, self.annotations.labels, self.activity)
        self.stats = StatsCounter(store.data_dir / "cache", self, self.activity)
        self.stats.counted.connect(self._show_summary)
        self.help = Help(self, self.annotations)
        self.desktop = Desktop(self, store, self.files, self.navigation, self.pane, self.annotations)
        self.coding = Coding(self.annotations, self.pane, settings, self)
        self.study = Study(store, self.annotations, self.files.open_path, self.navigation.select_node,
                           self.pane.marks.reveal, self)  # fmt: skip
        self.codes_panel = CodesPanel(self.annotations, self)
        self.library_search = LibrarySearch(self.search_panel, store, self.pane, self.files.open_path,
                                            self.navigation.select_node, self)  # fmt: skip
        self.library_search.cache = self.study.cache  # one cache of the library's parsed files
        self.following = Following(self.panel, self.speaker_filter, self.study, self.annotations, self.pane,
                                   self)  # fmt: skip
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.codes_panel)
        self.tabifyDockWidget(self.panel, self.codes_panel)
        self.panel.raise_()
        # commands
        self.actions_by_id = make_actions(self)
        self.addActions(list(self.actions_by_id.values()))
        self._export_actions: list[QAction] = []
        hidden = self.navigation.hidden_speakers
        self.recording = Recording(self, self.pane, settings, self.actions_by_id, hidden)
        self.menus = Menus(self, self.actions_by_id, self.annotations.color_menu, self._made_export_actions,
                           self._on_recent_menu)
        self.menus.build()
        assert self.menus.recent_menu is not None  # the File menu lists @recent
        self.recent_menu = self.menus.recent_menu
        self.tools = ReadingTools(self, self.pane, self.annotations, self.actions_by_id)
        self.context_menus = ContextMenus(self.tree, self.pane, self.annotations, self.recording, self.menus,
                                          self.actions_by_id, self)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("readingProgress")
        self.statusBar().addPermanentWidget(self.progress_label)
        self.room = PanePriority(
            self, self.pane, self.splitter, (self.navigation_column, self.speaker_filter, self.tree),
            (self.panel, self.search_panel, self.codes_panel),
        )
        self._connect()
        self.resize(1200, 800)
        self.setAcceptDrops(True)

    def _make_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setObjectName("questionTree")
        tree.setAccessibleName(QCoreApplication.translate("MainWindow", "Questions"))
        tree.setHeaderHidden(True)
        tree.setUniformRowHeights(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setExpandsOnDoubleClick(True)
        tree.setItemDelegate(BadgeDelegate(tree))
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        return tree

    def _make_splitter(self) -> QSplitter:
        left = self.navigation_column = QWidget(self)
        left.setObjectName("navigationPanel")
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.speaker_filter)
        column.addWidget(self.tree, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 860])
        return splitter

    @property
    def export_actions(self) -> list[QAction]:
        """The Export menu's entries, one per format, made when first asked for (not at start-up)."""
        if not self._export_actions:
            self._export_actions = export_actions(self.files, self)
        return self._export_actions

    def _made_export_actions(self) -> list[QAction]:
        return self.export_actions

    def action(self, act: Act) -> QAction:
        """The window's action ``act``."""
        return self.actions_by_id[act]

    # -- the one place that wires widgets and controllers ----------------------------------------
    def _connect(self) -> None:
        for shown in PANEL_TOGGLES:
            self.action(shown).setChecked(True)  # before connecting: nothing to show yet
        connect_actions(
            self.actions_by_id,
            {
                "window": self,
                "navigation": self.navigation,
                "files": self.files,
                "reading": self.reading,
                "search": self.search,
                "annotations": self.annotations,
                "tools": self.tools,
                "desktop": self.desktop,
                "help": self.help,
                "room": self.room,
                "coding": self.coding,
                "study": self.study,
                "following": self.following,
                "recording": self.recording,
            },
        )
        act = self.action
        act(Act.CITE).setChecked(self._settings.get(options.COPY_WITH_CITATION))
        undo_stack = self.annotations.undo_stack
        act(Act.UNDO).setEnabled(False)
        act(Act.REDO).setEnabled(False)
        undo_stack.canUndoChanged.connect(act(Act.UNDO).setEnabled)
        undo_stack.canRedoChanged.connect(act(Act.REDO).setEnabled)
        self.annotations.selection_changed.connect(act(Act.DELETE_HIGHLIGHT).setEnabled)
        self.annotations.selection_changed.connect(act(Act.COPY_HIGHLIGHT).setEnabled)
        act(Act.DELETE_HIGHLIGHT).setEnabled(False)
        act(Act.COPY_HIGHLIGHT).setEnabled(False)

        self.speaker_filter.speakers_changed.connect(self._on_speakers_changed)
        self.navigation.node_chosen.connect(self._on_node_chosen)
        self.navigation.history_changed.connect(self._on_history_changed)
        self.navigation.neighbours_changed.connect(self._on_neighbours_changed)
        self.navigation.progress.connect(self._on_progress)
        self.pane.input.highlight_clicked.connect(self.tools.on_highlight_clicked)
        self.pane.input.selection_finished.connect(self.tools.on_selection_finished)
        self.pane.input.dismissed.connect(self.tools.toolbar.hide)
        self.pane.input.end_reached.connect(self.navigation.next_question)
        self.pane.verticalScrollBar().valueChanged.connect(self.tools.toolbar.hide)
        self.annotations.said.connect(self.tools.say)
        self.annotations.deleted.connect(self.tools.offer_undo)
        self.tools.undo_button.clicked.connect(self.annotations.undo)
        self.pane.link_refused.connect(self._on_link_refused)
        self.annotations.changed.connect(self._on_annotations_changed)
        self.annotations.added.connect(self._on_highlights_added)
        self.annotations.failed.connect(self.show_error)
        self.panel.entry_activated.connect(self._on_entry_activated)
        self.files.transcript_loaded.connect(self.open_transcript)
        self.files.annotations_imported.connect(self.annotations.reload)
        self.files.failed.connect(self.show_error)
        self.files.status.connect(self.statusBar().showMessage)
        self.files.exported.connect(self.tools.offer_folder)
        self.search_panel.dismissed.connect(self.pane.setFocus)
        self.desktop.failed.connect(self.show_error)
        for colour_action in self.annotations.color_actions.values():
            colour_action.toggled.connect(Call(self._show_colour, colour_action))
        self._show_colour(self.annotations.color_actions[self.annotations.current_color])
        self.desktop.said.connect(self.tools.say)
        # Tab goes tree → pane → the Annotations panel → the search field.
        for first, then in (
            (self.tree, self.pane),
            (self.pane, self.panel.text_filter),
            (self.panel.text_filter, self.panel.view),
            (self.panel.view, self.search_panel.field),
        ):
            QWidget.setTabOrder(first, then)
        self.coding.changed.connect(self.codes_panel.refresh)
        self.codes_panel.retrieve_requested.connect(self.study.show_retrieval)
        self.study.failed.connect(self.show_error)
        self.study.status.connect(self.statusBar().showMessage)
        self.study.codebook_changed.connect(self.codes_panel.refresh)
        for changed in (self.annotations.changed, self.annotations.added, self.coding.changed,
                        self.study.codebook_changed):
            changed.connect(self.study.store_changed)  # the open Coded Passages and Library windows follow
        self.recording.follow_requested.connect(self.navigation.select_node)
        # The reader at work: the search's preparation and the window's steps wait meanwhile.
        self.navigation.node_chosen.connect(self.activity.touch)
        self.pane.position_changed.connect(self.activity.touch)

    # -- the transcript --------------------------------------------------------------------------
    @property
    def transcript(self) -> Transcript | None:
        """The transcript on screen."""
        return self._transcript

    def open_transcript(self, transcript: Transcript) -> None:
        """Show ``transcript`` with the speaker filter and position last used for it."""
        self._transcript = transcript
        remembered: list[str] = self._settings.get(options.HIDDEN_SPEAKERS, transcript.id)
        hidden = frozenset(remembered) & {s.name for s in transcript.speakers}
        self.speaker_filter.set_speakers(transcript.speakers, hidden)
        # The title alone: the window system adds " — " and the application's display name (Qt's
        # formatWindowTitle); adding it here too read "… — 访谈阅读器 — 访谈阅读器 Interview Reader".
        self.setWindowTitle(transcript.title)
        self.action(Act.CONTINUOUS).setChecked(self._settings.get(options.CONTINUOUS))
        self.reading.set_transcript(transcript)
        self.files.transcript = self.coding.transcript = self.study.transcript = transcript
        self.library_search.transcript = transcript
        self.search.set_transcript(transcript)
        self.navigation.set_transcript(transcript, hidden)
        self.annotations.set_transcript(transcript)  # after the pane shows a node: its marks first
        self.recording.set_transcript(transcript)
        # counted a piece per step once the window is painted: the window answers meanwhile
        self.stats.start_after(self.pane.painted, transcript)

    def show_stats(self) -> None:
        """Each speaker's share and the reading time, counted now (or the count under way waited for)."""
        if self._transcript is not None:
            self._show_summary(self._transcript, self.stats.now(self._transcript))

    def _show_summary(self, transcript: Transcript, figures: Summary) -> None:
        """Each speaker's share in the speaker filter, and the reading time in the status bar."""
        if transcript is not self._transcript:
            return  # counted for a transcript no longer shown
        self.speaker_filter.set_shares({share.speaker: share for share in figures.shares})
        minutes = max(round(figures.minutes), 1)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "About %n minute(s) of reading", None, minutes)
        )

    # -- slots -----------------------------------------------------------------------------------
    def _on_node_chosen(self, _node_id: str) -> None:
        self.annotations.select("")

    def _on_history_changed(self, back: bool, forward: bool) -> None:
        self.action(Act.BACK).setEnabled(back)
        self.action(Act.FORWARD).setEnabled(forward)

    def _on_neighbours_changed(self, previous: bool, following: bool) -> None:
        self.action(Act.PREVIOUS).setEnabled(previous)
        self.action(Act.NEXT).setEnabled(following)

    def _show_colour(self, colour_action: QAction) -> None:
        """The Highlight button shows a swatch of the colour it will use (the checked one)."""
        if colour_action.isChecked():
            self.action(Act.HIGHLIGHT).setIcon(colour_action.icon())

    def _on_progress(self, number: int, questions: int, percent: int) -> None:
        self.progress_label.setText(progress_text(number, questions, percent))

    def _on_speakers_changed(self, hidden: list[str]) -> None:
        self.navigation.set_hidden(frozenset(hidden))
        self.search.set_context(self.navigation.hidden_speakers(), self.annotations.notes())

    def _on_annotations_changed(self) -> None:
        if self._transcript is None:
            return
        self.pane.marks.set_marks(self.annotations.marks_in, self.annotations.selected)
        self.search.set_context(self.navigation.hidden_speakers(), self.annotations.notes())
        self.panel.set_entries(self._transcript, self.annotations.entries(), self.annotations.labels())
        self.navigation.set_counts(self.annotations.counts())

    def _on_highlights_added(self, ids: list[str]) -> None:  # (no note yet: the search stays as it is)
        self.pane.marks.add_marks(self.annotations.marks(ids), self.annotations.selected)
        self.panel.add_entries(self.annotations.entries(ids))
        self.navigation.set_counts(self.annotations.counts())

    def _on_entry_activated(self, entry_id: str, kind: str) -> None:
        """Go to an annotation chosen in the panel: its question, scrolled to it, flashing."""
        transcript = self._transcript
        if transcript is None:
            return
        entry = next((e for e in self.annotations.entries() if e.id == entry_id), None)
        if entry is None:
            return
        if kind == EntryKind.QUESTION_NOTE:
            self.navigation.select_node(entry.question_id)
            return
        if not entry.placed:
            return
        question = transcript.question_of(entry.paragraph_id)
        target = question.id if question else PREFACE_ID
        if entry.speaker in self.navigation.hidden_speakers():
            # The reader asked for this passage: show its speaker again.
            self.speaker_filter.box(entry.speaker).setChecked(True)
        if self.pane.node_id != target and not self.navigation.select_node(target):
            return
        self.annotations.select(entry_id)
        self.pane.marks.reveal(entry_id)

    def _on_link_refused(self, url: str) -> None:
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Link not opened: %1 (only web and e-mail links open)")
            .replace("%1", url[:200])
        )

    def _on_recent_menu(self) -> None:
        self.files.fill_recent_menu(self.recent_menu)

    def start_search(self) -> None:
        """Find: the search panel shows (even in a narrow window) with the field ready to type in."""
        self.action(Act.SHOW_SEARCH).setChecked(True)
        self.search.start()

    def receive(self, target: str) -> None:
        """Another launch sent a file or a link: come to the front and open it."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        print(f"interview-reader: another launch handed over {target or 'nothing to open'}", file=sys.stderr)
        self.desktop.open_target(target)

    # -- drag and drop ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept transcript files dragged onto the window."""
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open the first file dropped."""
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.files.open_path(urls[0].toLocalFile())

    # -- state -----------------------------------------------------------------------------------
    def restore_state(self) -> None:
        """Restore geometry, toolbars and splitter from the last run."""
        geometry = self._settings.get(options.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        fit_to_screen(self)
        state = self._settings.get(options.WINDOW_STATE)
        if state:
            self.restoreState(state)
        splitter = self._settings.get(options.SPLITTER_STATE)
        if splitter:
            self.splitter.restoreState(splitter)
        self.recording.show_bar_if_needed()

    def save_state(self) -> None:
        """Remember geometry, toolbars and splitter (and the reading place) for the next run."""
        self.navigation.save_place()
        self._settings.set(options.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self._settings.set(options.WINDOW_STATE, bytes(self.saveState().data()))
        self._settings.set(options.SPLITTER_STATE, bytes(self.splitter.saveState().data()))
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the window's state on the way out."""
        self.save_state()
        self.search.close()
        super().closeEvent(event)

    # -- messages --------------------------------------------------------------------------------
    def show_error(self, title: str, text: str) -> QMessageBox:
        """Tell the user what went wrong, without blocking the event loop."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
