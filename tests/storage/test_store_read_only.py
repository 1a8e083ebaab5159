"""A store that must not write: a read-only folder or file, a folder that cannot be made, a newer file.

Reading still works, every write says why it is refused, and the file stays exactly as it was.

Read-only folders are real here: the folder's mode is 0555 and the store runs in a child process
that cannot get round it. Tests run as root, and root ignores file modes through the capabilities
CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH; so the child, when it is root, drops those two
capabilities (capset(2), through ctypes) before opening the store. It stays uid 0, so it can still
reach tmp_path inside pytest's 0700 folders and read the code, but the kernel now refuses it every
write the folder's mode forbids: SQLite meets the same EACCES an ordinary user would. The child
first checks that creating a file in the folder really fails, and the test fails if it does not.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from storage_support import FakeClock, MakePassage, assert_saved_rows_intact, digest, run_python

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


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[list[Path]]:
    """Folders put here are made read-only (0555) for the test, and writable again afterwards."""
    folders: list[Path] = []
    yield folders
    for folder in folders:
        folder.chmod(0o755)


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
