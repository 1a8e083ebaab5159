"""The trigram index behind search: an FTS5 table over folded paragraph texts, kept in a cache file.

Row ``i + 1`` holds the folded text of the transcript's paragraph ``i`` (reading order). A paragraph longer
than ``PIECE_CHARS + SEAM_CHARS`` is kept as pieces instead, each in a row of its own (``piece_rowid``):
piece ``k`` holds the characters from ``k * PIECE_CHARS`` on, ``SEAM_CHARS`` more than the piece's share,
so a query of up to ``SEAM_CHARS + 1`` characters lies whole in the piece where it starts, and a longer
one's first ``SEAM_CHARS + 1`` characters do (the seam is asked for those). One 50 MB row held the
interpreter lock a quarter of a second while the sqlite3 module encoded it; a piece is 64K characters.
The index only says which paragraphs may hold a query; the caller finds the occurrences in the texts, so
the hits, their offsets and their order are the same either way.

The table is contentless (``content=''``): the texts themselves stay in memory with the caller, the file
holds only the trigram index (about 1.4× the UTF-8 size of a large text). A ``search_meta`` table holds
the key the index was built for (format, transcript content hash, a fingerprint of the folded texts); an
index whose key matches is reused as it is, otherwise it is rebuilt.

Nothing here raises because of the cache: a file that cannot be opened, read or written, or that holds
something other than this index (never modified), gives way to an in-memory index, and when even that
fails (an SQLite without FTS5, texts SQLite cannot store such as lone surrogates), to no index at all;
searches then scan the texts instead.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

FORMAT = "interview-reader-search/2"  # /2: long paragraphs in pieces
_META = "search_meta"
_FTS = "search_fts"
PIECE_CHARS = 1 << 16
SEAM_CHARS = 255
# Pieces' rows come after every paragraph's own row (rowid order is reading order within each kind).
PIECES_FROM = 1 << 62
_PIECE_BITS = 24  # up to 16 million pieces a paragraph: a trillion characters, far past parser.MAX_BYTES
# Contentless, no column sizes (no ranking is done): the smallest table that answers phrase queries.
_CREATE_FTS = (
    f"CREATE VIRTUAL TABLE {_FTS} USING fts5(text, tokenize='trigram case_sensitive 1', "
    "content='', columnsize=0)"
)


# A paragraph's folded text as ``source[start:end]``: a long paragraph is read a piece at a time from the
# caller's text, never copied whole (a 50 MB slice held the interpreter lock ~45 ms).
Span = tuple[str, int, int]
_SELECT_FROM_ROWID = f"SELECT rowid FROM {_FTS} WHERE {_FTS} MATCH ? AND rowid >= ? ORDER BY rowid LIMIT ?"


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
    cache_path: Path | None, key: Mapping[str, str], texts: Callable[[], Iterable[Span]]
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
        cls, cache_path: Path | None, key: Mapping[str, str], texts: Callable[[], Iterable[Span]]
    ) -> TrigramIndex:
        """Reuse the index in ``cache_path`` when built for ``key``; else build one over ``texts()``.

        ``texts()`` gives each paragraph's folded text as a ``Span``, in reading order. ``cache_path``
        None builds in memory. ``texts`` is called once per build attempt.
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

        None when the query is in more than ``limit`` paragraphs or the index cannot answer: scan instead.
        The query must have 3 or more characters (trigrams); it is matched as one literal phrase.
        """
        seam = folded_query[: SEAM_CHARS + 1]
        with self._lock:
            if self._db is None:
                return None
            try:
                if not self._still_ours(self._db):
                    raise _NotOurs
                found = _matching(self._db, folded_query, limit)
                if found is not None and seam != folded_query:
                    # Longer than a seam: the piece where an occurrence starts holds its beginning.
                    found = _merged(found, _matching(self._db, seam, limit, PIECES_FROM), limit)
            except ValueError:
                return None  # a lone surrogate, which SQLite cannot take: scan for this query
            except (sqlite3.Error, _NotOurs):
                # The file was damaged, or rebuilt for other content by another index: stop asking it.
                self._db.close()
                self._db = None
                return None
        return found

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


def _build(db: sqlite3.Connection, key: Mapping[str, str], texts: Iterable[Span]) -> None:
    """Replace whatever index ``db`` holds by one over ``texts``, in one transaction."""
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute(f"DROP TABLE IF EXISTS {_META}")
        db.execute(f"DROP TABLE IF EXISTS {_FTS}")
        db.execute(f"CREATE TABLE {_META}(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute(_CREATE_FTS)
        db.executemany(f"INSERT INTO {_FTS}(rowid, text) VALUES (?, ?)", _rows(texts))
        db.execute(f"INSERT INTO {_FTS}({_FTS}) VALUES ('optimize')")
        # One transaction: a build cut short (a crash, a full disk) leaves the file as it was.
        db.executemany(f"INSERT INTO {_META}(key, value) VALUES (?, ?)", sorted(key.items()))
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def piece_rowid(paragraph: int, piece: int) -> int:
    """The row of piece ``piece`` of the (long) paragraph numbered ``paragraph`` (0-based)."""
    return PIECES_FROM + (paragraph << _PIECE_BITS) + piece


def _rows(texts: Iterable[Span]) -> Iterator[tuple[int, str]]:
    """(rowid, text) of every row: a paragraph's own, or its pieces when it is long (module docstring)."""
    for number, (source, start, end) in enumerate(texts):
        if end - start <= PIECE_CHARS + SEAM_CHARS:
            yield number + 1, source[start:end]
            continue
        # Up to the last piece whose start is not already inside the one before's overlap.
        for piece, at in enumerate(range(start, end - SEAM_CHARS, PIECE_CHARS)):
            yield piece_rowid(number, piece), source[at : min(at + PIECE_CHARS + SEAM_CHARS, end)]


def _matching(db: sqlite3.Connection, phrase: str, limit: int, first: int = 0) -> list[int] | None:
    """Paragraphs (ascending) with a row from rowid ``first`` on holding ``phrase``; None past ``limit``."""
    quoted = '"' + phrase.replace('"', '""') + '"'
    found = db.execute(_SELECT_FROM_ROWID, (quoted, first, limit + 1)).fetchall()
    if not found or found[-1][0] < PIECES_FROM:  # paragraphs' own rows only (as nearly always)
        return None if len(found) > limit else [rowid - 1 for (rowid,) in found]
    if len(found) > limit:  # the pieces' rows come last: read them all (a few per long paragraph)
        found += db.execute(_SELECT_FROM_ROWID, (quoted, found[-1][0] + 1, -1)).fetchall()
    own = [rowid - 1 for (rowid,) in found if rowid < PIECES_FROM]
    pieced = {(rowid - PIECES_FROM) >> _PIECE_BITS for (rowid,) in found if rowid >= PIECES_FROM}
    paragraphs = sorted([*own, *pieced])
    return None if len(paragraphs) > limit else paragraphs


def _merged(found: list[int], more: list[int] | None, limit: int) -> list[int] | None:
    """Both lists' paragraphs once each, ascending; None when either is None or they pass ``limit``."""
    if more is None:
        return None
    both = sorted(set(found) | set(more))
    return None if len(both) > limit else both
