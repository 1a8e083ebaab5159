"""Render docs/screenshot-player.png: the timed sample transcript with its recording (a tone made here).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_player.py [OUT.png]
"""

from __future__ import annotations

import math
import shutil
import struct
import sys
import tempfile
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.gui.launch import SCREENSHOT_SIZE, application, build_window  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "recording-sample.md"


def write_tone(path: Path, seconds: float = 8.0, rate: int = 8000) -> None:
    """A few seconds of a 440 Hz tone as a WAV file."""
    samples = (round(6000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(int(seconds * rate)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", s) for s in samples))


def main(target: str) -> int:
    """Open the sample with its recording at 00:03 (the second paragraph marked) and save the window."""
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        talk = Path(folder) / "talk"
        talk.mkdir()
        shutil.copy(SAMPLE, talk / SAMPLE.name)
        write_tone(talk / "recording-sample.wav")
        window, error = build_window(str(talk / SAMPLE.name), Path(folder) / "data")
        if error:
            print(error, file=sys.stderr)
            return 1
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        engine = window.recording.engine
        assert engine is not None
        while engine.duration <= 0:  # the WAV loads in a few milliseconds
            app.processEvents()
        window.recording.seek(3500)
        app.processEvents()
        ok = window.grab().save(target, "PNG")
        window.close()
        window.store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "docs" / "screenshot-player.png")))
