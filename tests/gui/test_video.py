"""A video recording: its pictures in a dock beside the text, which the reader can hide and bring back.

The MP4 is made by the test (tests/media_fixtures.py: Qt's own recorder, offscreen, no ffmpeg program).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from media_fixtures import FRAME, SECONDS, make_mp4
from PySide6.QtWidgets import QDockWidget
from test_player import SAMPLE, make_wav

from desktop_app.domain.parser import load_transcript


@pytest.fixture
def window(make_window, tmp_path: Path):
    folder = tmp_path / "talk"
    folder.mkdir()
    return make_window(transcript=load_transcript(Path(shutil.copy(SAMPLE, folder / SAMPLE.name))))


def attach(qtbot, window, recording: Path):
    window.recording.attach_path(str(recording))
    engine = window.recording.engine
    assert engine is not None
    qtbot.waitUntil(lambda: engine.duration > 0, timeout=10000)
    return engine


def video_dock(window) -> QDockWidget | None:
    return window.findChild(QDockWidget, "videoDock")


def test_a_video_recording_shows_its_pictures_in_a_dock_that_can_be_hidden(qtbot, window, tmp_path) -> None:
    engine = attach(qtbot, window, make_mp4(qtbot, tmp_path / "talk.mp4"))
    assert abs(engine.duration - SECONDS * 1000) <= 200
    assert window.recording.bar.time.text().endswith("/ 00:03")
    qtbot.waitUntil(lambda: video_dock(window) is not None and video_dock(window).isVisible(), timeout=10000)
    dock = video_dock(window)
    assert dock is not None
    video = dock.widget()
    assert video.objectName() == "videoWidget" and video.isVisible()

    # Playing puts the recording's pictures (160×120) on the widget.
    with qtbot.waitSignal(video.videoSink().videoFrameChanged, timeout=10000,
                          check_params_cb=lambda frame: frame.isValid() and frame.size() == FRAME):
        window.recording.play_pause()
    window.recording.play_pause()

    # The player bar has a "Video" button: it hides the dock and brings it back; the text stays.
    toggle = dock.toggleViewAction()
    assert toggle in window.recording.bar.actions() and toggle.isVisible() and toggle.isChecked()
    toggle.trigger()
    assert not dock.isVisible() and not toggle.isChecked()
    assert window.recording.bar.isVisible() and window.pane.isVisible()
    toggle.trigger()
    assert dock.isVisible()
    # The dock's own close button hides it too.
    dock.close()
    assert not dock.isVisible() and not toggle.isChecked()


def test_an_audio_recording_shows_no_video_dock(qtbot, window, tmp_path) -> None:
    engine = attach(qtbot, window, make_wav(tmp_path / "talk.wav", seconds=2.0))
    assert abs(engine.duration - 2000) <= 100
    assert not engine.player.hasVideo()  # known with the duration: the FFmpeg back end reads both at once
    dock = video_dock(window)
    assert dock is None or not dock.isVisible()


def test_a_video_then_an_audio_recording_hides_the_video_dock(qtbot, window, tmp_path) -> None:
    attach(qtbot, window, make_mp4(qtbot, tmp_path / "talk.mp4"))
    qtbot.waitUntil(lambda: video_dock(window) is not None and video_dock(window).isVisible(), timeout=10000)
    dock = video_dock(window)
    assert dock is not None
    window.recording.attach_path(str(make_wav(tmp_path / "talk.wav", seconds=2.0)))
    qtbot.waitUntil(lambda: not dock.isVisible(), timeout=10000)
    assert not dock.toggleViewAction().isVisible(), "no Video button on the bar for a sound recording"
