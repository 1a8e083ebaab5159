"""A damaged annotations file: set aside as it was, a fresh store starts, the newest backup is offered.

Whatever happens, what was saved before stays intact (in the file set aside), and the user is told in
plain words.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from storage_support import FakeClock, MakePassage, assert_saved_rows_intact

from desktop_app.domain.annotations import Color
from desktop_app.storage import DB_NAME, AnnotationStore


def truncated_database(db: Path) -> bytes:
    full = db.read_bytes()
    return full[: len(full) // 2]


@pytest.mark.parametrize("damage", ["random bytes", "text file", "truncated", "zeroed pages"])
def test_a_damaged_file_is_set_aside_and_a_fresh_store_starts(
    saved: Path, data_dir: Path, clock: FakeClock, passage: MakePassage, damage: str
) -> None:
    with AnnotationStore.open(data_dir) as store:  # enough rows that the file has many pages
        for n in range(200):
            store.add_highlights("sora", "h", [passage(text=f"段落{n}")], Color.BLUE, "长笔记" * 40)
    if damage == "random bytes":
        saved.write_bytes(os.urandom(50_000))
    elif damage == "text file":
        saved.write_text("这不是数据库\nnot a database\n" * 100, encoding="utf-8")
    elif damage == "truncated":
        saved.write_bytes(truncated_database(saved))
    else:
        data = bytearray(saved.read_bytes())
        data[8192:20480] = bytes(12288)  # three pages in the middle wiped
        saved.write_bytes(bytes(data))
    damaged = saved.read_bytes()

    clock.advance(hours=1)
    with AnnotationStore.open(data_dir, clock=clock) as store:
        recovery = store.recovered
        assert recovery is not None
        assert recovery.damaged_path == data_dir / f"{DB_NAME}.corrupt-20261125-160719"
        assert recovery.damaged_path.read_bytes() == damaged  # kept exactly as it was
        assert recovery.newest_backup is None
        assert str(recovery.damaged_path) in recovery.message
        assert "no backup" in recovery.message
        assert store.writable
        assert store.highlights("sora") == []
        store.add_highlights("sora", "h", [passage()], Color.YELLOW, "新的开始")

    with AnnotationStore.open(data_dir, clock=clock) as again:
        assert again.recovered is None
        assert [h.note for h in again.highlights("sora")] == ["新的开始"]
    assert recovery.damaged_path.read_bytes() == damaged


def test_the_damaged_files_wal_and_shm_go_aside_with_it(
    saved: Path, data_dir: Path, clock: FakeClock
) -> None:
    saved.write_bytes(b"garbage" * 1000)
    Path(f"{saved}-wal").write_bytes(b"wal bytes")
    Path(f"{saved}-shm").write_bytes(b"shm bytes")
    with AnnotationStore.open(data_dir, clock=clock) as store:
        aside = store.recovered.damaged_path  # type: ignore[union-attr]
    assert Path(f"{aside}-wal").read_bytes() == b"wal bytes"
    assert Path(f"{aside}-shm").read_bytes() == b"shm bytes"
    assert aside.read_bytes() == b"garbage" * 1000


def test_damage_twice_in_one_second_keeps_both_files(saved: Path, data_dir: Path, clock: FakeClock) -> None:
    kept = []
    for text in ("first damage", "second damage"):
        (data_dir / DB_NAME).write_text(text * 500, encoding="utf-8")
        with AnnotationStore.open(data_dir, clock=clock) as store:
            assert store.recovered is not None
            kept.append(store.recovered.damaged_path)
    assert kept[0] != kept[1]
    assert [p.read_text(encoding="utf-8")[:13] for p in kept] == ["first damage" + "f", "second damage"]


def test_after_damage_the_newest_backup_is_offered_and_restores_the_work(
    saved: Path, data_dir: Path, clock: FakeClock
) -> None:
    with AnnotationStore.open(data_dir, clock=clock) as store:
        older = store.backup_now()
        clock.advance(days=1)
        newest = store.backup_now()
    saved.write_bytes(truncated_database(saved)[:5000])

    with AnnotationStore.open(data_dir, clock=clock) as store:
        assert store.recovered is not None
        assert store.recovered.newest_backup == newest != older
        assert newest.name in store.recovered.message
        store.restore_backup(store.recovered.newest_backup)
        assert [h.note for h in store.highlights("sora")] == ["一", "二"]
    assert_saved_rows_intact(data_dir)


@pytest.mark.parametrize("damaged", [False, True])
def test_a_file_inspected_ahead_opens_as_one_inspected_on_opening(
    saved: Path, data_dir: Path, clock: FakeClock, passage: MakePassage, damaged: bool
) -> None:
    with AnnotationStore.open(data_dir) as store:
        store.add_highlights("sora", "h", [passage()], Color.BLUE, "留着")
    if damaged:
        saved.write_text("这不是数据库\nnot a database\n" * 100, encoding="utf-8")
    inspection = AnnotationStore.inspect_ahead(data_dir)  # as the window's start does, before the transcript
    with AnnotationStore.open(data_dir, clock=clock, inspection=inspection) as store:
        assert (store.recovered is not None) == damaged
        assert [h.note for h in store.highlights("sora")] == ([] if damaged else ["一", "二", "留着"])
        assert store.writable


def test_a_file_made_after_its_inspection_began_is_inspected_on_opening(
    data_dir: Path, clock: FakeClock
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    inspection = AnnotationStore.inspect_ahead(data_dir)  # no file yet
    (data_dir / DB_NAME).write_bytes(b"garbage" * 1000)  # another process, say, left one meanwhile
    with AnnotationStore.open(data_dir, clock=clock, inspection=inspection) as store:
        assert store.recovered is not None and store.recovered.damaged_path.read_bytes() == b"garbage" * 1000
