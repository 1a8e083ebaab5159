"""The trigram index behind search: an FTS5 table over folded paragraph texts, kept in a cache file.

Row ``i + 1`` holds the folded text of the transcript's paragraph ``i`` (reading order). The table is
contentless (``content=''``): the texts themselves stay in memory with the caller, the file holds only
the trigram index (about 1.4× the UTF-8 size of a large text). A ``search_meta`` table holds the key the
index was built for (format, transcript content hash, a fingerprint of the folded texts); an index whose
key matches is reused as it is, otherwise it is rebuilt.

Nothing here raises because of the cache: a file that cannot be opened, read or written, or that holds
something other than this index (never modified), gives way to an in-memory index, and when even that
fails (an SQLite without FTS5, texts SQLite cannot store such as lone surrogates), to no index at all;
searches then scan the texts instead.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

FORMAT = "interview-reader-search/1"
_META = "search_meta"
_FTS = "search_fts"
# Contentless, no column sizes (no ranking is done): the smallest table that answers phrase queries.
_CREATE_FTS = (
    f"CREATE VIRTUAL TABLE {_FTS} USING fts5(text, tokenize='trigram case_sensitive 1', "
    "content='', columnsize=0)"
)


class _NotOurs(Exception):
    """The cache file holds another database: leave it alone."""


@dataclass(frozen=True, slots=True)
class Built:
    """An index built by ``build_apart`` in another thread, for ``TrigramIndex.adopt`` to open.

    ``path`` is the cache file holding it, or None with ``image`` the serialized in-memory database.
    """

    path: Path | None
    image: bytes | None
    rebuilt: bool


def build_apart(
    cache_path: Path | None, key: Mapping[str, str], texts: Callable[[], Iterable[str]]
) -> Built | None:
    """Open or build the index as ``TrigramIndex.open`` does, on a connection of this thread only.

    The connection is closed before returning (SQLite connections stay in the thread that made them);
    None when no index could be made. Exceptions raised by ``texts`` (a cancel) pass through.
    """
    index = TrigramIndex.open(cache_path, key, texts)
    try:
        if index._db is None:
            return None
        if index.path is not None:
            return Built(index.path, None, index.rebuilt)
        return Built(None, index._db.serialize(), True)
    except sqlite3.Error:
        return None
    finally:
        index.close()


class TrigramIndex:
    """An open FTS5 trigram index (or none), and how it was obtained."""

    def __init__(
        self, db: sqlite3.Connection | None, rebuilt: bool, path: Path | None, key: Mapping[str, str]
    ) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._key = dict(key)
        self._version = _data_version(db) if db is not None and path is not None else 0
        self.rebuilt = rebuilt
        self.path = path

    @classmethod
    def none(cls, key: Mapping[str, str] | None = None) -> TrigramIndex:
        """No index (yet): every query scans."""
        return cls(None, True, None, key or {})

    @classmethod
    def adopt(cls, built: Built, key: Mapping[str, str]) -> TrigramIndex:
        """Open, in this thread, the index ``build_apart`` made (none if it has gone since)."""
        db = None
        try:
            if built.path is not None:
                db = _connect(str(built.path))
                if _stored_key(db) == dict(key):
                    return cls(db, built.rebuilt, built.path, key)
                db.close()  # rebuilt for other content meanwhile: scan rather than wait again
                return cls.none(key)
            db = _connect(":memory:")
            db.deserialize(built.image or b"")
            return cls(db, True, None, key)
        except (sqlite3.Error, OSError, _NotOurs):
            if db is not None:
                db.close()
            return cls.none(key)

    @classmethod
    def open(
        cls, cache_path: Path | None, key: Mapping[str, str], texts: Callable[[], Iterable[str]]
    ) -> TrigramIndex:
        """Reuse the index in ``cache_path`` when built for ``key``; else build one over ``texts()``.

        ``cache_path`` None builds in memory. ``texts`` is called once per build attempt.
        """
        if cache_path is not None:
            db = None
            try:
                cache_path.parent.mkdir(parents=True, exist_ok=True)
                db = _connect(str(cache_path))
                if _stored_key(db) == dict(key):
                    return cls(db, False, cache_path, key)
                _build(db, key, texts())
                return cls(db, True, cache_path, key)
            except (sqlite3.Error, OSError, ValueError, _NotOurs):
                if db is not None:
                    db.close()
            except BaseException:  # a cancel from texts(): let go of the file, pass it on
                if db is not None:
                    db.close()
                raise
        db = None
        try:
            db = _connect(":memory:")
            _build(db, key, texts())
            return cls(db, True, None, key)
        except (sqlite3.Error, ValueError):
            if db is not None:
                db.close()
            return cls(None, True, None, key)
        except BaseException:
            if db is not None:
                db.close()
            raise

    def rows(self, folded_query: str, limit: int) -> list[int] | None:
        """Paragraph numbers (0-based, ascending) whose folded text may hold ``folded_query``.

        None when the query has more than ``limit`` rows or the index cannot answer: scan instead.
        The query must have 3 or more characters (trigrams); it is matched as one literal phrase.
        """
        phrase = '"' + folded_query.replace('"', '""') + '"'
        sql = f"SELECT rowid FROM {_FTS} WHERE {_FTS} MATCH ? ORDER BY rowid LIMIT ?"
        with self._lock:
            if self._db is None:
                return None
            try:
                if not self._still_ours(self._db):
                    raise _NotOurs
                found = self._db.execute(sql, (phrase, limit + 1)).fetchall()
            except ValueError:
                return None  # a lone surrogate, which SQLite cannot take: scan for this query
            except (sqlite3.Error, _NotOurs):
                # The file was damaged, or rebuilt for other content by another index: stop asking it.
                self._db.close()
                self._db = None
                return None
        if len(found) > limit:
            return None
        return [rowid - 1 for (rowid,) in found]

    def _still_ours(self, db: sqlite3.Connection) -> bool:
        """False when another connection has since rebuilt the cache file for another key."""
        if self.path is None:
            return True
        version = _data_version(db)
        if version != self._version:
            self._version = version
            return _stored_key(db) == self._key
        return True

    def size(self) -> int:
        """Bytes the index takes (database pages), 0 without an index."""
        with self._lock:
            if self._db is None:
                return 0
            try:
                pages = self._db.execute("PRAGMA page_count").fetchone()[0]
                page_size = self._db.execute("PRAGMA page_size").fetchone()[0]
            except sqlite3.Error:
                return 0
        return int(pages) * int(page_size)

    def close(self) -> None:
        """Close the database; later queries find nothing here and scan."""
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def _connect(target: str) -> sqlite3.Connection:
    # Autocommit: transactions are explicit. Any thread may query; TrigramIndex serialises the calls.
    return sqlite3.connect(target, timeout=1.0, isolation_level=None, check_same_thread=False)


def _data_version(db: sqlite3.Connection) -> int:
    """A number that changes whenever another connection commits a change to the database."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def _stored_key(db: sqlite3.Connection) -> dict[str, str] | None:
    """The key of the index in ``db``; None for an empty database; _NotOurs for a foreign one."""
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
    if not tables:
        return None
    if _META not in tables:
        raise _NotOurs
    stored = {str(k): str(v) for k, v in db.execute(f"SELECT key, value FROM {_META}")}
    if not stored.get("format", "").startswith(FORMAT.split("/")[0] + "/"):
        raise _NotOurs
    return stored


def _build(db: sqlite3.Connection, key: Mapping[str, str], texts: Iterable[str]) -> None:
    """Replace whatever index ``db`` holds by one over ``texts``, in one transaction."""
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute(f"DROP TABLE IF EXISTS {_META}")
        db.execute(f"DROP TABLE IF EXISTS {_FTS}")
        db.execute(f"CREATE TABLE {_META}(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute(_CREATE_FTS)
        db.executemany(f"INSERT INTO {_FTS}(rowid, text) VALUES (?, ?)", enumerate(texts, 1))
        db.execute(f"INSERT INTO {_FTS}({_FTS}) VALUES ('optimize')")
        # One transaction: a build cut short (a crash, a full disk) leaves the file as it was.
        db.executemany(f"INSERT INTO {_META}(key, value) VALUES (?, ?)", sorted(key.items()))
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
