"""Media files made by the tests: a short MP4 video, encoded offscreen and offline.

Qt Multimedia's own recorder (QMediaCaptureSession with a QVideoFrameInput, Qt 6.8+) encodes a few seconds
of coloured frames with the FFmpeg back end's MPEG-4 encoder, which the PySide6-Addons wheel builds in: no
ffmpeg program, no downloaded file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QTimer, QUrl
from PySide6.QtGui import QColor, QImage

FPS, SECONDS = 10, 3
FRAME = QSize(160, 120)


def make_mp4(qtbot, path: Path) -> Path:
    """Encode SECONDS of FPS frames, each a different colour, into the MP4 file ``path``."""
    from PySide6.QtMultimedia import (
        QMediaCaptureSession,
        QMediaFormat,
        QMediaRecorder,
        QVideoFrame,
        QVideoFrameInput,
    )

    source = QVideoFrameInput()
    session = QMediaCaptureSession()
    session.setVideoFrameInput(source)
    recorder = QMediaRecorder()
    session.setRecorder(recorder)
    media = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
    media.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
    recorder.setMediaFormat(media)
    recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
    errors: list[str] = []
    recorder.errorOccurred.connect(lambda _error, text: errors.append(text))
    sent = 0

    def send() -> None:
        # The input refuses frames until the encoder has started and while its queue is full: offer the
        # next frame again on the next tick.
        nonlocal sent
        if sent == FPS * SECONDS:
            if recorder.recorderState() == QMediaRecorder.RecorderState.RecordingState:
                recorder.stop()
            return
        picture = QImage(FRAME, QImage.Format.Format_RGB32)
        picture.fill(QColor.fromHsv(sent * 12 % 360, 200, 220))
        frame = QVideoFrame(picture)
        frame.setStartTime(sent * 1_000_000 // FPS)  # microseconds
        frame.setEndTime((sent + 1) * 1_000_000 // FPS)
        if source.sendVideoFrame(frame):
            sent += 1

    ticks = QTimer()
    ticks.setInterval(5)
    ticks.timeout.connect(send)
    recorder.record()
    ticks.start()
    stopped = QMediaRecorder.RecorderState.StoppedState
    qtbot.waitUntil(lambda: bool(errors) or (sent == FPS * SECONDS and recorder.recorderState() == stopped),
                    timeout=30000)
    ticks.stop()
    assert not errors, errors
    assert path.stat().st_size > 1000
    return path
