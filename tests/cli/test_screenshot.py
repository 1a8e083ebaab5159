from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def run_main(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["INTERVIEW_READER_DATA_DIR"] = str(tmp_path / "data")
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )


def test_screenshot_renders_the_window_to_a_png(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = run_main("--screenshot", str(shot), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png_size(shot) == (1280, 820)
    assert (tmp_path / "data").is_dir()


def test_screenshot_of_a_broken_transcript_says_why_and_fails(tmp_path: Path) -> None:
    broken = tmp_path / "broken.md"
    broken.write_bytes(b"---\nid: x\n---\n\xff\xfe")
    shot = tmp_path / "shot.png"
    result = run_main("--screenshot", str(shot), str(broken), tmp_path=tmp_path)
    assert result.returncode == 1
    assert "broken.md" in result.stderr and "UTF-8" in result.stderr
    assert not shot.exists()  # no picture of the bundled interview in its place


def test_help_lists_the_window_options_and_the_commands(tmp_path: Path) -> None:
    result = run_main("--help", tmp_path=tmp_path)
    assert result.returncode == 0
    for word in ("--data-dir", "--screenshot", "--version", "export --format"):
        assert word in result.stdout


def test_a_screenshot_of_a_folder_holding_work_backs_it_up_after_the_picture(tmp_path: Path) -> None:
    from desktop_app.storage.store import AnnotationStore

    with AnnotationStore.open(tmp_path / "data") as store:
        store.set_question_note("t-frontline-sora-2024", "s1-q1", "回听")
    shot = tmp_path / "shot.png"
    result = run_main("--screenshot", str(shot), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png_size(shot) == (1280, 820)
    with AnnotationStore.open(tmp_path / "data") as store:
        assert len(store.backups()) == 1  # the day's copy, made once the window was pictured
