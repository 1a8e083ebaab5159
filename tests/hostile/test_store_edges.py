"""The store at its edges: a full disk, files that lie about their schema, odd backups, hostile rows."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hostile_helpers import T, fill_store
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.cli import run_command
from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color
from desktop_app.gui.launch import build_window, report_store_state
from desktop_app.storage import DB_NAME, AnnotationStore, schema
from desktop_app.storage.backups import backup_folder


def full_disk() -> sqlite3.OperationalError:
    """The error SQLite raises when the disk is full (SQLITE_FULL)."""
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = 13  # type: ignore[attr-defined]
    error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
    return error


def with_highlights(folder: Path, count: int = 26) -> Path:
    """A store in ``folder`` holding ``count`` highlights on the bundled transcript."""
    paragraphs = [p for p in T.paragraphs() if len(p.text) >= 4][:count]
    assert len(paragraphs) == count
    with AnnotationStore.open(folder) as store:
        for paragraph in paragraphs:
            question = T.question_of(paragraph.id)
            anchor = make_anchor(paragraph.id, paragraph.text, 0, 4)
            item = (anchor, question.id if question else "", paragraph.speaker or "")
            store.add_highlights(T.id, T.content_hash, [item], Color.GREEN)
    return folder / DB_NAME


def set_aside(folder: Path) -> list[Path]:
    """The files (or folders) set aside as damaged, without their -wal/-shm."""
    return [p for p in folder.glob(f"{DB_NAME}.corrupt-*") if not p.name.endswith(("-wal", "-shm"))]


def export_csv(folder: Path, capsys) -> tuple[int, list[str], str]:
    """Run ``export --format csv``: the exit status, the CSV's lines, and what went to stderr."""
    status = run_command(["export", "--format", "csv", "--data-dir", str(folder)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out.splitlines(), err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


# -- a full disk at start ------------------------------------------------------------------------


def _fail_on_files(real: Any) -> Any:
    """``schema.migrate`` that meets a full disk on a real file (the in-memory copy still works)."""

    def migrate(conn: sqlite3.Connection, target: int = schema.LATEST_VERSION) -> int:
        if conn.execute("PRAGMA database_list").fetchone()[2]:
            raise full_disk()
        return int(real(conn, target))

    return migrate


@pytest.mark.parametrize(
    "target", ["desktop_app.storage.files._enter_wal", "desktop_app.storage.opening.probe_write", "migrate"]
)
def test_a_full_disk_at_start_opens_the_file_read_only_not_empty(folder: Path, capsys, target: str) -> None:
    db = with_highlights(folder)
    before = db.read_bytes()
    patch = (
        mock.patch.object(schema, "migrate", _fail_on_files(schema.migrate))
        if target == "migrate"
        else mock.patch(target, side_effect=full_disk())
    )
    with patch:
        if target == "migrate":  # a file one version old needs migrating, which the full disk refuses
            with sqlite3.connect(db) as conn:
                for table in ("codes", "highlight_codes", "library"):  # as version 3 made it
                    conn.execute(f"DROP TABLE {table}")
                conn.execute("ALTER TABLE highlights DROP COLUMN placed_in")  # (version 5's)
                conn.execute("DROP INDEX highlights_by_paragraph")  # (version 6's)
                conn.execute("PRAGMA user_version = 3")
            conn.close()
            before = db.read_bytes()
        with AnnotationStore.open(folder) as store:
            assert len(store.highlights(T.id)) == 26
            assert not store.writable and not store.unreadable
            assert "the disk holding the data folder" in (store.read_only_reason or "")
        status, lines, _err = export_csv(folder, capsys)
    assert status == 0
    assert len(lines) == 27  # the header and the 26 highlights, not a header alone
    assert db.read_bytes() == before


def test_a_file_that_cannot_be_read_at_all_is_an_error_not_an_empty_export(folder: Path, capsys) -> None:
    db = with_highlights(folder)
    before = db.read_bytes()
    with (
        mock.patch("desktop_app.storage.files._enter_wal", side_effect=full_disk()),
        mock.patch("desktop_app.storage.opening.connect_read_only", side_effect=full_disk()),
    ):
        with AnnotationStore.open(folder) as store:
            assert store.unreadable and store.highlights(T.id) == []
            assert "cannot be read, so none are shown" in (store.read_only_reason or "")
        status, lines, err = export_csv(folder, capsys)
    assert status == 1 and lines == []
    assert "cannot be read" in err and "Nothing was exported" in err
    assert db.read_bytes() == before


# -- files that lie about their schema -----------------------------------------------------------

LIES = [
    ("missing table", "DROP TABLE color_labels", "its table color_labels is missing"),
    ("renamed column", "ALTER TABLE highlights RENAME COLUMN note TO remark", "highlights does not have"),
    ("dropped column", "DROP INDEX question_notes_live; ALTER TABLE question_notes DROP COLUMN deleted",
     "question_notes does not have"),
    ("blob quote", "UPDATE highlights SET exact = X'00ff10' WHERE rowid = 3",
     "row 3 of its table highlights"),
    ("text offset", "UPDATE highlights SET [end] = 'x' WHERE rowid = 5", "holds a value of the wrong type"),
    ("negative version", "PRAGMA user_version = -1", "claims schema version -1"),
]


@pytest.mark.parametrize(("name", "sql", "problem"), LIES, ids=[lie[0] for lie in LIES])
def test_a_file_whose_tables_lie_is_set_aside_with_a_message(
    folder: Path, capsys, name: str, sql: str, problem: str
) -> None:
    db = with_highlights(folder)
    conn = sqlite3.connect(db)
    conn.executescript(sql)
    conn.close()
    before = db.read_bytes()
    status, lines, err = export_csv(folder, capsys)
    assert status == 1 and lines == []
    assert "The annotations file was damaged" in err and problem in err, err
    (aside,) = set_aside(folder)
    assert aside.read_bytes() == before  # kept exactly as it was
    with AnnotationStore.open(folder) as store:
        assert store.writable and store.recovered is None and store.highlights(T.id) == []


def test_the_window_says_a_lying_file_was_set_aside(qtbot, folder: Path) -> None:
    db = with_highlights(folder)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE highlights SET exact = X'00ff10'")
    conn.close()
    window, error = build_window(None, folder)
    assert error is None
    qtbot.addWidget(window)
    box = report_store_state(window)
    assert box is not None and "damaged" in box.text() and "wrong type" in box.text()
    assert window.store.highlights(T.id) == []
    window.store.close()


def test_a_folder_named_annotations_db_is_set_aside(folder: Path, capsys) -> None:
    (folder / DB_NAME).mkdir(parents=True)
    (folder / DB_NAME / "inside.txt").write_text("keep me", encoding="utf-8")
    status, _lines, err = export_csv(folder, capsys)
    assert status == 1 and "it is a folder, not a file" in err
    (aside,) = set_aside(folder)
    assert (aside / "inside.txt").read_text(encoding="utf-8") == "keep me"
    with AnnotationStore.open(folder) as store:
        assert store.writable and store.recovered is None


def test_a_newer_file_that_cannot_be_read_is_an_error(folder: Path, capsys) -> None:
    db = with_highlights(folder)
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE highlights RENAME TO highlights_v9")
        conn.execute("PRAGMA user_version = 9")
    conn.close()
    before = db.read_bytes()
    status, lines, err = export_csv(folder, capsys)
    assert status == 1 and lines == []
    assert "made by a newer version" in err and "cannot be read" in err
    assert db.read_bytes() == before


def test_a_newer_file_that_can_be_read_still_exports(folder: Path, capsys) -> None:
    db = with_highlights(folder, 3)
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE highlights ADD COLUMN shade TEXT")
        conn.execute("PRAGMA user_version = 9")
    conn.close()
    status, lines, _err = export_csv(folder, capsys)
    assert status == 0 and len(lines) == 4


# -- backups ---------------------------------------------------------------------------------------


def test_stray_files_in_backups_are_ignored(folder: Path) -> None:
    fill_store(folder, 2)
    backups = backup_folder(folder)
    backups.mkdir()
    for name in ("annotations-20261399-250000.db", "annotations-00000000-000000.db", "notes.txt",
                 "annotations-20260101-120000-x.db"):  # fmt: skip
        (backups / name).write_bytes(b"not a backup")
    (backups / "annotations-20260101-120000.db").mkdir()  # a folder with a backup's name
    for _ in range(2):  # the same at every start
        with AnnotationStore.open(folder) as store:
            assert store.backups() == []
            made = store.backup_if_due()
            assert made is not None and store.backups() == [made]
        shutil.rmtree(backups / made.name, ignore_errors=True)
        made.unlink()


# -- fuzzing the rows --------------------------------------------------------------------------

ROW_VALUES = st.one_of(
    st.none(), st.integers(min_value=-(2**63), max_value=2**63 - 1), st.floats(allow_nan=True),
    st.text(max_size=6), st.binary(max_size=6), st.sampled_from(["yellow", "2026-01-01T00:00:00.000Z", ""]),
)  # fmt: skip
COLUMNS = [(table, column) for table, columns in schema.TABLES.items() for column in columns]


@pytest.fixture(scope="module")
def base_db(tmp_path_factory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("rows") / "data"
    fill_store(folder)
    with AnnotationStore.open(folder) as store:
        store.rename_color(Color.BLUE, "重要")
    yield folder / DB_NAME


def test_fuzzed_rows_give_only_reader_errors(base_db: Path) -> None:
    @settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.tuples(st.sampled_from(COLUMNS), ROW_VALUES), min_size=1, max_size=3))
    def check(changes: list[tuple[tuple[str, str], Any]]) -> None:
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch) / "data"
            folder.mkdir()
            db = folder / DB_NAME
            shutil.copy(base_db, db)
            conn = sqlite3.connect(db)
            for (table, column), value in changes:
                # A constraint may refuse the value: the file then stays consistent, which is fine.
                with contextlib.suppress(sqlite3.IntegrityError):
                    conn.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = 1", (value,))
            conn.commit()
            conn.close()
            for fmt in ("csv", "w3c", "markdown"):
                argv = ["export", "--format", fmt, "--data-dir", str(folder), "-o", f"{scratch}/o"]
                assert run_command(argv) in (0, 1)
            with AnnotationStore.open(folder) as store:  # whatever happened, opening again is calm
                store.highlights(T.id)
                store.question_notes(T.id)
                store.color_labels()

    check()
