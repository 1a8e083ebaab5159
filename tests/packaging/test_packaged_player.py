"""The folder build plays a recording: Qt Multimedia, its FFmpeg plugin, one copy of each FFmpeg library.

The plugin in the build is packaging/elf_links.py's copy, without its links to QtQuick, QtQml and QtOpenGL:
these runs show that it still loads and plays a sound recording and a video one.
"""

from __future__ import annotations

import math
import shutil
import struct
import wave
from pathlib import Path

from media_fixtures import make_mp4
from test_packaged_executable import REPO, describe, internal, png_size, run_packaged

SAMPLE = REPO / "resources" / "samples" / "recording-sample.md"
FFMPEG = ("libavcodec", "libavformat", "libavutil", "libswresample", "libswscale")


def write_tone(path: Path, seconds: float = 3.0, rate: int = 8000) -> None:
    samples = (round(6000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(int(seconds * rate)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", s) for s in samples))


def test_the_window_loads_a_transcripts_recording(tmp_path: Path) -> None:
    talk = tmp_path / "talk"
    talk.mkdir()
    shutil.copy(SAMPLE, talk / SAMPLE.name)
    write_tone(talk / "recording-sample.wav")
    shot = tmp_path / "player.png"

    result = run_packaged("folder", "--screenshot", str(shot), str(talk / SAMPLE.name), folder=tmp_path)

    assert result.returncode == 0, describe(result)
    errors = result.stderr.decode("utf-8", "replace")
    # The screenshot waits for the recording: a problem (no plugin, a missing library) would be printed.
    assert "Recording" not in errors, describe(result)
    assert "Input #0, wav" in errors, f"FFmpeg did not open the WAV\n{describe(result)}"
    assert png_size(shot.read_bytes())[0] >= 600


def test_the_window_shows_a_video_recording(qtbot, tmp_path: Path) -> None:
    talk = tmp_path / "talk"
    talk.mkdir()
    text = SAMPLE.read_text("utf-8").replace("media: recording-sample.wav", "media: recording-sample.mp4")
    (talk / SAMPLE.name).write_text(text, "utf-8")
    make_mp4(qtbot, talk / "recording-sample.mp4")
    shot = tmp_path / "video.png"

    result = run_packaged("folder", "--screenshot", str(shot), str(talk / SAMPLE.name), folder=tmp_path)

    assert result.returncode == 0, describe(result)
    errors = result.stderr.decode("utf-8", "replace")
    assert "Recording" not in errors, describe(result)
    # FFmpeg's own summary of the file it opened: the MP4 and its video stream, 3 s long.
    assert "Input #0, mov,mp4" in errors, f"FFmpeg did not open the MP4\n{describe(result)}"
    assert "Duration: 00:00:03.00" in errors and "Video: mpeg4" in errors, describe(result)
    assert png_size(shot.read_bytes())[0] >= 600


def test_multimedia_is_the_ffmpeg_plugin_with_one_copy_of_each_library() -> None:
    qt = internal() / "PySide6" / "Qt"
    assert {p.name for p in (qt / "plugins" / "multimedia").iterdir()} == {"libffmpegmediaplugin.so"}
    for name in FFMPEG:
        # PyInstaller links _internal/<soname> to the file under PySide6/Qt/lib: a link is no copy.
        copies = sorted(str(p) for p in internal().rglob(f"{name}.so*") if not p.is_symlink())
        assert len(copies) == 1, copies
    assert not list(internal().rglob("libpulse*")), "the sound server's client is the system's (libpulse0)"
    # The plugin's links to these are cut (packaging/elf_links.py): 17 MB that playing never uses.
    for name in ("libQt6Quick", "libQt6Qml", "libQt6OpenGL"):
        assert not list(internal().rglob(f"{name}*")), name
