"""One window per data folder: a second launch hands its file to the running window, even after a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtNetwork import QLocalSocket

from desktop_app import paths
from desktop_app.gui.single_instance import server_name

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def launch(data: Path, *args: str, log: Path | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    err = log.open("wb") if log else subprocess.DEVNULL
    return subprocess.Popen([sys.executable, str(MAIN), *args, "--data-dir", str(data)], env=env, stderr=err)


def wait_for_window(data: Path, first: subprocess.Popen[bytes]) -> None:
    """Until the running window answers on its socket (or fail if it died)."""
    for _ in range(300):
        assert first.poll() is None, "the first window exited"
        socket = QLocalSocket()
        socket.connectToServer(server_name(data))
        if socket.waitForConnected(100):
            socket.disconnectFromServer()
            return
        time.sleep(0.1)
    raise AssertionError("the first window never listened")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=20)


def test_a_second_launch_hands_its_file_to_the_running_window(qapp, tmp_path: Path) -> None:
    data = tmp_path / "data"
    log = tmp_path / "first.log"
    first = launch(data, log=log)
    try:
        wait_for_window(data, first)
        target = tmp_path / "other.md"
        target.write_text(paths.bundled_transcript().read_text(encoding="utf-8"), encoding="utf-8")
        second = subprocess.run(
            [sys.executable, str(MAIN), str(target), "--data-dir", str(data)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, timeout=60,
        )
        assert second.returncode == 0, second.stderr
        time.sleep(1.0)
        assert first.poll() is None  # still the one window
    finally:
        stop(first)
    assert f"another launch handed over {target.resolve()}" in log.read_text(encoding="utf-8")


def test_a_crashed_window_leaves_no_trap(qapp, tmp_path: Path) -> None:
    data = tmp_path / "data"
    crashed = launch(data)
    wait_for_window(data, crashed)
    crashed.kill()  # SIGKILL: its socket file stays behind
    crashed.wait(timeout=20)

    log = tmp_path / "next.log"
    following = launch(data, log=log)
    try:
        wait_for_window(data, following)  # it became the window instead of handing over to nobody
        third = subprocess.run(
            [sys.executable, str(MAIN), "--data-dir", str(data)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, timeout=60,
        )
        assert third.returncode == 0
        time.sleep(1.0)
    finally:
        stop(following)
    assert "another launch handed over nothing to open" in log.read_text(encoding="utf-8")
