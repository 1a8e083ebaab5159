"""Daily backups beside the database, the newest seven kept, and restoring one of them."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from storage_support import FakeClock, MakePassage

from desktop_app.domain.annotations import Color
from desktop_app.storage import DB_NAME, LATEST_VERSION, AnnotationStore, BackupError
from desktop_app.storage.schema import migrate


def notes_in(db: Path) -> list[str]:
    """The live highlight notes in a database file, read with plain sqlite3, read-only."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        rows = conn.execute("SELECT note FROM highlights WHERE deleted IS NULL ORDER BY created, rowid")
        return [row[0] for row in rows]
    finally:
        conn.close()


def add(store: AnnotationStore, passage: MakePassage, *notes: str) -> None:
    for note in notes:
        store.add_highlights("sora", "h", [passage(text=note)], Color.YELLOW, note)


def test_the_first_backup_is_due_at_once_and_holds_everything(
    store: AnnotationStore, passage: MakePassage, data_dir: Path
) -> None:
    add(store, passage, "一", "二")
    store.set_question_note("sora", "q1", "笔记")
    made = store.backup_if_due()
    assert made == data_dir / "backups" / "annotations-20261125-150719.db"
    assert store.backups() == [made]
    assert notes_in(made) == ["一", "二"]
    # One self-contained file: no -wal or -shm needed (or left) beside it.
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]
    assert made.read_bytes()[18:20] == b"\x01\x01"


def test_an_empty_store_is_not_backed_up(store: AnnotationStore, passage: MakePassage) -> None:
    assert store.backup_if_due() is None
    assert store.backups() == []
    store.rename_color(Color.GREEN, "论点")
    assert store.backup_if_due() is not None


def test_a_backup_is_made_once_a_day(store: AnnotationStore, clock: FakeClock, passage: MakePassage) -> None:
    add(store, passage, "一")
    first = store.backup_if_due()
    assert first is not None
    clock.advance(hours=23, minutes=59)
    assert store.backup_if_due() is None
    clock.advance(minutes=1)
    second = store.backup_if_due()
    assert second is not None and second.name == "annotations-20261126-150719.db"
    assert store.backups() == [second, first]
    explicit = store.backup_if_due(now=clock.now.replace(day=28))
    assert explicit is not None and explicit.name == "annotations-20261128-150719.db"


def test_only_the_newest_seven_backups_are_kept(
    store: AnnotationStore, clock: FakeClock, passage: MakePassage
) -> None:
    add(store, passage, "一")
    (store.data_dir / "backups").mkdir()
    unrelated = [store.data_dir / "backups" / name for name in ("readme.txt", "annotations-old.db")]
    for path in unrelated:
        path.write_text("mine", encoding="utf-8")
    made = []
    for _ in range(10):
        made.append(store.backup_if_due())
        clock.advance(days=1)
    assert store.backups() == list(reversed(made))[:7]
    assert store.backups()[0].name == "annotations-20261204-150719.db"
    assert all(path.read_text(encoding="utf-8") == "mine" for path in unrelated)  # not ours: left alone


def test_a_backup_interrupted_by_a_crash_does_not_count(store: AnnotationStore, passage: MakePassage) -> None:
    add(store, passage, "一")
    folder = store.data_dir / "backups"
    folder.mkdir()
    partial = folder / "annotations-20261125-150000.db.partial"
    partial.write_bytes(b"half a copy")
    assert store.backups() == []
    made = store.backup_if_due()
    assert made is not None and store.backups() == [made]
    assert not partial.exists()


def test_two_backups_in_one_second_both_survive(store: AnnotationStore, passage: MakePassage) -> None:
    add(store, passage, "一")
    first = store.backup_now()
    add(store, passage, "二")
    second = store.backup_now()
    assert (first.name, second.name) == ("annotations-20261125-150719.db", "annotations-20261125-150719-2.db")
    assert store.backups() == [second, first]
    assert (notes_in(first), notes_in(second)) == (["一"], ["一", "二"])


def test_restoring_a_backup_brings_its_annotations_back_and_keeps_the_current_ones(
    store: AnnotationStore, clock: FakeClock, passage: MakePassage, data_dir: Path
) -> None:
    add(store, passage, "备份前")
    store.rename_color(Color.BLUE, "备份时的名字")
    backup = store.backup_now()
    clock.advance(hours=2)
    add(store, passage, "备份后")
    store.rename_color(Color.BLUE, "后来的名字")
    store.set_question_note("sora", "q1", "后来的笔记")

    with AnnotationStore.open(data_dir) as other_window:
        aside = store.restore_backup(backup)
        assert [h.note for h in other_window.highlights("sora")] == ["备份前"]  # same file, same view

    assert aside == data_dir / f"{DB_NAME}.before-restore-20261125-170719"
    assert notes_in(aside) == ["备份前", "备份后"]  # nothing the user had is thrown away
    assert [h.note for h in store.highlights("sora")] == ["备份前"]
    assert store.color_labels() == {Color.BLUE: "备份时的名字"}
    assert store.question_notes("sora", include_deleted=True) == []
    add(store, passage, "恢复后")
    store.close()
    with AnnotationStore.open(data_dir) as again:
        assert [h.note for h in again.highlights("sora")] == ["备份前", "恢复后"]
    assert notes_in(backup) == ["备份前"]  # the backup itself is untouched


def test_a_damaged_backup_is_refused_and_nothing_changes(
    store: AnnotationStore, passage: MakePassage, data_dir: Path
) -> None:
    add(store, passage, "现在的")
    backup = store.backup_now()
    backup.write_bytes(backup.read_bytes()[:3000])
    with pytest.raises(BackupError) as raised:
        store.restore_backup(backup)
    assert str(raised.value).startswith(f"The backup {backup.name} cannot be restored: it is damaged")
    assert str(raised.value).endswith("Choose another backup.")
    assert [h.note for h in store.highlights("sora")] == ["现在的"]
    assert not list(data_dir.glob("*.before-restore-*"))
    assert sorted(p.name for p in data_dir.iterdir()) == sorted(
        ["backups", DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"]
    )  # no scratch files left behind


def test_a_backup_from_a_newer_version_is_refused(store: AnnotationStore, passage: MakePassage) -> None:
    add(store, passage, "现在的")
    backup = store.backup_now()
    conn = sqlite3.connect(backup)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(BackupError, match="made by a newer version of Interview Reader"):
        store.restore_backup(backup)
    assert [h.note for h in store.highlights("sora")] == ["现在的"]


def test_a_backup_from_an_older_version_is_migrated_as_it_is_restored(
    store: AnnotationStore, passage: MakePassage, tmp_path: Path
) -> None:
    old = tmp_path / "annotations-20250101-000000.db"
    conn = sqlite3.connect(old, isolation_level=None)
    migrate(conn, target=1)
    conn.execute(
        "INSERT INTO highlights VALUES ('old-1', 'sora', 'h', 'p1', 0, 1, '旧', '', '', 'q1', '', 'green', "
        "'旧版本的笔记', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', NULL)"
    )
    conn.close()
    add(store, passage, "现在的")
    store.restore_backup(old)
    (restored,) = store.highlights("sora")
    assert (restored.id, restored.note, restored.group_id, restored.color) == (
        "old-1", "旧版本的笔记", "old-1", Color.GREEN,
    )  # fmt: skip
    assert re.fullmatch(r"annotations-\d{8}-\d{6}\.db", old.name)
