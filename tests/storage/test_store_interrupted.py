"""A write that cannot finish: a process that dies mid-transaction, a disk that fills up.

What was saved before stays intact and the store writes again afterwards.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from storage_support import MakePassage, assert_saved_rows_intact

from desktop_app.domain.annotations import Color
from desktop_app.storage import AnnotationStore, StoreWriteError, WriteFailure

# A rollback-journal writer that dies in the middle of a big transaction: its half-written pages
# are in the file and the hot journal beside it holds what they replaced.
CRASHED_ROLLBACK_WRITER = r"""
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
assert conn.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
conn.execute("PRAGMA cache_size = 2")  # spill changed pages into the file before COMMIT
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE highlights SET note = 'half-written'")
for n in range(300):
    conn.execute(
        "INSERT INTO highlights (id, transcript_id, content_hash, paragraph_id, start, [end], exact, color, "
        "created, updated) VALUES (?, 'sora', 'h', 'p', 0, 1, 'x', 'yellow', 'a', 'a')", (f"crash-{n}",))
    conn.execute("UPDATE highlights SET note = ? WHERE id = ?", ("z" * 3000, f"crash-{n}"))
os._exit(0)
"""


def test_a_crash_mid_transaction_in_rollback_mode_is_rolled_back_not_set_aside(
    saved: Path, data_dir: Path
) -> None:
    result = subprocess.run([sys.executable, "-c", CRASHED_ROLLBACK_WRITER, str(saved)], check=False)
    assert result.returncode == 0
    assert Path(f"{saved}-journal").stat().st_size > 0  # a hot journal, as the crash left it

    with AnnotationStore.open(data_dir) as store:
        assert store.recovered is None
        assert store.writable
        assert [h.note for h in store.highlights("sora")] == ["一", "二"]
    assert not list(data_dir.glob("*.corrupt-*"))
    assert_saved_rows_intact(data_dir)


# -- a full disk -----------------------------------------------------------------------------------


def test_a_full_disk_fails_the_write_says_so_and_keeps_what_was_saved(
    saved: Path, data_dir: Path, passage: MakePassage
) -> None:
    with AnnotationStore.open(data_dir) as store:
        # The file may not grow by a single page: SQLite reports SQLITE_FULL, as on a full disk.
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreWriteError) as raised:
            store.add_highlights("sora", "h", [passage(text="放不下")], Color.YELLOW, "很长的笔记" * 3000)
        error = raised.value
        assert error.failure is WriteFailure.DISK_FULL
        assert str(error).startswith(
            f"Your highlight could not be saved: the disk holding the data folder {data_dir} is full. "
        )
        assert "Free some disk space" in str(error)
        assert "Everything saved before is unchanged." in str(error)
        assert [h.note for h in store.highlights("sora")] == ["一", "二"]

        store._conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
        store.add_highlights("sora", "h", [passage(text="放得下")], Color.YELLOW, "三")
    with AnnotationStore.open(data_dir) as again:
        assert [h.note for h in again.highlights("sora")] == ["一", "二", "三"]
        check = again._conn.execute("PRAGMA integrity_check").fetchall()
        assert check == [("ok",)]
