from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app import paths
from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import load_transcript
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings
from desktop_app.storage.store import AnnotationStore


@pytest.fixture(scope="session")
def bundled() -> Transcript:
    return load_transcript(paths.bundled_transcript())


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def make_window(qtbot: QtBot, data_dir: Path, bundled: Transcript) -> Iterator[Callable[..., MainWindow]]:
    """Open a main window on the bundled transcript and a data folder (the same one by default)."""
    windows: list[MainWindow] = []

    def make(folder: Path = data_dir, transcript: Transcript = bundled) -> MainWindow:
        window = MainWindow(Settings.in_folder(str(folder)), AnnotationStore.open(folder))
        qtbot.addWidget(window)
        window.open_transcript(transcript)
        window.restore_state()
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        window.store.close()
