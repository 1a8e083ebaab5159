"""Bad things: a damaged file, a read-only folder, a full disk, a file from a newer version.

Whatever happens, what was saved before stays intact, and the user is told in plain words.

Read-only folders are real here: the folder's mode is 0555 and the store runs in a child process
that cannot get round it. Tests run as root, and root ignores file modes through the capabilities
CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH; so the child, when it is root, drops those two
capabilities (capset(2), through ctypes) before opening the store. It stays uid 0, so it can still
reach tmp_path inside pytest's 0700 folders and read the code, but the kernel now refuses it every
write the folder's mode forbids: SQLite meets the same EACCES an ordinary user would. The child
first checks that creating a file in the folder really fails, and the test fails if it does not.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from storage_support import FakeClock, MakePassage, run_python

from desktop_app.domain.annotations import Color
from desktop_app.storage import (
    DB_NAME,
    LATEST_VERSION,
    AnnotationStore,
    StoreReadOnlyError,
    StoreWriteError,
    WriteFailure,
)
from desktop_app.storage.errors import cause_of

# Run first in every read-only child: lose root's power to ignore file modes, for good.
DROP_ROOT_OVERRIDE = r"""
import ctypes, json, os, sys
from pathlib import Path

if os.geteuid() == 0:
    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [(name, ctypes.c_uint32) for name in ("effective", "permitted", "inheritable")]

    libc = ctypes.CDLL(None, use_errno=True)
    header, data = Header(0x20080522, 0), (Data * 2)()  # _LINUX_CAPABILITY_VERSION_3
    assert libc.capget(ctypes.byref(header), data) == 0, os.strerror(ctypes.get_errno())
    keep = ~((1 << 1) | (1 << 2)) & 0xFFFFFFFF  # all but CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH
    for name in ("effective", "permitted", "inheritable"):
        setattr(data[0], name, getattr(data[0], name) & keep)
    assert libc.capset(ctypes.byref(header), data) == 0, os.strerror(ctypes.get_errno())

args = json.loads(sys.argv[1])
unwritable = args["unwritable"]
try:
    if os.path.isdir(unwritable):
        open(os.path.join(unwritable, "proof-of-write"), "x").close()
    else:
        open(unwritable, "ab").close()
    really_read_only = False
except PermissionError:
    really_read_only = True
"""

READ_ONLY_CHILD = (
    DROP_ROOT_OVERRIDE
    + r"""
from desktop_app.domain.annotations import Anchor, Color
from desktop_app.storage import AnnotationStore, StoreWriteError

report = {"really_read_only": really_read_only, "errors": {}}
with AnnotationStore.open(Path(args["data_dir"])) as store:
    report["writable"] = store.writable
    report["reason"] = store.read_only_reason
    report["notes"] = [h.note for h in store.highlights("sora")]
    report["question_note"] = getattr(store.question_note("sora", "q1"), "note", None)
    report["labels"] = {c.value: label for c, label in store.color_labels().items()}
    writes = {
        "highlight": lambda: store.add_highlights(
            "sora", "h", [(Anchor("p9", 0, 1, "新", "", ""), "q1", "")], Color.YELLOW),
        "note": lambda: store.set_question_note("sora", "q1", "改"),
        "label": lambda: store.rename_color(Color.BLUE, "改"),
        "backup": lambda: store.backup_now(),
    }
    for name, write in writes.items():
        try:
            write()
            report["errors"][name] = None
        except StoreWriteError as error:
            report["errors"][name] = [type(error).__name__, error.failure.value, str(error)]
