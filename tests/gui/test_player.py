"""The recording beside the text: attach, play from a turn, the paragraph marked as it plays, problems.

The WAV is made here (a few seconds of a tone). Qt Multimedia plays offscreen without an audio device,
so these run anywhere the other window tests run.
"""

from __future__ import annotations

import json
import math
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor, QTextFormat

from desktop_app.domain.parser import load_transcript
from desktop_app.gui.actions import Act

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "samples" / "recording-sample.md"
SECONDS = 8.0


def make_wav(path: Path, seconds: float = SECONDS, rate: int = 8000) -> Path:
    samples = (round(6000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(int(seconds * rate)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", s) for s in samples))
    return path


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """The timed sample transcript alone in a folder: its ``media:`` file is not there."""
    folder = tmp_path / "talk"
    folder.mkdir()
    return Path(shutil.copy(SAMPLE, folder / SAMPLE.name))


@pytest.fixture
def window(make_window, sample: Path):
    return make_window(transcript=load_transcript(sample))


def loaded(qtbot, window, wav: Path):
    window.recording.attach_path(str(wav))
    engine = window.recording.engine
    assert engine is not None
    qtbot.waitUntil(lambda: engine.duration > 0, timeout=10000)
    return engine


def caret_in(window, paragraph_id: str, before: int = 0) -> None:
    """Put the caret at the start of a paragraph's block, or ``before`` blocks above it."""
    number = window.pane.paragraph_blocks[paragraph_id] - before
    window.pane.setTextCursor(QTextCursor(window.pane.document().findBlockByNumber(number)))


def test_attaching_a_recording_reads_its_duration_and_shows_the_bar(qtbot, window, tmp_path: Path) -> None:
    bar = window.findChild(type(window.recording.bar), "mediaPlayer")
    assert bar is window.recording.bar and bar.isVisible()
    engine = loaded(qtbot, window, make_wav(tmp_path / "talk.wav"))
    assert abs(engine.duration - SECONDS * 1000) <= 100
    assert bar.controls_action.isVisible() and not bar.problem_action.isVisible()
    assert bar.slider.maximum() == engine.duration
    assert bar.time.text().endswith("/ 00:08")
    assert window.action(Act.PLAY_PAUSE).isEnabled()
    # Kept with the transcript's id: the next window on it finds the recording again.
    assert window.recording.path == str(tmp_path / "talk.wav")


def test_play_from_here_on_turn_3_seeks_to_its_start(qtbot, window, tmp_path: Path) -> None:
    engine = loaded(qtbot, window, make_wav(tmp_path / "talk.wav"))
    transcript = window.transcript
    turns = [turn for q in transcript.questions() for turn in (q.prompt, *q.answers)]
    third = turns[2]
    assert third.start == 4.5
    window.navigation.select_node(transcript.question_of(third.paragraphs[0].id).id)
    caret_in(window, third.paragraphs[0].id)
    window.action(Act.PLAY_FROM_HERE).trigger()
    assert abs(engine.position - 4500) <= 100
    qtbot.waitUntil(lambda: engine.playing, timeout=5000)
    engine.pause()
    # On a speaker's name: the turn that the name opens (韩梅梅, the fourth turn, at 5.7 s).
    caret_in(window, turns[3].paragraphs[0].id, before=1)
    window.action(Act.PLAY_FROM_HERE).trigger()
    assert abs(engine.position - 5700) <= 100
    engine.pause()


def test_the_marked_paragraph_follows_the_position(qtbot, window, tmp_path: Path) -> None:
    loaded(qtbot, window, make_wav(tmp_path / "talk.wav"))
    recording, marks, tree = window.recording, window.pane.marks, window.tree
    window.navigation.select_node("s1-q1")
    recording.on_position(3500)
    assert marks.current_paragraph == "s1-q1-p3"
    full_width = [
        s for s in window.pane.extraSelections() if s.format.property(QTextFormat.Property.FullWidthSelection)
    ]
    assert len(full_width) == 1
    assert full_width[0].cursor.block().blockNumber() == window.pane.paragraph_blocks["s1-q1-p3"]
    # Following: the next question is shown, and the tree says so.
    recording.on_position(6000)
    assert marks.current_paragraph == "s1-q2-p2"
    assert tree.currentIndex().data() is not None
    assert window.pane.node_id == "s1-q2"
    assert "s1-q2-p2" in window.pane.paragraph_blocks
    # Not following: the mark moves, the tree stays.
    window.action(Act.FOLLOW_RECORDING).setChecked(False)
    window.navigation.select_node("s1-q1")
    recording.on_position(1000)
    recording.on_position(7500)
    assert marks.current_paragraph == "s1-q2-p3"
    assert window.pane.node_id == "s1-q1"


def test_a_hidden_speakers_paragraph_is_not_marked(qtbot, window, tmp_path: Path) -> None:
    loaded(qtbot, window, make_wav(tmp_path / "talk.wav"))
    window.speaker_filter.box("韩梅梅").setChecked(False)
    window.recording.on_position(6000)
    assert window.pane.marks.current_paragraph == ""
    window.recording.on_position(2000)
    assert window.pane.marks.current_paragraph == "s1-q1-p2"


def test_the_answer_pane_shows_each_turns_start_beside_the_name(window) -> None:
    window.navigation.select_node("s1-q1")
    number = window.pane.paragraph_blocks["s1-q1-p2"] - 1
    assert window.pane.document().findBlockByNumber(number).text() == "李雷 · 00:01"


def test_a_missing_recording_is_one_line_with_locate(qtbot, window, sample: Path) -> None:
    bar = window.recording.bar
    assert bar.isVisible()
    assert bar.problem_action.isVisible() and not bar.controls_action.isVisible()
    assert bar.problem_text.text() == f"Recording not found: {sample.parent / 'recording-sample.wav'}"
    qtbot.waitUntil(bar.locate.isVisible)  # the toolbar lays its widgets out on the next event loop turn
    assert bar.locate.text() == "Locate…"
    assert window.recording.engine is None  # nothing to play: Qt Multimedia not even loaded
    assert not window.action(Act.PLAY_PAUSE).isEnabled()
    assert window.pane.paragraph_blocks, "reading goes on"


def test_urls_and_folders_are_refused(window, tmp_path: Path) -> None:
    bar = window.recording.bar
    window.recording.attach_path("https://example.com/talk.mp3")
    assert "only files on this computer" in bar.problem_text.text()
    window.recording.attach_path(str(tmp_path))
    assert bar.problem_text.text().startswith("Recording cannot be played:")
    assert "not a regular file" in bar.problem_text.text()
    assert window.recording.engine is None


def test_a_transcript_with_its_recording_beside_it_plays_it(qtbot, make_window, sample: Path) -> None:
    make_wav(sample.parent / "recording-sample.wav", seconds=3)
    window = make_window(transcript=load_transcript(sample))
    engine = window.recording.engine
    assert engine is not None
    qtbot.waitUntil(lambda: engine.duration > 0, timeout=10000)
    assert abs(engine.duration - 3000) <= 100


def test_no_player_without_a_recording(make_window) -> None:
    window = make_window()
    assert not window.recording.bar.isVisible()
    assert window.recording.engine is None
    assert not window.action(Act.PLAY_FROM_HERE).isVisible()


PROBE = """
import json, sys
for name in sys.argv[1:]:
    __import__(name)
print(json.dumps(sorted(m for m in sys.modules if m.startswith("PySide6.QtMultimedia"))))
"""


def multimedia_modules_after(*modules: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *modules], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    loaded_modules: list[str] = json.loads(result.stdout)
    return loaded_modules


def test_the_window_starts_without_qt_multimedia() -> None:
    assert multimedia_modules_after("desktop_app.gui.main_window", "desktop_app.gui.media_engine") == []
    # The probe sees it when something does import it.
    assert multimedia_modules_after("PySide6.QtMultimedia") == ["PySide6.QtMultimedia"]


def test_without_qt_multimedia_the_bar_says_so(monkeypatch, make_window, sample: Path) -> None:
    from desktop_app.gui import recording

    def unavailable(_parent):
        raise ImportError("libpulse.so.0: cannot open shared object file")

    monkeypatch.setattr(recording, "MediaEngine", unavailable)
    make_wav(sample.parent / "recording-sample.wav", seconds=1)
    window = make_window(transcript=load_transcript(sample))
    text = window.recording.bar.problem_text.text()
    assert text == "Recordings cannot be played here: libpulse.so.0: cannot open shared object file"
    assert not window.action(Act.PLAY_PAUSE).isEnabled()
    assert window.pane.paragraph_blocks


def test_the_screenshot_waits_for_the_recording(make_window, sample: Path) -> None:
    make_wav(sample.parent / "recording-sample.wav", seconds=2)
    window = make_window(transcript=load_transcript(sample))
    assert window.recording.wait_until_loaded()
    assert window.recording.bar.time.text() == "00:00 / 00:02"


def test_play_from_here_in_the_context_menu_starts_under_the_mouse(qtbot, window, tmp_path: Path) -> None:
    engine = loaded(qtbot, window, make_wav(tmp_path / "talk.wav"))
    window.navigation.select_node("s1-q2")
    pane = window.pane
    block = pane.document().findBlockByNumber(pane.paragraph_blocks["s1-q2-p3"])
    rect = pane.cursorRect(QTextCursor(block))
    menu = window.context_menus.pane_menu(pane.viewport().mapToGlobal(rect.center()), "")
    play = window.action(Act.PLAY_FROM_HERE)
    assert play in menu.actions() and play.isVisible()
    menu.close()
    play.trigger()
    assert abs(engine.position - 7100) <= 100
    engine.pause()
