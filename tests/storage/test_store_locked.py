"""Another process holds the write lock: the write fails, says so in plain words, and changes nothing."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from storage_support import MakePassage

from desktop_app.domain.annotations import Color
from desktop_app.storage import AnnotationStore, StoreWriteError, WriteFailure


def test_a_write_blocked_past_the_busy_timeout_says_so_and_changes_nothing(
    saved: Path, store: AnnotationStore, passage: MakePassage
) -> None:
    blocker = sqlite3.connect(saved, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreWriteError) as raised:
            store.add_highlights("sora", "h", [passage()], Color.YELLOW)
        blocker.execute("ROLLBACK")
    finally:
        blocker.close()
    assert raised.value.failure is WriteFailure.BUSY
    assert re.search(r"kept .* busy for more than 5 seconds\. Try again in a moment\.", str(raised.value))
    assert len(store.highlights("sora")) == 2
