"""The window's Import Annotations and Import Transcript refuse FIFOs, devices and folders at once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app import paths
from desktop_app.domain.parser import load_transcript
from desktop_app.gui.files import Files
from desktop_app.gui.settings import Settings
from desktop_app.storage.store import AnnotationStore


@pytest.fixture
def files(qtbot: QtBot, tmp_path: Path):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    store = AnnotationStore.open(tmp_path / "data")
    made = Files(parent, Settings.in_folder(str(tmp_path / "data")), store, dict)
    made.transcript = load_transcript(paths.bundled_transcript())
    yield made
    store.close()


def hostile_paths(tmp_path: Path) -> list[tuple[Path, str]]:
    cases = [(tmp_path, "a folder")]
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.json"
        os.mkfifo(fifo)
        cases.append((fifo, "a pipe (FIFO)"))
    if os.path.exists("/dev/zero"):
        cases.append((Path("/dev/zero"), "a device"))
    return cases


def test_import_annotations_refuses_what_is_not_a_regular_file(files: Files, tmp_path: Path) -> None:
    failures: list[tuple[str, str]] = []
    files.failed.connect(lambda title, message: failures.append((title, message)))
    for path, kind in hostile_paths(tmp_path):
        assert files.import_annotations(str(path)) is False
        title, message = failures.pop()
        assert title == "Cannot import"
        assert message.startswith(f"{path}: This is {kind}, not a regular file; a W3C annotation file")
    assert files._store.highlights(files.transcript.id) == []  # type: ignore[union-attr]


def test_import_transcript_refuses_what_is_not_a_regular_file(files: Files, tmp_path: Path) -> None:
    failures: list[str] = []
    files.failed.connect(lambda _title, message: failures.append(message))
    for path, kind in hostile_paths(tmp_path):
        assert files.import_transcript(str(path)) is None
        assert failures.pop().startswith(f"{path}: This is {kind}, not a regular file; a text to convert")


def test_an_export_to_a_folder_says_so_and_writes_nothing(files: Files, tmp_path: Path) -> None:
    failures: list[tuple[str, str]] = []
    files.failed.connect(lambda title, message: failures.append((title, message)))
    folder = tmp_path / "exports"
    folder.mkdir()
    assert files.export_to("csv", str(folder)) is False
    assert failures == [
        (
            "The export was not written",
            f"{folder}: This is a folder, not a file. Choose a file name inside it.",
        )
    ]
    assert list(folder.iterdir()) == []
