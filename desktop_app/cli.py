"""The command line: argument parsing, and the commands that need no window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app import __version__, paths
from desktop_app.domain.anchoring import place_all
from desktop_app.domain.errors import ReaderError
from desktop_app.domain.export_json import document
from desktop_app.domain.parser import load_transcript
from desktop_app.fileio import atomic_write_bytes
from desktop_app.storage.store import DB_NAME, AnnotationStore

PROG = "interview-reader"
EXPORT_FORMATS = ("json",)


def gui_parser() -> argparse.ArgumentParser:
    """Arguments of the window: ``interview-reader [TRANSCRIPT.md] [--data-dir DIR]``."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="访谈阅读器 Interview Reader: read an interview by question and by speaker.",
        epilog=(
            "commands:\n"
            f"  {PROG} export --format json [--transcript PATH] [--data-dir DIR] [-o FILE]\n"
            f"      write the transcript's structure (see '{PROG} export --help')"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "transcript", nargs="?", help="a transcript .md file (default: the bundled interview)"
    )
    _add_data_dir(parser)
    parser.add_argument(
        "--screenshot", metavar="FILE.png", help="render the window with the first question to a PNG and exit"
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"where highlights, notes and settings live (default: ${paths.DATA_DIR_ENV} or "
        f"{paths.default_data_dir()})",
    )


def command_parser() -> argparse.ArgumentParser:
    """Arguments of the commands that run without a window."""
    parser = argparse.ArgumentParser(prog=PROG)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="write the transcript (and your annotations) to a file")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument("--transcript", metavar="PATH", help="transcript file (default: the bundled one)")
    _add_data_dir(export)
    export.add_argument("-o", "--output", metavar="FILE", help="output file (default: standard output)")
    export.set_defaults(run=_export)
    return parser


COMMANDS = frozenset({"export"})


def is_command(argv: Sequence[str]) -> bool:
    """True when ``argv`` asks for a command rather than the window."""
    return bool(argv) and argv[0] in COMMANDS


def run_command(argv: Sequence[str]) -> int:
    """Run a window-less command; report errors on stderr and return the exit status."""
    args = command_parser().parse_args(list(argv))
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except ReaderError as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"{PROG}: {e.filename or ''}: {e.strerror}", file=sys.stderr)
        return 1


def _export(args: argparse.Namespace) -> int:
    transcript = load_transcript(args.transcript or paths.bundled_transcript())
    data_dir = paths.data_dir(args.data_dir)
    highlights, notes = [], []
    if (data_dir / DB_NAME).exists():  # exporting never creates a data folder
        with AnnotationStore.open(data_dir) as store:
            if store.recovered is not None:
                print(f"{PROG}: {store.recovered.message}", file=sys.stderr)
            highlights = store.highlights(transcript.id)
            notes = store.question_notes(transcript.id)
    placements = place_all(((h.id, h.anchor) for h in highlights), transcript)
    exported = document(transcript, highlights, placements, notes)
    data = (json.dumps(exported, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    _write_output(args.output, data)
    return 0


def _write_output(output: str | None, data: bytes) -> None:
    if output:
        atomic_write_bytes(Path(output), data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
