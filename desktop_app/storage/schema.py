"""The annotations database schema, written as its history: one migration per version.

``PRAGMA user_version`` holds the version a file is at. Each migration runs in its own
``BEGIN IMMEDIATE`` transaction together with the bump of ``user_version``, so a file is always at
exactly one version, and two processes opening the same old file migrate it once. Never edit a
migration that has shipped: add a new one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema's history: the statements that take version ``version - 1`` to it."""

    version: int
    summary: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "highlights: one row per highlighted passage, with its note; deletion is a tombstone",
        (
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
        ),
    ),
    Migration(
        2,
        "question notes; highlights that span paragraphs share a group id",
        (
            """CREATE TABLE question_notes (
                id            TEXT PRIMARY KEY NOT NULL,
                transcript_id TEXT NOT NULL,
                question_id   TEXT NOT NULL,
                note          TEXT NOT NULL,
                created       TEXT NOT NULL,
                updated       TEXT NOT NULL,
                deleted       TEXT
            )""",
            # One live note per question; tombstones may pile up beside it.
            """CREATE UNIQUE INDEX question_notes_live
                ON question_notes (transcript_id, question_id) WHERE deleted IS NULL""",
            "ALTER TABLE highlights ADD COLUMN group_id TEXT NOT NULL DEFAULT ''",
            # Every highlight made before groups existed is a group of its own.
            "UPDATE highlights SET group_id = id WHERE group_id = ''",
            "CREATE INDEX highlights_by_group ON highlights (group_id)",
        ),
    ),
    Migration(
        3,
        "colour labels the user renamed",
        (
            """CREATE TABLE color_labels (
                color   TEXT PRIMARY KEY NOT NULL,
                label   TEXT NOT NULL,
                updated TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        4,
        "a codebook shared by every interview (the five colours become its first codes), any number of "
        "codes per highlight, and the library of interviews",
        (
            """CREATE TABLE codes (
                id          TEXT PRIMARY KEY NOT NULL,
                name        TEXT NOT NULL,
                color       TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                parent      TEXT NOT NULL DEFAULT '',
                position    INTEGER NOT NULL DEFAULT 0,
                created     TEXT NOT NULL,
                updated     TEXT NOT NULL,
                deleted     TEXT
            )""",
            """CREATE TABLE highlight_codes (
                highlight_id TEXT NOT NULL,
                code_id      TEXT NOT NULL,
                created      TEXT NOT NULL,
                PRIMARY KEY (highlight_id, code_id)
            )""",
            "CREATE INDEX highlight_codes_by_code ON highlight_codes (code_id)",
            # The colours as the first codes, named as the user renamed them (the default label otherwise).
            """INSERT INTO codes VALUES ('41d8bb5f-747e-57ef-bfb9-eaf1bc7cb2ec',
                coalesce((SELECT label FROM color_labels WHERE color = 'yellow'), '重点'),
                '#ffe36e', 'Key point', '', 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL)""",
            """INSERT INTO codes VALUES ('8fa6c71d-d43f-5b22-9131-4a4dba67d1a5',
                coalesce((SELECT label FROM color_labels WHERE color = 'green'), '观点'),
                '#a8e6a1', 'Opinion', '', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL)""",
            """INSERT INTO codes VALUES ('6a0cfe75-545e-5cf5-9b23-8358a6a1d6f9',
                coalesce((SELECT label FROM color_labels WHERE color = 'blue'), '疑问'),
                '#a9d3ff', 'Question', '', 2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL)""",
            """INSERT INTO codes VALUES ('24c60cbf-e656-5d8d-80c5-db8f92c3e9ff',
                coalesce((SELECT label FROM color_labels WHERE color = 'pink'), '金句'),
                '#ffb8d2', 'Quotable', '', 3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL)""",
            """INSERT INTO codes VALUES ('d822b195-e792-5172-a295-c1b5585dea05',
                coalesce((SELECT label FROM color_labels WHERE color = 'orange'), '待查'),
                '#ffc98a', 'To check', '', 4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL)""",
            # Every highlight keeps its meaning: it carries its colour's code.
            """INSERT INTO highlight_codes (highlight_id, code_id, created)
                SELECT id, CASE color
                    WHEN 'yellow' THEN '41d8bb5f-747e-57ef-bfb9-eaf1bc7cb2ec'
                    WHEN 'green' THEN '8fa6c71d-d43f-5b22-9131-4a4dba67d1a5'
                    WHEN 'blue' THEN '6a0cfe75-545e-5cf5-9b23-8358a6a1d6f9'
                    WHEN 'pink' THEN '24c60cbf-e656-5d8d-80c5-db8f92c3e9ff'
                    WHEN 'orange' THEN 'd822b195-e792-5172-a295-c1b5585dea05'
                    ELSE '41d8bb5f-747e-57ef-bfb9-eaf1bc7cb2ec' END, created
                FROM highlights""",
            """CREATE TABLE library (
                id           TEXT PRIMARY KEY NOT NULL,
                title        TEXT NOT NULL,
                source       TEXT NOT NULL DEFAULT '',
                date         TEXT NOT NULL DEFAULT '',
                speakers     TEXT NOT NULL DEFAULT '[]',
                path         TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                added        TEXT NOT NULL,
                last_read    TEXT,
                missing      INTEGER NOT NULL DEFAULT 0
            )""",
        ),
    ),
    Migration(
        5,
        "each highlight's mark of the parse its stored offsets were found to hold its quote in",
        (
            # Empty, or ``transcript_cache.placed_mark``: the transcript's text and the parsing code with
            # which paragraph_id, start and end held the quote (and question_id was the paragraph's).
            # Whatever writes where a highlight is (an import's upsert) writes it empty: the new offsets
            # are checked against the text once before they are trusted.
            "ALTER TABLE highlights ADD COLUMN placed_in TEXT NOT NULL DEFAULT ''",
        ),
    ),
    Migration(
        6,
        "the highlights of a few paragraphs found without reading the interview's others",
        (
            # The first paint reads the highlights of the paragraphs on screen (``highlight_briefs`` with
            # paragraph ids): with 10,000 in the interview, by highlights_by_transcript that visited all
            # 10,000 rows (5-7 ms); by this index, the screen's own.
            "CREATE INDEX highlights_by_paragraph ON highlights (transcript_id, paragraph_id)",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version

# The columns of each table at LATEST_VERSION, in the order the store reads and writes them.
HIGHLIGHT_COLUMNS: tuple[str, ...] = (
    "id", "transcript_id", "content_hash", "paragraph_id", "start", "end", "exact", "prefix", "suffix",
    "question_id", "speaker", "color", "note", "group_id", "created", "updated", "deleted",
)  # fmt: skip
QUESTION_NOTE_COLUMNS: tuple[str, ...] = (
    "id", "transcript_id", "question_id", "note", "created", "updated", "deleted",
)  # fmt: skip
COLOR_LABEL_COLUMNS: tuple[str, ...] = ("color", "label", "updated")
CODE_COLUMNS: tuple[str, ...] = (
    "id", "name", "color", "description", "parent", "position", "created", "updated", "deleted",
)  # fmt: skip
HIGHLIGHT_CODE_COLUMNS: tuple[str, ...] = ("highlight_id", "code_id", "created")
LIBRARY_COLUMNS: tuple[str, ...] = (
    "id", "title", "source", "date", "speakers", "path", "content_hash", "added", "last_read", "missing",
)  # fmt: skip

TABLES: dict[str, tuple[str, ...]] = {
    "highlights": HIGHLIGHT_COLUMNS,
    "question_notes": QUESTION_NOTE_COLUMNS,
    "color_labels": COLOR_LABEL_COLUMNS,
    "codes": CODE_COLUMNS,
    "highlight_codes": HIGHLIGHT_CODE_COLUMNS,
    "library": LIBRARY_COLUMNS,
}


def quoted(column: str) -> str:
    """A column name quoted for SQL.

    Brackets, not double quotes: SQLite reads a double-quoted name that matches no column as a
    string literal, which would silently turn a missing column into text.
    """
    return f"[{column}]"


def column_list(table: str) -> str:
    """The table's columns, quoted, comma-separated, for SQL."""
    return ", ".join(quoted(name) for name in TABLES[table])


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version the open file is at (0 for a new, empty file)."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Bring the file up to ``target``, one transaction per step; returns the version reached.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Raises ValueError for a file
    made by a newer version; a failing step rolls back and leaves the file at the previous version.
    """
    if not 0 <= target <= LATEST_VERSION:
        raise ValueError(f"no schema version {target}; the latest is {LATEST_VERSION}")
    version = user_version(conn)
    if version > LATEST_VERSION:
        raise ValueError(f"schema version {version} is newer than this app's {LATEST_VERSION}")
    while version < target:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while this one waited for the lock.
            version = user_version(conn)
            if version < target:
                for statement in MIGRATIONS[version].statements:
                    conn.execute(statement)
                version += 1
                conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return version


def _table_shapes(conn: sqlite3.Connection) -> dict[str, set[tuple[str, str, int, int]]]:
    """Each table's columns as ``(name, declared type, not null, primary key)``."""
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {
        table: {(str(c[1]), str(c[2]).upper(), int(c[3]), int(c[5])) for c in
                conn.execute(f"PRAGMA table_info({quoted(table)})")}
        for table in tables if not table.startswith("sqlite_")
    }  # fmt: skip


_EXPECTED: dict[int, dict[str, set[tuple[str, str, int, int]]]] = {}


def expected_shapes(version: int) -> dict[str, set[tuple[str, str, int, int]]]:
    """The tables a file at ``version`` must hold, as the migrations build them (worked out once)."""
    if version not in _EXPECTED:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            migrate(conn, version)
            _EXPECTED[version] = _table_shapes(conn)
        finally:
            conn.close()
    return _EXPECTED[version]


def schema_problem(conn: sqlite3.Connection, version: int) -> str | None:
    """Why the file's tables are not those of ``version`` (a known one); None when they are.

    A file whose ``user_version`` claims a version but whose tables were dropped, renamed or
    changed would fail at the first query; this says so at start-up instead. Extra tables are fine.
    """
    if not 0 <= version <= LATEST_VERSION:
        return f"it claims schema version {version}, which no version of Interview Reader wrote"
    found = _table_shapes(conn)
    for table, columns in expected_shapes(version).items():
        if table not in found:
            return f"its table {table} is missing"
        if found[table] != columns:
            missing = sorted(name for name, *_ in columns - found[table])
            what = f"{', '.join(missing)} missing or changed" if missing else "columns changed"
            return f"its table {table} does not have the expected columns ({what})"
    return None


def type_check(table: str, columns: set[tuple[str, str, int, int]]) -> str:
    """SQL counting the rows of ``table`` whose values are not of their column's declared type."""
    wrong = []
    for name, declared, notnull, _pk in sorted(columns):
        kinds = "'integer'" if declared == "INTEGER" else "'text'"
        allowed = kinds if notnull else f"{kinds}, 'null'"
        wrong.append(f"typeof({quoted(name)}) NOT IN ({allowed})")
    return f"SELECT rowid FROM {quoted(table)} WHERE {' OR '.join(wrong)} LIMIT 1"


def row_problem(conn: sqlite3.Connection, version: int) -> str | None:
    """Why some row holds a value of the wrong type (a BLOB where text belongs); None when none does.

    Call after ``schema_problem`` found nothing: the columns are then exactly those of ``version``.
    """
    for table, columns in expected_shapes(version).items():
        row = conn.execute(type_check(table, columns)).fetchone()
        if row is not None:
            return f"row {row[0]} of its table {table} holds a value of the wrong type"
    return None
