"""Only regular files are read, within limits: FIFOs, devices, folders and sockets are refused at once."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest
from hostile_helpers import TRANSCRIPT, run_cli, run_python

from desktop_app.cli import run_command
from desktop_app.domain import parser
from desktop_app.domain.errors import ReaderError, TranscriptError
from desktop_app.domain.parser import load_transcript
from desktop_app.fileio import FileReadError, megabytes, read_regular_file


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.md"
    os.mkfifo(path)
    return path


@pytest.fixture
def unix_socket(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "s.md"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    yield path
    server.close()


def one_line_error(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


# --- load_transcript ------------------------------------------------------------------------------


def test_a_fifo_as_the_transcript_is_refused_at_once(fifo: Path, tmp_path: Path) -> None:
    code = f"from desktop_app.domain.parser import load_transcript\nload_transcript({str(fifo)!r})"
    result = run_python(code, tmp_path)
    assert result.returncode != 0
    assert f"{fifo}: This is a pipe (FIFO), not a regular file; a transcript must be a file." in result.stderr


def test_dev_zero_as_the_transcript_is_refused_at_once(tmp_path: Path) -> None:
    code = "from desktop_app.domain.parser import load_transcript\nload_transcript('/dev/zero')"
    result = run_python(code, tmp_path)
    assert "TranscriptError: /dev/zero: This is a device, not a regular file" in result.stderr
    assert "MemoryError" not in result.stderr


def test_a_folder_and_a_socket_as_the_transcript_are_refused(tmp_path: Path, unix_socket: Path) -> None:
    for path, kind in ((tmp_path, "a folder"), (unix_socket, "a socket")):
        with pytest.raises(TranscriptError) as info:
            load_transcript(path)
        assert str(info.value).startswith(f"{path}: This is {kind}"), str(info.value)
        assert "Choose a file saved on disk." in str(info.value)


def test_the_size_limit_is_enforced_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.md"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    real_fstat = os.fstat

    def lying_fstat(fd: int) -> os.stat_result:
        # A file that says it is empty (as /proc files and growing files do) is still measured.
        values = list(real_fstat(fd))
        values[6] = 0
        return os.stat_result(values)

    monkeypatch.setattr(os, "fstat", lying_fstat)
    monkeypatch.setattr(parser, "MAX_BYTES", len(TRANSCRIPT.encode()) - 1)
    with pytest.raises(TranscriptError) as info:
        load_transcript(path)
    assert "The file is larger than" in str(info.value) and "Split it" in str(info.value)
    monkeypatch.setattr(parser, "MAX_BYTES", len(TRANSCRIPT.encode()))
    assert load_transcript(path).id == "hostile"


def test_read_regular_file_names_the_file_and_is_a_reader_error(tmp_path: Path) -> None:
    with pytest.raises(FileReadError) as info:
        read_regular_file(tmp_path / "missing.json", 10, "W3C annotation file")
    assert isinstance(info.value, ReaderError)
    missing = tmp_path / "missing.json"
    assert str(info.value) == f"{missing}: The file does not exist. Check the path and try again."


# --- the command line: import and convert ---------------------------------------------------------


@pytest.mark.parametrize("command", ["import", "convert"])
def test_a_fifo_given_to_import_or_convert_is_refused_at_once(
    command: str, fifo: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.md"
    args = [command, str(fifo), *(["-o", str(out)] if command == "convert" else [])]
    result = run_cli(args, tmp_path)
    assert result.returncode == 1
    assert one_line_error(result.stderr).startswith(f"interview-reader: {fifo}: This is a pipe (FIFO)")
    assert not out.exists()
    assert not (tmp_path / "data").exists()  # the import did not open (or create) the store


@pytest.mark.parametrize("command", ["import", "convert"])
def test_dev_zero_given_to_import_or_convert_is_refused_at_once(command: str, tmp_path: Path) -> None:
    result = run_cli([command, "/dev/zero"], tmp_path)
    assert result.returncode == 1
    assert one_line_error(result.stderr).startswith("interview-reader: /dev/zero: This is a device")
    assert result.stdout == ""


@pytest.mark.parametrize("command", ["import", "convert"])
def test_a_folder_given_to_import_or_convert_is_refused(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_command([command, str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert one_line_error(captured.err) == (
        f"interview-reader: {tmp_path}: This is a folder, not a regular file; a "
        f"{'W3C annotation file' if command == 'import' else 'text to convert'} must be a file. "
        "Choose a file saved on disk."
    )
    assert captured.out == ""


def test_convert_refuses_what_the_reader_would_refuse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "talk.txt"
    source.write_text("主持人:你好吗?\n嘉宾:很好。\n主持人:为什么?\n嘉宾:因为。\n", encoding="utf-8")
    out = tmp_path / "talk.md"
    assert run_command(["convert", str(source), "-o", str(out)]) == 0
    written = out.read_bytes()
    out.unlink()
    capsys.readouterr()
    # The reader's limit, set just under what this conversion writes: the converter refuses too.
    monkeypatch.setattr(parser, "MAX_BYTES", len(written) - 1)
    assert run_command(["convert", str(source), "-o", str(out)]) == 1
    error = one_line_error(capsys.readouterr().err)
    assert error.startswith(f"interview-reader: {source}: The converted transcript would be ")
    assert f"the reader opens transcripts up to {megabytes(len(written) - 1)}, so it was not written" in error
    assert not out.exists()
    monkeypatch.setattr(parser, "MAX_BYTES", len(written))
    assert run_command(["convert", str(source), "-o", str(out)]) == 0
    assert load_transcript(out).speakers[0].name == "主持人"


# --- the window's --screenshot --------------------------------------------------------------------


def test_a_screenshot_of_an_unreadable_transcript_fails(fifo: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["INTERVIEW_READER_DATA_DIR"] = str(tmp_path / "data")
    import subprocess

    from hostile_helpers import REPO

    try:
        result = subprocess.run(
            [sys.executable, str(REPO / "main.py"), str(fifo), "--screenshot", str(shot)],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("--screenshot on a FIFO did not finish")
    assert result.returncode == 1
    assert f"interview-reader: {fifo}: This is a pipe (FIFO)" in result.stderr
    assert not shot.exists()
