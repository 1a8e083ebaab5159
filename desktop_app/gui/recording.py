"""The recording beside the text: which file plays, the player bar, and the paragraph being spoken.

A transcript's recording is the file attached to it (File ▸ Attach Recording…, remembered per transcript
id, the Markdown file untouched) or else its front matter's ``media:``, relative to its folder. Only a
regular file on this computer plays: a URL or anything else is one line in the player bar with a
"Locate…" button, and reading goes on. Qt Multimedia is loaded when the first recording is (see
``media_engine``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QTextBlock, QTextCursor
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow

from desktop_app.domain.media_times import Timeline
from desktop_app.domain.model import PREFACE_ID, Paragraph, Transcript
from desktop_app.fileio import FileReadError, check_regular_file
from desktop_app.gui import settings as options
from desktop_app.gui.actions import Act
from desktop_app.gui.answer_pane import AnswerPane
from desktop_app.gui.domain_text import error_text
from desktop_app.gui.media_engine import MediaEngine
from desktop_app.gui.pane_layout import ParagraphIdProperty
from desktop_app.gui.player_bar import PlayerBar
from desktop_app.gui.settings import Settings

if TYPE_CHECKING:  # a later feature's module: imported when first used, not on the way to the first paint
    pass

STEP_MS = 5000  # the −5 s / +5 s buttons
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:")  # two letters at least: C:\ is a Windows path
RECORDING_ACTIONS = (Act.PLAY_PAUSE, Act.SKIP_BACK, Act.SKIP_FORWARD, Act.PLAY_FROM_HERE)



class Recording(QObject):
    """Plays the open transcript's recording and tells where in the text it is."""

    follow_requested = Signal(str)  # the question (or the preface) holding the paragraph being played

    def __init__(
        self,
        window: QMainWindow,
        pane: AnswerPane,
        settings: Settings,
        actions: Mapping[Act, QAction],
        hidden_speakers: Callable[[], frozenset[str]],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._pane = pane
        self._settings = settings
        self._actions = actions
        self._hidden_speakers = hidden_speakers
        self._transcript: Transcript | None = None
        self._timeline: Timeline | None = None
        self.path = ""  # the recording being played ('' for none)
        self.engine: MediaEngine | None = None  # made with the first recording
        self.video_dock: QDockWidget | None = None
        self.follow = settings.get(options.FOLLOW_RECORDING)
        actions[Act.FOLLOW_RECORDING].setChecked(self.follow)  # before the window connects it
        self._aim: QTextCursor | None = None  # where the context menu was opened
        play, back, forward = (actions[a] for a in (Act.PLAY_PAUSE, Act.SKIP_BACK, Act.SKIP_FORWARD))
        # Short words on the bar; the menu keeps the table's full ones.
        back.setIconText(QCoreApplication.translate("Recording", "−5 s"))
        forward.setIconText(QCoreApplication.translate("Recording", "+5 s"))
        self._on_playing(False)
        self.bar = PlayerBar(play, back, forward, window)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.bar)
        self.bar.seek_requested.connect(self.seek)
        self.bar.rate_chosen.connect(self._set_rate)
        self.bar.volume_chosen.connect(self._set_volume)
        self.bar.locate_requested.connect(self.attach)
        self._show(False)
        self._enable(False)

    # -- which recording ---------------------------------------------------------------------------
    def set_transcript(self, transcript: Transcript) -> None:
        """Load ``transcript``'s recording, if it has one; the bar shows only then."""
        self._transcript = transcript
        self._timeline = None  # made when first asked for: most transcripts have no times to walk for
        self._pane.marks.set_current_paragraph("")
        self._actions[Act.ATTACH_RECORDING].setEnabled(True)
        attached = self._settings.get(options.RECORDING, transcript.id)
        if attached:
            self._load(attached)
        elif transcript.media:
            folder = Path(transcript.path).parent if transcript.path else Path()
            self._load(transcript.media if _URL.match(transcript.media) else str(folder / transcript.media))
        else:
            self._unload()

    def attach(self) -> None:
        """File ▸ Attach Recording… (and the bar's Locate…): choose the recording of this transcript."""
        from desktop_app.domain.convert.media import MEDIA_SUFFIXES

        if self._transcript is None:
            return
        patterns = " ".join(f"*{suffix}" for suffix in MEDIA_SUFFIXES)
        filters = QCoreApplication.translate("Recording", "Recordings (%1);;All files (*)")
        filters = filters.replace("%1", patterns)
        start = str(Path(self.path).parent) if self.path else ""
        title = QCoreApplication.translate("Recording", "Attach Recording")
        path, _ = QFileDialog.getOpenFileName(self._window, title, start, filters)
        if path:
            self.attach_path(path)

    def attach_path(self, path: str) -> None:
        """Link ``path`` to the open transcript (kept with its id) and load it."""
        if self._transcript is None:
            return
        self._settings.set(options.RECORDING, path, self._transcript.id)
        self._load(path)

    def _load(self, path: str) -> None:
        self._show(True)
        self.path = path
        problem = self._problem(path)
        if problem:
            self._unload_engine()
            self.bar.show_problem(problem)
            self._enable(False)
            return
        try:
            engine = self._engine()
            if not engine.available:  # Qt Multimedia without its FFmpeg plugin
                raise ImportError("Qt Multimedia has no media back end")
        except ImportError as e:
            # A packaged app on a system without the sound server's client library (libpulse0), say.
            line = QCoreApplication.translate("Recording", "Recordings cannot be played here: %1")
            self.bar.show_problem(line.replace("%1", str(e)))
            self._enable(False)
            return
        self.bar.show_controls()
        self.bar.set_duration(0)
        self.bar.set_position(0)
        engine.load(path)
        self._enable(True)

    def _problem(self, path: str) -> str:
        """Why ``path`` cannot be played ('' when it is a regular local file)."""
        if _URL.match(path):
            return QCoreApplication.translate(
                "Recording", "Recording not played: %1 — only files on this computer are played"
            ).replace("%1", path)
        try:
            check_regular_file(path, "recording")
        except FileReadError as e:
            if not Path(path).exists():
                return QCoreApplication.translate("Recording", "Recording not found: %1").replace("%1", path)
            reason = QCoreApplication.translate("Recording", "Recording cannot be played: %1")
            return reason.replace("%1", error_text(e))
        return ""

    def _unload(self) -> None:
        self.path = ""
        self._unload_engine()
        self._enable(False)
        self._show(False)

    def _unload_engine(self) -> None:
        if self.engine is not None:
            self.engine.unload()
        self._hide_video()
        self._pane.marks.set_current_paragraph("")

    def _show(self, on: bool) -> None:
        self.bar.setVisible(on)
        self.bar.toggleViewAction().setVisible(on)

    def show_bar_if_needed(self) -> None:
        """After the window's saved state came back: the bar shows only with a recording."""
        self._show(bool(self.path))

    def _enable(self, on: bool) -> None:
        for act in RECORDING_ACTIONS:
            self._actions[act].setEnabled(on)
        self._actions[Act.PLAY_FROM_HERE].setVisible(on)

    def _engine(self) -> MediaEngine:
        if self.engine is None:
            engine = self.engine = MediaEngine(self)
            engine.duration_changed.connect(self.bar.set_duration)
            engine.position_changed.connect(self.on_position)
            engine.playing_changed.connect(self._on_playing)
            engine.failed.connect(self._on_failed)
            engine.has_video_changed.connect(self._on_video)
            engine.set_volume(self.bar.volume.value() / 100)
        return self.engine

    def wait_until_loaded(self, seconds: float = 10.0) -> bool:
        """Let the recording load (for a picture of the window); True once its length is known."""
        engine = self.engine
        if engine is None or not self.path or self.bar.problem_action.isVisible():
            return False
        if engine.duration <= 0:
            loop = QEventLoop(self)
            engine.duration_changed.connect(loop.quit)
            engine.failed.connect(loop.quit)
            QTimer.singleShot(round(seconds * 1000), loop.quit)
            loop.exec()
        return engine.duration > 0

    # -- playing -----------------------------------------------------------------------------------
    def play_pause(self) -> None:
        """Play, or pause when playing."""
        if self.engine is None or not self.path:
            return
        if self.engine.playing:
            self.engine.pause()
        else:
            self.engine.play()

    def seek(self, milliseconds: int) -> None:
        """Go to ``milliseconds`` into the recording."""
        if self.engine is not None:
            self.engine.seek(milliseconds)
            self.on_position(self.engine.position)

    def skip_back(self) -> None:
        """Five seconds back."""
        if self.engine is not None:
            self.seek(self.engine.position - STEP_MS)

    def skip_forward(self) -> None:
        """Five seconds on."""
        if self.engine is not None:
            self.seek(self.engine.position + STEP_MS)

    def aim_at(self, global_position: QPoint) -> None:
        """The pane's context menu opens at ``global_position``: "Play from Here" starts there."""
        viewport = self._pane.viewport()
        self._aim = self._pane.cursorForPosition(viewport.mapFromGlobal(global_position))

    def play_from_here(self) -> None:
        """Play from the start of the turn or paragraph under the menu (or the caret)."""
        cursor, self._aim = self._aim or self._pane.textCursor(), None
        start = self.start_at(cursor.block())
        if start is None or self.engine is None:
            return
        self.seek(round(start * 1000))
        self.engine.play()

    def start_at(self, block: QTextBlock) -> float | None:
        """The recording time of the paragraph in ``block``; a speaker's name gives their turn's start."""
        timeline = self._current_timeline()
        if timeline is None:
            return None
        ahead = block
        for _ in range(3):  # a name (or a caption) opens what follows it
            paragraph_id = ahead.blockFormat().property(ParagraphIdProperty)
            if isinstance(paragraph_id, str) and paragraph_id:
                break
            ahead = ahead.next()
        else:
            ahead = block
        while ahead.isValid():  # a paragraph without a time plays from the last one before it with one
            paragraph_id = ahead.blockFormat().property(ParagraphIdProperty)
            span = timeline.span(paragraph_id) if isinstance(paragraph_id, str) else None
            if span is not None:
                return span.start
            ahead = ahead.previous()
        return None

    def _current_timeline(self) -> Timeline | None:
        """The open transcript's timeline (made on first use: a walk over every paragraph)."""
        if self._timeline is None and self._transcript is not None:
            self._timeline = Timeline(self._transcript)
        return self._timeline

    def set_follow(self, on: bool) -> None:
        """Whether the tree and the pane follow the paragraph being played."""
        self.follow = on
        self._settings.set(options.FOLLOW_RECORDING, on)

    # -- what the player says ------------------------------------------------------------------------
    def on_position(self, milliseconds: int) -> None:
        """The recording is at ``milliseconds``: show it, mark its paragraph and (following) go there."""
        self.bar.set_position(milliseconds)
        transcript, timeline = self._transcript, self._current_timeline()
        if transcript is None or not timeline:
            return
        paragraph_id = timeline.paragraph_at(milliseconds / 1000)
        paragraph = transcript.find(paragraph_id)
        if not isinstance(paragraph, Paragraph) or paragraph.speaker in self._hidden_speakers():
            # A hidden speaker is talking: nothing they say is on screen to mark or follow.
            self._pane.marks.set_current_paragraph("")
            return
        if paragraph_id == self._pane.marks.current_paragraph:
            return
        if self.follow and paragraph_id not in self._pane.paragraph_blocks:
            question = transcript.question_of(paragraph_id)
            self.follow_requested.emit(question.id if question else PREFACE_ID)
        self._pane.marks.set_current_paragraph(paragraph_id)
        if self.follow:
            self._scroll_to(paragraph_id)

    def _scroll_to(self, paragraph_id: str) -> None:
        number = self._pane.paragraph_blocks.get(paragraph_id)
        if number is None:
            return
        block = self._pane.document().findBlockByNumber(number)
        rect = self._pane.document().documentLayout().blockBoundingRect(block)
        bar = self._pane.verticalScrollBar()
        top, height = bar.value(), self._pane.viewport().height()
        if rect.top() < top or rect.bottom() > top + height:
            bar.setValue(int(rect.top()) - height // 4)

    def _on_playing(self, playing: bool) -> None:
        action = self._actions[Act.PLAY_PAUSE]
        if playing:
            action.setIconText(QCoreApplication.translate("Recording", "Pause"))
        else:
            action.setIconText(QCoreApplication.translate("Recording", "Play"))

    def _on_failed(self, message: str) -> None:
        line = QCoreApplication.translate("Recording", "Recording cannot be played: %1 (%2)")
        self.bar.show_problem(line.replace("%1", self.path).replace("%2", message))
        self._enable(False)

    def _on_video(self, has_video: bool) -> None:
        if not has_video:
            self._hide_video()
            return
        if self.video_dock is None:
            title = QCoreApplication.translate("Recording", "Video")
            dock = self.video_dock = QDockWidget(title, self._window)
            dock.setObjectName("videoDock")
            assert self.engine is not None
            dock.setWidget(self.engine.video_widget(dock))
            self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            # A "Video" button on the player bar hides the pictures and brings them back (the dock's own
            # close button hides them too, and the button then brings them back).
            self.bar.addAction(dock.toggleViewAction())
        self.video_dock.toggleViewAction().setVisible(True)
        self.video_dock.show()

    def _hide_video(self) -> None:
        """No pictures to show: neither the dock nor its button on the bar."""
        if self.video_dock is not None:
            self.video_dock.hide()
            self.video_dock.toggleViewAction().setVisible(False)

    def _set_rate(self, rate: float) -> None:
        if self.engine is not None:
            self.engine.set_rate(rate)

    def _set_volume(self, volume: float) -> None:
        if self.engine is not None:
            self.engine.set_volume(volume)
