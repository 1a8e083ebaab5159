"""Opening a transcript a second time reads its parse from the data folder and shows the same thing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app import paths
from desktop_app.domain.parser import load_transcript
from desktop_app.gui.launch import build_window
from desktop_app.gui.tree_model import NodeIdRole
from desktop_app.storage.transcript_cache import cache_path


def test_the_second_open_shows_the_kept_parse(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "interview.md"
    path.write_bytes(paths.bundled_transcript().read_bytes())
    data = tmp_path / "data"
    later: list[Callable[[], None]] = []
    first, error = build_window(str(path), data, later)
    qtbot.addWidget(first)
    assert error is None
    kept = cache_path(data / "cache", path.read_bytes())
    assert not kept.exists()  # kept only after the first paint
    for call in later:
        call()
    assert kept.exists()
    first.close()
    first.store.close()
    second, error = build_window(str(path), data)
    qtbot.addWidget(second)
    assert error is None
    assert second.transcript == load_transcript(path)
    assert second.tree.currentIndex().data(NodeIdRole) == "s1-q1"
    assert "Sora真正厉害在哪里?" in second.pane.toPlainText()
    second.close()
    second.store.close()
