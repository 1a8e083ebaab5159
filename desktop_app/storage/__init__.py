"""Where the user's highlights and notes live: one SQLite file, ``annotations.db``, in the data folder.

Plain Python (no Qt). The public API, all on ``AnnotationStore``:

- ``AnnotationStore.open(data_dir, *, clock=None) -> AnnotationStore`` — create/check/migrate the
  file, purge tombstones older than 30 days; never raises for a bad file or folder (see below).
- ``close() -> None``; the store is also a context manager.
- ``path``, ``data_dir``, ``writable``, ``read_only_reason: str | None``, ``recovered: Recovery | None``.
- ``add_highlights(transcript_id, content_hash, items, color, note='', placed_in='') -> list[Highlight]``
  — items are ``(Anchor, question_id, speaker)``; one row each, one shared group id, one transaction.
- ``highlight_briefs(transcript_id, paragraph_ids=None, placed_in='') -> list[HighlightBrief]`` — the few
  columns the window lists; ``trusted`` when the row holds ``placed_in``; ``confirm_placed(ids, placed_in)``
  marks rows found where they were stored (housekeeping: a store that cannot be written is left as is).
- ``update_highlight(id, *, color=None, note=None) -> Highlight`` — the whole group; KeyError if not live.
- ``delete(ids) -> list[str]`` / ``undelete(ids) -> list[str]`` — tombstone / restore whole groups.
- ``highlights(transcript_id, include_deleted=False) -> list[Highlight]`` (by creation) and
  ``get(id) -> Highlight | None``.
- ``upsert_highlights(items) -> int`` — merge by id, newer ``updated`` wins, tombstones included.
- ``import_annotations(transcript_id, highlights, notes) -> MergeReport`` — an import: every row checked
  first, then one transaction; ids matched within the transcript; added, updated, skipped with why.
- ``set_question_note(transcript_id, question_id, note) -> QuestionNote | None`` (``''`` deletes),
  ``question_note(transcript_id, question_id)``, ``question_notes(transcript_id, include_deleted=False)``.
- ``color_labels() -> dict[Color, str]`` (only renamed colours), ``rename_color(color, label) -> None``.
- The codebook (``codebook.py``): ``codes(include_deleted=False)``, ``code(id)``, ``code_tree()``,
  ``create_code(name, color='', *, parent='', description='', id='')``, ``update_code(id, *, name, color,
  description)``, ``rename_code``, ``recolor_code``, ``move_code(id, parent)`` (ValueError for a cycle),
  ``merge_codes(source, target) -> int``, ``delete_code(id) -> CodeDeletion`` / ``undelete_codes(ids)``,
  ``import_codes(codes) -> (added, updated)`` (by GUID); coding: ``apply_codes(transcript_id,
  content_hash, items, code_ids)`` (makes the highlight if needed), ``set_codes(highlight_id, add,
  remove)``, ``codes_of(highlight_ids=None)``, ``codings(transcript_id=None)``. A highlight made
  or recoloured in a colour carries that colour's code (``domain.codes.COLOR_CODE_IDS``).
- The library (``library.py``): ``add_to_library(transcript, path, *, opened=False)``,
  ``note_opened(transcript, path)`` (never raises), ``library()``, ``library_entry(id)``,
  ``check_library()`` (marks missing files), ``remove_from_library(id)``.
- ``backup_if_due(now=None) -> Path | None``, ``backup_now(now=None) -> Path``, ``backups() -> list[Path]``,
  ``restore_backup(path) -> Path`` (returns where the replaced annotations were kept).

What can go wrong, and what the user sees:

- A damaged file (corrupt, truncated, not a database, a folder; or one whose ``user_version`` is
  negative, or whose tables, columns or row types are not those of the version it claims) is renamed
  to ``annotations.db.corrupt-YYYYMMDD-HHMMSS`` (with its -wal/-shm), never deleted; a fresh store
  starts and ``recovered`` says where the file went and which backup could replace it.
- A sound file that cannot be written at start (a full disk while switching to WAL or migrating) is
  read into memory and shown read-only. When the file is there but nothing of it can be read,
  ``unreadable`` is True: the empty store is not the user's annotations (``export`` then fails).
- A read-only folder or file, a file from a newer version of the app, or a file that cannot be
  created: the store opens read-only (``writable`` is False, ``read_only_reason`` says why in plain
  words) and every write raises StoreReadOnlyError.
- A write that fails (disk full, read-only, busy for 5 s) raises StoreWriteError; what was saved
  before is untouched. ``str(error)`` is the problem followed by what to do.
"""

from desktop_app.storage.errors import (
    BackupError,
    StoreError,
    StoreReadOnlyError,
    StoreWriteError,
    WriteFailure,
)
from desktop_app.storage.merging import InvalidImportError, MergeReport
from desktop_app.storage.opening import Recovery
from desktop_app.storage.schema import LATEST_VERSION
from desktop_app.storage.store import DB_NAME, AnnotationStore

__all__ = [
    "DB_NAME",
    "LATEST_VERSION",
    "AnnotationStore",
    "BackupError",
    "InvalidImportError",
    "MergeReport",
    "Recovery",
    "StoreError",
    "StoreReadOnlyError",
    "StoreWriteError",
    "WriteFailure",
]
