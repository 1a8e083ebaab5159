"""The command line: argument parsing, and the commands that need no window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from desktop_app import __version__, paths
from desktop_app.cli_study import QDA_FORMATS, STUDY_COMMANDS, add_commands, export_qda
from desktop_app.domain.annotations import Color
from desktop_app.domain.errors import ReaderError
from desktop_app.domain.links import HighlightLink, PassageLink, is_link, parse_link
from desktop_app.domain.parser import load_transcript
from desktop_app.fileio import atomic_write_bytes, read_regular_file
from desktop_app.storage.errors import StoreError
from desktop_app.storage.store import DB_NAME, AnnotationStore

if TYPE_CHECKING:
    from desktop_app.domain.export import Annotated


def format_names() -> list[str]:
    """The registered export formats' names (the PDF drawn by Qt included)."""
    from desktop_app.domain.export import formats
    from desktop_app.render import register_formats

    register_formats()
    return [fmt.name for fmt in formats()]

# The commands' own modules (exports, import, conversion) are imported when a command runs, so that
# starting the window does not pay for them.

PROG = "interview-reader"
FORMATS = "<formats>"  # in the window's help, replaced by the export formats' names when it is shown


class WindowParser(argparse.ArgumentParser):
    """The window's parser: its help lists the export formats only when it is shown.

    Listing them imports the export registry, which the first paint does not need.
    """

    def format_help(self) -> str:
        """The help, with the registered export formats' names in place of FORMATS."""
        if self.epilog:
            self.epilog = self.epilog.replace(FORMATS, ",".join(format_names()))
        return super().format_help()


