"""Fixtures for the store's tests: a fake clock, a data folder in tmp_path, passages to highlight."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from storage_support import FakeClock, MakePassage, Passage

from desktop_app.domain.annotations import Anchor, Color
from desktop_app.storage import DB_NAME, AnnotationStore


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[AnnotationStore]:
    with AnnotationStore.open(data_dir, clock=clock) as opened:
        yield opened


@pytest.fixture
def passage() -> MakePassage:
    """Build one (anchor, question_id, speaker) item for add_highlights."""

    def make(
        paragraph_id: str = "q1-p1",
        text: str = "我们先从数据说起",
        start: int = 2,
        question_id: str = "q1",
        speaker: str = "李明",
    ) -> Passage:
        anchor = Anchor(paragraph_id, start, start + len(text), text, "前文", "后文")
        return anchor, question_id, speaker

    return make


@pytest.fixture
def saved(data_dir: Path, clock: FakeClock, passage: MakePassage) -> Path:
    """A data folder whose store holds two highlights, a question note and a colour label."""
    with AnnotationStore.open(data_dir, clock=clock) as store:
        store.add_highlights("sora", "h", [passage(text="第一")], Color.YELLOW, "一")
        store.add_highlights("sora", "h", [passage(text="第二")], Color.GREEN, "二")
        store.set_question_note("sora", "q1", "问题笔记")
        store.rename_color(Color.PINK, "灵感")
    return data_dir / DB_NAME
