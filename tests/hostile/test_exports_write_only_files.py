"""Exports write a new file or replace a regular one, with the user's permissions, naming the user's file."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli import run_command
from desktop_app.domain.errors import ReaderError
from desktop_app.fileio import FileWriteError, atomic_write_bytes


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_new_export_gets_the_users_normal_permissions(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "x.csv"
    atomic_write_bytes(target, b"a,b\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.read_bytes() == b"a,b\n"


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "x.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write_bytes(target, b"new")
    assert (target.read_bytes(), stat.S_IMODE(target.stat().st_mode)) == (b"new", 0o640)


def test_through_a_symlink_the_file_is_replaced_and_the_symlink_kept(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_bytes(b"old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    atomic_write_bytes(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_a_folder_as_the_target_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(FileWriteError) as info:
        atomic_write_bytes(folder, b"data")
    assert str(info.value) == f"{folder}: This is a folder, not a file. Choose a file name inside it."
    assert list(folder.iterdir()) == [] and leftovers(tmp_path) == []


def test_a_device_as_the_target_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command(["export", "--format", "json", "-o", "/dev/null"]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == (
        "interview-reader: /dev/null: This is a device; only a regular file can be written. "
        "Choose another file name."
    )


def test_a_full_disk_names_the_users_file_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.csv"

    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(FileWriteError) as info:
        atomic_write_bytes(target, b"a,b\n")
    assert isinstance(info.value, ReaderError)
    message = f"{target}: The disk is full; nothing was written. Free some space and try again."
    assert str(info.value) == message
    assert not target.exists() and leftovers(tmp_path) == []
    # The command line says the same, on one line, and fails.
    assert run_command(["export", "--format", "csv", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"interview-reader: {message}"
    assert ".tmp" not in err and leftovers(tmp_path) == []


def test_a_failing_fsync_keeps_the_old_file_and_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "x.csv"
    target.write_bytes(b"old")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(FileWriteError, match="disk is full") as info:
        atomic_write_bytes(target, b"new")
    assert str(info.value).startswith(f"{target}: ")
    assert target.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_a_missing_folder_names_the_file_asked_for_not_a_temporary_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nowhere" / "x.csv"
    assert run_command(["export", "--format", "csv", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"interview-reader: {target}: The folder does not exist. Choose an existing folder."
