"""The commands for studying many interviews: the library, search across it, REFI-QDA in and out.

``interview-reader library add PATH…`` / ``library list [--json]``, ``search QUERY [--transcript PATH |
--all] [--json]``, ``export --format {qdpx,qdc}`` (called by the export command) and
``import-codebook FILE``. Split from ``cli.py`` so each stays small; ``cli.py`` adds these parsers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app import paths
from desktop_app.domain.errors import ReaderError
from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import load_transcript
from desktop_app.fileio import atomic_write_bytes, read_regular_file
from desktop_app.storage.errors import StoreError
from desktop_app.storage.store import AnnotationStore

PROG = "interview-reader"
QDA_FORMATS = ("qdpx", "qdc")
STUDY_COMMANDS = frozenset({"library", "search", "import-codebook"})
MAX_CODEBOOK_BYTES = 256 * 1024 * 1024


def add_commands(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_data_dir: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Add ``library``, ``search`` and ``import-codebook`` to the command parser."""
    library = commands.add_parser("library", help="the interviews you have opened, converted or imported")
    actions = library.add_subparsers(dest="library_command", required=True)
    added = actions.add_parser("add", help="add transcripts to the library")
    added.add_argument("paths", nargs="+", metavar="PATH")
    add_data_dir(added)
    added.set_defaults(run=_library_add)
    listed = actions.add_parser("list", help="list the library (missing files are marked)")
    listed.add_argument("--json", action="store_true", help="print JSON")
    add_data_dir(listed)
    listed.set_defaults(run=_library_list)

    search = commands.add_parser("search", help="search one transcript or every interview of the library")
    search.add_argument("query")
    where = search.add_mutually_exclusive_group()
    where.add_argument("--transcript", metavar="PATH", help="transcript file (default: the bundled one)")
    where.add_argument("--all", action="store_true", help="every interview of the library")
    search.add_argument("--json", action="store_true", help="print JSON")
    add_data_dir(search)
    search.set_defaults(run=_search)

    imported = commands.add_parser("import-codebook", help="merge a REFI-QDA codebook into yours")
    imported.add_argument("file", metavar="FILE.qdc")
    add_data_dir(imported)
    imported.set_defaults(run=_import_codebook)


def _open_store(args: argparse.Namespace) -> AnnotationStore:
    store = AnnotationStore.open(paths.data_dir(args.data_dir))
    if store.recovered is not None:
        print(f"{PROG}: {store.recovered.message}", file=sys.stderr)
    return store


def _library_add(args: argparse.Namespace) -> int:
    # Every file is read first: a broken one stops the command before the library is touched.
    transcripts = [(load_transcript(path), path) for path in args.paths]
    with _open_store(args) as store:
        for transcript, path in transcripts:
            entry = store.add_to_library(transcript, path)
            print(f"{PROG}: added {entry.id} ({entry.title})", file=sys.stderr)
    return 0


def _library_list(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        if store.writable:
            store.check_library()
        entries = store.library()
    if args.json:
        records = [
            {"id": e.id, "title": e.title, "source": e.source, "date": e.date, "speakers": list(e.speakers),
             "path": e.path, "content_hash": e.content_hash, "added": e.added, "last_read": e.last_read,
             "missing": e.missing, "highlights": e.highlights, "notes": e.notes}
            for e in entries
        ]  # fmt: skip
        print(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        for e in entries:
            flag = " (missing)" if e.missing else ""
            print(f"{e.id}\t{e.title}\t{e.highlights} highlight(s)\t{e.notes} note(s)\t{e.path}{flag}")
    return 0


def _search(args: argparse.Namespace) -> int:
    from desktop_app.domain.library import LibraryEntry, search_library

    if args.all:
        with _open_store(args) as store:
            if store.writable:
                store.check_library()
            entries = store.library()
    else:
        path = args.transcript or str(paths.bundled_transcript())
        t = load_transcript(path)
        entries = [LibraryEntry(t.id, t.title, t.source, "", (), str(path), t.content_hash, "", None, False)]
    found, problems = search_library(entries, args.query, load_transcript)
    for entry, why in problems:
        print(f"{PROG}: skipped {entry.id} ({entry.path}): {why}", file=sys.stderr)
    hits = [
        {"interview": group.entry.id, "title": group.entry.title, "question_id": q.question_id,
         "paragraph_id": h.paragraph_id, "speaker": h.speaker, "kind": str(h.kind), "start": h.start,
         "end": h.end, "text": h.text[h.start:h.end], "snippet": h.snippet(40)[0]}
        for group in found for q in group.questions for h in q.hits
    ]  # fmt: skip
    if args.json:
        print(json.dumps(hits, ensure_ascii=False, indent=2))
    else:
        for hit in hits:
            where = (
                f"{hit['interview']}\t{hit['question_id'] or '-'}\t{hit['paragraph_id']}\t{hit['speaker']}"
            )
            print(f"{where}\t{hit['start']}-{hit['end']}\t{hit['snippet']}")
    return 0


def export_qda(args: argparse.Namespace) -> int:
    """``export --format qdpx|qdc``: the chosen interviews as a REFI-QDA project, or the codebook."""
    from desktop_app.domain.export import Annotated
    from desktop_app.domain.qda import QdaSource, write_codebook, write_project

    data_dir = paths.data_dir(args.data_dir)
    with AnnotationStore.open(data_dir) as store:
        if store.recovered is not None or store.unreadable:
            reason = store.recovered.message if store.recovered else store.read_only_reason or ""
            raise StoreError(reason, "Nothing was exported.")
        codebook = store.codes()
        if args.format == "qdc":
            _write(args.output, write_codebook(codebook))
            return 0
        sources = []
        for transcript in _chosen(args, store):
            coded = store.codes_of(h.id for h in store.highlights(transcript.id))
            annotated = Annotated.of(transcript, store.highlights(transcript.id),
                                     store.question_notes(transcript.id))  # fmt: skip
            sources.append(QdaSource(annotated, coded))
    _write(args.output, write_project(sources, codebook))
    return 0


def _chosen(args: argparse.Namespace, store: AnnotationStore) -> list[Transcript]:
    """The transcripts ``--transcript`` or ``--all`` names (the bundled one by default)."""
    if not getattr(args, "all", False):
        return [load_transcript(args.transcript or paths.bundled_transcript())]
    if store.writable:
        store.check_library()
    transcripts = []
    for entry in store.library():
        try:
            transcripts.append(load_transcript(entry.path))
        except (ReaderError, OSError) as error:
            print(f"{PROG}: skipped {entry.id}: {error}", file=sys.stderr)
    return transcripts


def _import_codebook(args: argparse.Namespace) -> int:
    from desktop_app.domain.qda import read_codebook

    source = Path(args.file)
    codes = read_codebook(read_regular_file(source, MAX_CODEBOOK_BYTES, "codebook"), source.name)
    with _open_store(args) as store:
        added, updated = store.import_codes(codes)
    print(
        f"{PROG}: {source.name}: {len(codes)} code(s) read; {added} added, {updated} updated.",
        file=sys.stderr,
    )
    return 0


def _write(output: str | None, data: bytes) -> None:
    if output:
        atomic_write_bytes(Path(output), data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
