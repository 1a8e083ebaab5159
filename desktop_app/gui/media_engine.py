"""The recording's player: Qt Multimedia behind a few plain signals, imported only when one is needed.

Importing this module costs nothing: ``PySide6.QtMultimedia`` (and its FFmpeg back end) is imported when a
:class:`MediaEngine` is made, that is when a transcript with a recording opens, so a reader who never
plays one never pays for it at start-up (tests/gui/test_player.py checks the window's imports).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QWidget


class MediaEngine(QObject):
    """A QMediaPlayer with its audio output, and a video widget made when the recording has pictures."""

    position_changed = Signal(int)  # milliseconds
    duration_changed = Signal(int)  # milliseconds
    playing_changed = Signal(bool)
    failed = Signal(str)  # Qt's own words for a recording it cannot play
    loaded = Signal()
    has_video_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self._states = QMediaPlayer
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.video: QWidget | None = None
        self.player.positionChanged.connect(self._on_position)
        self.player.durationChanged.connect(self._on_duration)
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.errorOccurred.connect(self._on_error)
        self.player.mediaStatusChanged.connect(self._on_status)
        self.player.hasVideoChanged.connect(self.has_video_changed)

    def load(self, path: str) -> None:
        """Open the local file ``path`` (checked by the caller: a regular file, not a URL)."""
        self.player.stop()
        self.player.setSource(QUrl.fromLocalFile(path))

    def unload(self) -> None:
        """Stop and forget the recording."""
        self.player.stop()
        self.player.setSource(QUrl())

    def video_widget(self, parent: QWidget) -> QWidget:
        """The widget that shows the pictures (made once, on first asking)."""
        if self.video is None:
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.video = QVideoWidget(parent)
            self.video.setObjectName("videoWidget")
            self.player.setVideoOutput(self.video)
        return self.video

    @property
    def available(self) -> bool:
        """False when Qt found no media back end (its FFmpeg plugin did not load)."""
        return bool(self.player.isAvailable())

    @property
    def playing(self) -> bool:
        """Whether the recording is playing now."""
        return bool(self.player.playbackState() == self._states.PlaybackState.PlayingState)

    @property
    def duration(self) -> int:
        """The recording's length in milliseconds (0 until it is known)."""
        return int(self.player.duration())

    @property
    def position(self) -> int:
        """Where the recording is, in milliseconds."""
        return int(self.player.position())

    def play(self) -> None:
        """Play from the current position."""
        self.player.play()

    def pause(self) -> None:
        """Pause where it is."""
        self.player.pause()

    def seek(self, milliseconds: int) -> None:
        """Go to ``milliseconds`` (kept within the recording once its length is known)."""
        if self.duration > 0:
            milliseconds = min(milliseconds, self.duration)
        self.player.setPosition(max(milliseconds, 0))

    def set_rate(self, rate: float) -> None:
        """Play faster or slower; the FFmpeg back end keeps the pitch."""
        self.player.setPlaybackRate(rate)

    def set_volume(self, volume: float) -> None:
        """Loudness from 0.0 to 1.0."""
        self.audio.setVolume(volume)

    def _on_position(self, milliseconds: int) -> None:
        self.position_changed.emit(int(milliseconds))  # Qt's qint64 does not connect to an int signal

    def _on_duration(self, milliseconds: int) -> None:
        self.duration_changed.emit(int(milliseconds))

    def _on_state(self, state: Any) -> None:
        self.playing_changed.emit(state == self._states.PlaybackState.PlayingState)

    def _on_status(self, status: Any) -> None:
        states = self._states.MediaStatus
        if status == states.LoadedMedia:
            self.loaded.emit()
        elif status == states.InvalidMedia:
            self.failed.emit(self.player.errorString() or "invalid media")

    def _on_error(self, error: Any, message: str) -> None:
        if error != self._states.Error.NoError:
            self.failed.emit(message or self.player.errorString())
