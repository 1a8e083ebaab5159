"""A file from every earlier version opens, migrates to the latest schema, and keeps its rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from storage_support import FakeClock, MakePassage

from desktop_app.domain.annotations import Color
from desktop_app.domain.codes import COLOR_CODE_IDS
from desktop_app.storage import DB_NAME, LATEST_VERSION, AnnotationStore
from desktop_app.storage.schema import MIGRATIONS, migrate, user_version

# The schemas as versions 1 and 2 of the app wrote them, frozen here on purpose: if someone edits a
# migration that has shipped, the files out there no longer match the code, and these tests say so.
SHIPPED_V1 = [
    """CREATE TABLE highlights (
                id            TEXT PRIMARY KEY NOT NULL,
                transcript_id TEXT NOT NULL,
                content_hash  TEXT NOT NULL,
                paragraph_id  TEXT NOT NULL,
                start         INTEGER NOT NULL CHECK (start >= 0),
                "end"         INTEGER NOT NULL CHECK ("end" >= start),
                exact         TEXT NOT NULL,
                prefix        TEXT NOT NULL DEFAULT '',
                suffix        TEXT NOT NULL DEFAULT '',
                question_id   TEXT NOT NULL DEFAULT '',
                speaker       TEXT NOT NULL DEFAULT '',
                color         TEXT NOT NULL,
                note          TEXT NOT NULL DEFAULT '',
                created       TEXT NOT NULL,
                updated       TEXT NOT NULL,
                deleted       TEXT
            )""",
    "CREATE INDEX highlights_by_transcript ON highlights (transcript_id, created)",
]
SHIPPED_V2 = [
    """CREATE TABLE question_notes (
                id            TEXT PRIMARY KEY NOT NULL,
                transcript_id TEXT NOT NULL,
                question_id   TEXT NOT NULL,
                note          TEXT NOT NULL,
                created       TEXT NOT NULL,
                updated       TEXT NOT NULL,
                deleted       TEXT
            )""",
    """CREATE UNIQUE INDEX question_notes_live
                ON question_notes (transcript_id, question_id) WHERE deleted IS NULL""",
    "ALTER TABLE highlights ADD COLUMN group_id TEXT NOT NULL DEFAULT ''",
    "UPDATE highlights SET group_id = id WHERE group_id = ''",
    "CREATE INDEX highlights_by_group ON highlights (group_id)",
]

SHIPPED_V3 = [
    """CREATE TABLE color_labels (
                color   TEXT PRIMARY KEY NOT NULL,
                label   TEXT NOT NULL,
                updated TEXT NOT NULL
            )""",
]

V1_ROWS = [
    # id, transcript, hash, paragraph, start, end, exact, prefix, suffix, question, speaker, color, note,
    # created, updated, deleted
    ("h-1", "sora", "sha:1", "q1-p1", 0, 4, "开门见山", "", "地说", "q1", "李明", "yellow", "<b>旧</b>",
     "2026-10-01T08:00:00.000Z", "2026-10-02T08:00:00.000Z", None),
    ("h-2", "sora", "sha:1", "p-0", 3, 5, "序言", "这是", "部分", "", "", "pink", "",
     "2026-10-03T08:00:00.000Z", "2026-10-03T08:00:00.000Z", None),
    ("h-3", "sora", "sha:1", "q2-p1", 0, 2, "删了", "", "", "q2", "王芳", "blue", "",
     "2026-10-04T08:00:00.000Z", "2026-11-20T08:00:00.000Z", "2026-11-20T08:00:00.000Z"),
    ("h-4", "sora", "sha:1", "q2-p2", 0, 2, "早删", "", "", "q2", "王芳", "green", "",
     "2026-09-01T08:00:00.000Z", "2026-09-02T08:00:00.000Z", "2026-09-02T08:00:00.000Z"),
]  # fmt: skip


def build(db: Path, steps: list[list[str]]) -> sqlite3.Connection:
    """A WAL file holding the given schema steps, as that version of the app would have left it."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    for statements in steps:
        for statement in statements:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {len(steps)}")
    return conn


def build_v1(db: Path) -> None:
    conn = build(db, [SHIPPED_V1])
    conn.executemany(f"INSERT INTO highlights VALUES ({', '.join('?' * 16)})", V1_ROWS)
    conn.close()