def gui_parser() -> argparse.ArgumentParser:
    """Arguments of the window: ``interview-reader [TRANSCRIPT.md] [--data-dir DIR]``."""
    parser = WindowParser(
        prog=PROG,
        description="访谈阅读器 Interview Reader: read an interview by question and by speaker.",
        epilog=(
            "commands:\n"
            f"  {PROG} export --format {{{FORMATS}}} [--transcript PATH] [--data-dir DIR]\n"
            "      [-o FILE] [--whole]\n"
            "      write the transcript and your highlights and notes\n"
            f"  {PROG} import FILE.json [--transcript PATH] [--data-dir DIR]\n"
            "      bring back annotations exported with --format w3c\n"
            f"  {PROG} convert PLAIN.txt|SUBTITLES.srt|.vtt|TRANSCRIPT.json|.html -o OUT.md\n"
            "      turn a plain-text, subtitle or podcast/Whisper interview into a transcript\n"
            f"  {PROG} export --format {{qdpx,qdc}} [--transcript PATH | --all] -o FILE\n"
            "      a REFI-QDA project of your interviews and codes, or the codebook alone\n"
            f"  {PROG} import-codebook FILE.qdc|FILE.qdpx   merge a REFI-QDA codebook into yours\n"
            f"  {PROG} library add PATH… | library list [--json]   the interviews you study\n"
            f"  {PROG} search QUERY [--transcript PATH | --all] [--json]   search one or all interviews\n"
            f"  {PROG} card --highlight UUID -o CARD.png [--theme light|dark|sepia] [--transcript PATH]\n"
            "      [--data-dir DIR]\n"
            "      draw a highlight as a quote card (金句卡片) to share"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "transcript",
        nargs="?",
        help="a transcript .md file (default: the bundled interview), or a link to a passage: "
        "interview-reader://open/<transcript-id>#<paragraph-id>[:start-end] or "
        "interview-reader://highlight/<uuid>",
    )
    _add_data_dir(parser)
    parser.add_argument(
        "--screenshot", metavar="FILE.png", help="render the window with the first question to a PNG and exit"
    )
    parser.add_argument(
        "--screenshot-size", metavar="WxH", default="1280x820", type=_size,
        help="the window's size in the screenshot (default 1280x820; 800x600 shows a narrow window)",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _size(text: str) -> tuple[int, int]:
    """``WxH`` as two sizes in pixels."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 800x600") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"{text!r}: each side must be 200 to 8000 pixels")
    return width, height


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
    export.add_argument("--format", required=True, choices=[*format_names(), *QDA_FORMATS])
    which = export.add_mutually_exclusive_group()
    which.add_argument("--transcript", metavar="PATH", help="transcript file (default: the bundled one)")
    which.add_argument("--all", action="store_true", help="qdpx: every interview of the library")
    _add_data_dir(export)
    export.add_argument("-o", "--output", metavar="FILE", help="output file (default: standard output)")
    export.add_argument(
        "--whole",
        action="store_true",
        help="markdown: the whole transcript with ==highlights==, not only them",
    )
    export.set_defaults(run=_export)
    imported = commands.add_parser("import", help="merge annotations from a W3C export into your store")
    imported.add_argument("file", metavar="FILE.json")
    imported.add_argument("--transcript", metavar="PATH", help="transcript file (default: the bundled one)")
    _add_data_dir(imported)
    imported.set_defaults(run=_import)
    converted = commands.add_parser(
        "convert",
        help="turn a plain-text, SubRip, WebVTT, Podcasting 2.0 or Whisper interview into a transcript",
    )
    converted.add_argument("file", metavar="FILE")
    converted.add_argument("-o", "--output", metavar="OUT.md", help="output file (default: standard output)")
    converted.set_defaults(run=_convert)
    card = commands.add_parser("card", help="draw a highlight as a quote card (金句卡片), a PNG to share")
    card.add_argument("--highlight", required=True, metavar="UUID", help="the highlight's id (or its link)")
    card.add_argument("-o", "--output", required=True, metavar="CARD.png", help="the PNG to write")
    card.add_argument("--theme", choices=("light", "dark", "sepia"), default="light")
    card.add_argument("--transcript", metavar="PATH", help="transcript file (default: the bundled one)")
    _add_data_dir(card)
    card.set_defaults(run=_card)
    add_commands(commands, _add_data_dir)
    return parser


COMMANDS = frozenset({"export", "import", "convert", "card", *STUDY_COMMANDS})


def is_command(argv: Sequence[str]) -> bool:
    """True when ``argv`` asks for a command rather than the window."""
    return bool(argv) and argv[0] in COMMANDS


def window_target(argument: str | None) -> tuple[str | None, PassageLink | HighlightLink | None]:
    """The window's argument as (transcript path, link): a file, a ``file:`` URL or an app link.

    The desktop entry's ``%u`` may hand over a local file as a ``file://`` URL. Raises LinkError for a
    malformed ``interview-reader:`` link.
    """
    if not argument:
        return None, None
    if is_link(argument):
        return None, parse_link(argument)
    if argument.startswith("file:"):
        parts = urlsplit(argument)
        if parts.netloc in ("", "localhost"):
            return unquote(parts.path), None
    return argument, None


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


def _annotated(args: argparse.Namespace) -> tuple[Annotated, dict[Color, str]]:
    from desktop_app.domain.annotations import labels
    from desktop_app.domain.export import Annotated

    transcript = load_transcript(args.transcript or paths.bundled_transcript())
    data_dir = paths.data_dir(args.data_dir)
    highlights, notes, renamed, codebook, coded = [], [], {}, [], {}
    if (data_dir / DB_NAME).exists():  # exporting never creates a data folder
        with AnnotationStore.open(data_dir) as store:
            # An empty export would pass for "no annotations": a file that could not be read is an error.
            if store.recovered is not None:
                raise StoreError(store.recovered.message, "Nothing was exported.")
            if store.unreadable:
                reason = store.read_only_reason or f"{store.path} cannot be read."
                raise StoreError(reason, "Nothing was exported.")
            highlights = store.highlights(transcript.id)
            notes = store.question_notes(transcript.id)
            renamed = store.color_labels()
            codebook, coded = store.codes(), store.codes_of(h.id for h in highlights)
    annotated = Annotated.of(transcript, highlights, notes, tuple(codebook), coded)
    return annotated, labels(transcript.language, renamed)


def _export(args: argparse.Namespace) -> int:
    from desktop_app.domain.export import export_bytes

    if args.format in QDA_FORMATS:
        return export_qda(args)
    if args.all:
        raise ReaderError("--all exports every interview only as a REFI-QDA project.", "Use --format qdpx.")
    annotated, labels = _annotated(args)
    _write_output(args.output, export_bytes(args.format, annotated, labels, whole=args.whole))
    return 0


def _import(args: argparse.Namespace) -> int:
    from desktop_app.domain.export.w3c_import import MAX_IMPORT_BYTES, read_w3c

    transcript = load_transcript(args.transcript or paths.bundled_transcript())
    source = Path(args.file)
    data = read_regular_file(source, MAX_IMPORT_BYTES, "W3C annotation file")
    result = read_w3c(data, transcript)  # checks the whole file before the store is touched
    data_dir = paths.data_dir(args.data_dir)
    with AnnotationStore.open(data_dir) as store:
        if store.recovered is not None:
            print(f"{PROG}: {store.recovered.message}", file=sys.stderr)
        # One transaction: everything is merged, or (on any error) nothing.
        report = store.import_annotations(transcript.id, result.highlights, result.question_notes)
        store.add_to_library(transcript, args.transcript or paths.bundled_transcript())
    skipped = [*result.skipped, *report.skipped]
    print(
        f"{PROG}: {source.name}: {len(result.highlights)} highlight(s) and {len(result.question_notes)} "
        f"question note(s) read; {report.added} added, {report.updated} updated, {len(skipped)} skipped; "
        f"{result.orphans} could not be placed (kept).",
        file=sys.stderr,
    )
    for ident, reason in skipped:
        print(f"{PROG}:   skipped {ident}: {reason}.", file=sys.stderr)
    return 0


def _convert(args: argparse.Namespace) -> int:
    from desktop_app.domain.convert import convert, read_convert_input

    source = Path(args.file)
    data = read_convert_input(source)
    markdown, draft, encoding = convert(data, str(source), args.output or "")
    _write_output(args.output, markdown.encode("utf-8"))
    hosts = ", ".join(draft.host_names)
    print(
        f"{PROG}: {source.name}: read as {encoding}; {len(draft.speakers)} speakers, host {hosts}; "
        f"{sum(b.kind == 'heading' for b in draft.blocks)} headings"
        + (f"; recording {draft.media}." if draft.media else "."),
        file=sys.stderr,
    )
    return 0


def _card(args: argparse.Namespace) -> int:
    from desktop_app.domain.annotations import labels
    from desktop_app.render.card import card_png

    transcript = load_transcript(args.transcript or paths.bundled_transcript())
    wanted = args.highlight.strip()
    if is_link(wanted):  # a highlight's link works as well as its id
        link = parse_link(wanted)
        if not isinstance(link, HighlightLink):
            raise ReaderError(
                f"{wanted} is a link to a passage, not to a highlight.", "Give the highlight's id."
            )
        wanted = link.highlight_id
    data_dir = paths.data_dir(args.data_dir)
    if not (data_dir / DB_NAME).exists():  # a card never creates a data folder
        raise StoreError(
            f"There are no highlights in {data_dir} yet.", "Highlight a passage in the window first."
        )
    with AnnotationStore.open(data_dir) as store:
        highlight = store.get(wanted)
        renamed = store.color_labels()
    if highlight is None or highlight.deleted:
        raise ReaderError(f"There is no highlight {wanted!r} in {data_dir}.", "Copy its id from an export.")
    if highlight.transcript_id != transcript.id:
        raise ReaderError(
            f"The highlight {wanted!r} belongs to the transcript {highlight.transcript_id!r}, not to "
            f"{transcript.id!r}.",
            "Name that transcript with --transcript PATH.",
        )
    label = labels(transcript.language, renamed)[highlight.color]
    _write_output(args.output, card_png(highlight, transcript, label, args.theme))
    return 0


def _write_output(output: str | None, data: bytes) -> None:
    if output:
        atomic_write_bytes(Path(output), data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