print(json.dumps(report))
"""
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def saved(data_dir: Path, clock: FakeClock, passage: MakePassage) -> Path:
    """A data folder whose store holds two highlights, a question note and a colour label."""
    with AnnotationStore.open(data_dir, clock=clock) as store:
        store.add_highlights("sora", "h", [passage(text="第一")], Color.YELLOW, "一")
        store.add_highlights("sora", "h", [passage(text="第二")], Color.GREEN, "二")
        store.set_question_note("sora", "q1", "问题笔记")
        store.rename_color(Color.PINK, "灵感")
    return data_dir / DB_NAME


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[list[Path]]:
    """Folders put here are made read-only (0555) for the test, and writable again afterwards."""
    folders: list[Path] = []
    yield folders
    for folder in folders:
        folder.chmod(0o755)


def assert_saved_rows_intact(data_dir: Path) -> None:
    with AnnotationStore.open(data_dir) as store:
        assert store.writable, store.read_only_reason
        assert [h.note for h in store.highlights("sora")] == ["一", "二"]
        note = store.question_note("sora", "q1")
        assert note is not None and note.note == "问题笔记"
        assert store.color_labels() == {Color.PINK: "灵感"}


# -- damaged files ---------------------------------------------------------------------------------


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


# -- read-only folders -----------------------------------------------------------------------------


def test_a_read_only_folder_opens_read_only_and_writes_say_why(
    saved: Path, data_dir: Path, read_only: list[Path]
) -> None:
    before = digest(saved)
    data_dir.chmod(0o555)
    read_only.append(data_dir)

    report = run_python(READ_ONLY_CHILD, json.dumps({"data_dir": str(data_dir), "unwritable": str(data_dir)}))

    assert report["really_read_only"], "the child could still write: the read-only folder was not real"
    assert report["writable"] is False
    assert f"the data folder {data_dir} is read-only" in report["reason"]
    assert report["notes"] == ["一", "二"]  # reading still works
    assert report["question_note"] == "问题笔记"
    assert report["labels"] == {"pink": "灵感"}
    kind, failure, message = report["errors"]["highlight"]
    assert (kind, failure) == ("StoreReadOnlyError", "read-only-folder")
    assert message.startswith(f"Your highlight could not be saved: the data folder {data_dir} is read-only. ")
    assert "Make the folder writable" in message
    assert report["errors"]["note"][2].startswith("Your note could not be saved: the data folder")
    assert report["errors"]["label"][1] == "read-only-folder"
    assert report["errors"]["backup"][1] == "read-only-folder"

    data_dir.chmod(0o755)
    assert digest(saved) == before
    assert_saved_rows_intact(data_dir)


def test_a_data_folder_that_cannot_be_created_gives_an_empty_store_that_refuses_writes(
    tmp_path: Path, read_only: list[Path]
) -> None:
    parent = tmp_path / "locked"
    parent.mkdir()
    parent.chmod(0o555)
    read_only.append(parent)
    data_dir = parent / "data"

    report = run_python(READ_ONLY_CHILD, json.dumps({"data_dir": str(data_dir), "unwritable": str(parent)}))

    assert report["really_read_only"]
    assert report["writable"] is False
    assert report["notes"] == [] and report["question_note"] is None and report["labels"] == {}
    assert "Highlights and notes cannot be saved" in report["reason"]
    for name in ("highlight", "note", "label", "backup"):
        kind, _failure, message = report["errors"][name]
        assert kind == "StoreReadOnlyError"
        assert "could not be saved" in message
    assert "read-only" in report["errors"]["highlight"][2]
    assert not data_dir.exists()


def test_a_read_only_database_file_is_read_but_not_written(
    saved: Path, data_dir: Path, read_only: list[Path]
) -> None:
    saved.chmod(0o444)
    before = digest(saved)

    report = run_python(READ_ONLY_CHILD, json.dumps({"data_dir": str(data_dir), "unwritable": str(saved)}))

    saved.chmod(0o644)
    assert report["really_read_only"], "the child could still write: the read-only file was not real"
    assert report["writable"] is False
    assert report["notes"] == ["一", "二"]
    kind, failure, message = report["errors"]["highlight"]
    assert (kind, failure) == ("StoreReadOnlyError", "read-only-file")
    assert message.startswith(
        f"Your highlight could not be saved: the annotations file {saved} is read-only."
    )
    assert digest(saved) == before
    assert_saved_rows_intact(data_dir)


def test_sqlites_read_only_error_is_explained_as_read_only(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    sqlite3.connect(db).close()
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            conn.execute("CREATE TABLE t (x)")
    finally:
        conn.close()
    cause = cause_of(raised.value, db)
    assert cause.failure is WriteFailure.READ_ONLY_FILE
    error = StoreWriteError("Your highlight", cause, db)
    assert str(error).startswith(
        f"Your highlight could not be saved: the annotations file {db} is read-only."
    )


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


# -- a file from a newer version -------------------------------------------------------------------


def make_newer(db: Path, alter: str | None = None) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        if alter:
            conn.execute(alter)
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    finally:
        conn.close()


def test_a_file_from_a_newer_version_is_read_but_never_written(
    saved: Path, data_dir: Path, clock: FakeClock, passage: MakePassage
) -> None:
    make_newer(saved, "CREATE TABLE reading_positions (transcript_id TEXT, paragraph_id TEXT)")
    before = digest(saved)
    clock.advance(days=60)  # old enough that a writable store would purge tombstones

    with AnnotationStore.open(data_dir, clock=clock) as store:
        assert not store.writable
        assert store.read_only_reason is not None
        assert "made by a newer version of Interview Reader" in store.read_only_reason
        assert [h.note for h in store.highlights("sora")] == ["一", "二"]
        assert store.color_labels() == {Color.PINK: "灵感"}
        with pytest.raises(StoreReadOnlyError) as raised:
            store.add_highlights("sora", "h", [passage()], Color.YELLOW)
        assert str(raised.value) == (
            f"Your highlight could not be saved: {saved} was made by a newer version of Interview Reader. "
            "Update Interview Reader to keep adding highlights and notes. "
            "This version leaves the file exactly as it is."
        )
        with pytest.raises(StoreReadOnlyError):
            store.set_question_note("sora", "q1", "x")
        with pytest.raises(StoreReadOnlyError):
            store.delete([store.highlights("sora")[0].id])
        assert store.backup_if_due() is None
    assert digest(saved) == before
    assert not list(data_dir.glob("*.corrupt-*")) and not list(data_dir.glob("*.before-*"))


def test_a_newer_file_whose_tables_changed_opens_empty_and_untouched(saved: Path, data_dir: Path) -> None:
    make_newer(saved, "ALTER TABLE highlights RENAME COLUMN note TO body")
    before = digest(saved)
    with AnnotationStore.open(data_dir) as store:
        assert not store.writable
        assert store.highlights("sora") == []
    assert digest(saved) == before


# -- another process holds the lock ----------------------------------------------------------------


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