def build_v2(db: Path) -> None:
    conn = build(db, [SHIPPED_V1, SHIPPED_V2])
    conn.executemany(
        f"INSERT INTO highlights VALUES ({', '.join('?' * 17)})",
        [(*row, "g-1" if row[0] in ("h-1", "h-2") else row[0]) for row in V1_ROWS],
    )
    conn.executemany(
        "INSERT INTO question_notes VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            ("n-1", "sora", "q1", "# 问题一\n\n*很好*", "2026-10-05T08:00:00.000Z",
             "2026-10-05T08:00:00.000Z", None),
            ("n-0", "sora", "q1", "旧版", "2026-10-01T08:00:00.000Z", "2026-10-02T08:00:00.000Z",
             "2026-11-10T08:00:00.000Z"),
        ],
    )  # fmt: skip
    conn.close()


def schema_of(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
    return [(name, " ".join(sql.split())) for name, sql in rows]


def test_versions_are_numbered_one_step_at_a_time() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert LATEST_VERSION == len(MIGRATIONS) >= 3
    assert all(m.summary and m.statements for m in MIGRATIONS)


@pytest.mark.parametrize("version", [1, 2, 3])
def test_the_migrations_still_build_the_schemas_that_shipped(tmp_path: Path, version: int) -> None:
    shipped = build(tmp_path / "shipped.db", [SHIPPED_V1, SHIPPED_V2, SHIPPED_V3][:version])
    fresh = sqlite3.connect(tmp_path / "fresh.db", isolation_level=None)
    try:
        assert migrate(fresh, target=version) == version
        assert user_version(fresh) == version
        assert schema_of(fresh) == schema_of(shipped)
    finally:
        shipped.close()
        fresh.close()


def test_a_version_1_file_migrates_and_keeps_its_highlights(
    data_dir: Path, clock: FakeClock, passage: MakePassage
) -> None:
    data_dir.mkdir()
    build_v1(data_dir / DB_NAME)

    with AnnotationStore.open(data_dir, clock=clock) as store:
        assert store.writable and store.recovered is None
        live = store.highlights("sora")
        assert [h.id for h in live] == ["h-1", "h-2"]
        first = live[0]
        assert (first.anchor.exact, first.anchor.suffix, first.speaker, first.color) == (
            "开门见山", "地说", "李明", Color.YELLOW,
        )  # fmt: skip
        assert (first.note, first.created, first.updated) == (
            "<b>旧</b>", "2026-10-01T08:00:00.000Z", "2026-10-02T08:00:00.000Z",
        )  # fmt: skip
        assert [h.group_id for h in live] == ["h-1", "h-2"]  # each old highlight is a group of its own
        # The recent tombstone survives (undo, sync); the one older than 30 days was purged.
        assert [h.id for h in store.highlights("sora", include_deleted=True)] == ["h-1", "h-2", "h-3"]

        # What versions 2 and 3 added works on the migrated file.
        store.set_question_note("sora", "q1", "新笔记")
        store.rename_color(Color.GREEN, "论点")
        group = store.add_highlights("sora", "sha:2", [passage("a"), passage("b")], Color.BLUE)
        store.update_highlight("h-1", color=Color.PINK)
        store.delete(["h-2"])

    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        assert user_version(conn) == LATEST_VERSION
    finally:
        conn.close()
    with AnnotationStore.open(data_dir, clock=clock) as again:
        assert [h.id for h in again.highlights("sora")] == ["h-1"] + [h.id for h in group]
        assert again.get("h-1").color is Color.PINK  # type: ignore[union-attr]
        assert again.question_note("sora", "q1").note == "新笔记"  # type: ignore[union-attr]
        assert again.color_labels() == {Color.GREEN: "论点"}


def test_a_version_2_file_migrates_and_keeps_highlights_groups_and_notes(
    data_dir: Path, clock: FakeClock
) -> None:
    data_dir.mkdir()
    build_v2(data_dir / DB_NAME)

    with AnnotationStore.open(data_dir, clock=clock) as store:
        assert store.writable
        live = store.highlights("sora")
        assert [(h.id, h.group_id) for h in live] == [("h-1", "g-1"), ("h-2", "g-1")]
        assert live[0].note == "<b>旧</b>"
        notes = store.question_notes("sora", include_deleted=True)
        assert [(n.id, n.note, n.deleted) for n in notes] == [
            ("n-0", "旧版", "2026-11-10T08:00:00.000Z"),
            ("n-1", "# 问题一\n\n*很好*", None),
        ]
        assert store.color_labels() == {}
        store.rename_color(Color.ORANGE, "查证")
        updated = store.set_question_note("sora", "q1", "改过")
        assert updated is not None and updated.id == "n-1"
        store.update_highlight("h-2", note="一组")  # the group from version 2 still moves together
        assert [h.note for h in store.highlights("sora")] == ["一组", "一组"]

    with AnnotationStore.open(data_dir, clock=clock) as again:
        assert again.color_labels() == {Color.ORANGE: "查证"}


def test_a_failing_step_rolls_back_and_leaves_the_file_at_its_version(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    conn = build(db, [SHIPPED_V1, SHIPPED_V2])
    conn.execute("CREATE TABLE color_labels (something_else TEXT)")  # makes step 3 fail
    try:
        with pytest.raises(sqlite3.OperationalError):
            migrate(conn)
        assert not conn.in_transaction
        assert user_version(conn) == 2
        columns = [row[1] for row in conn.execute("PRAGMA table_info(color_labels)")]
        assert columns == ["something_else"]
    finally:
        conn.close()


def test_a_failing_step_rolls_back_every_statement_of_that_step(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    conn = build(db, [SHIPPED_V1])
    conn.execute("CREATE INDEX highlights_by_group ON highlights (id)")  # the last statement of step 2 fails
    try:
        with pytest.raises(sqlite3.OperationalError):
            migrate(conn)
        assert user_version(conn) == 1
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == {"highlights"}  # question_notes, made earlier in the step, is gone again
        assert "group_id" not in [row[1] for row in conn.execute("PRAGMA table_info(highlights)")]
    finally:
        conn.close()


def test_migrating_twice_changes_nothing_and_newer_files_are_refused(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    try:
        assert migrate(conn) == LATEST_VERSION
        before = schema_of(conn)
        assert migrate(conn) == LATEST_VERSION
        assert schema_of(conn) == before
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        with pytest.raises(ValueError, match="newer"):
            migrate(conn)
        with pytest.raises(ValueError):
            migrate(conn, target=LATEST_VERSION + 1)
    finally:
        conn.close()


def test_a_version_3_file_turns_its_colours_into_codes_named_as_the_user_renamed_them(
    data_dir: Path, clock: FakeClock
) -> None:
    data_dir.mkdir()
    conn = build(data_dir / DB_NAME, [SHIPPED_V1, SHIPPED_V2, SHIPPED_V3])
    conn.executemany(
        f"INSERT INTO highlights VALUES ({', '.join('?' * 17)})", [(*row, row[0]) for row in V1_ROWS]
    )
    conn.executemany(
        "INSERT INTO color_labels VALUES (?, ?, ?)",
        [("green", "论点", "2026-10-01T08:00:00.000Z"), ("orange", "回头查", "2026-10-01T08:00:00.000Z")],
    )
    conn.close()

    with AnnotationStore.open(data_dir, clock=clock) as store:
        codes = store.codes()
        assert [(c.id, c.name, c.color, c.parent) for c in codes] == [
            (COLOR_CODE_IDS[Color.YELLOW], "重点", "#ffe36e", ""),
            (COLOR_CODE_IDS[Color.GREEN], "论点", "#a8e6a1", ""),
            (COLOR_CODE_IDS[Color.BLUE], "疑问", "#a9d3ff", ""),
            (COLOR_CODE_IDS[Color.PINK], "金句", "#ffb8d2", ""),
            (COLOR_CODE_IDS[Color.ORANGE], "回头查", "#ffc98a", ""),
        ]
        # Every highlight, the deleted one kept for undo included, carries its colour's code.
        everything = [h.id for h in store.highlights("sora", include_deleted=True)]
        assert store.codes_of(everything) == {
            "h-1": (COLOR_CODE_IDS[Color.YELLOW],),
            "h-2": (COLOR_CODE_IDS[Color.PINK],),
            "h-3": (COLOR_CODE_IDS[Color.BLUE],),
        }
        assert store.color_labels() == {Color.GREEN: "论点", Color.ORANGE: "回头查"}  # kept as they were
        assert store.library() == []
        assert [c.quote for c in store.codings("sora")] == ["开门见山", "序言"]
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        assert user_version(conn) == LATEST_VERSION == 6
    finally:
        conn.close()
