"""A process killed with SIGKILL right after the action loses nothing the user saw."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from desktop_app import paths
from desktop_app.domain.parser import load_transcript
from desktop_app.storage.store import AnnotationStore

CHILD = Path(__file__).with_name("highlight_then_hang.py")


def test_sigkill_right_after_highlighting_loses_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("DONE "), child.stderr.read()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    highlight_id = line.split()[1]
    transcript = load_transcript(paths.bundled_transcript())
    with AnnotationStore.open(data) as store:
        (h,) = store.highlights(transcript.id)
    assert h.id == highlight_id
    assert h.anchor.exact == transcript.find("s2-q1-p2").text[3:11]
    assert h.note == "写完就被杀掉"
