"""Composition root: the command line decides between a command and the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from desktop_app import cli, paths
from desktop_app.domain.errors import ReaderError


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``interview-reader`` with ``argv`` (default: the process's arguments)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if cli.is_command(args_list):
        return cli.run_command(args_list)
    args = cli.gui_parser().parse_args(args_list)
    try:
        transcript, link = cli.window_target(args.transcript)
    except ReaderError as e:  # a malformed link: say so before any window opens
        print(f"{cli.PROG}: {e}", file=sys.stderr)
        return 2
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        # A screenshot needs no screen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    data_dir = paths.data_dir(args.data_dir)
    # The annotations file's checks read every page and row (~40 ms with 10,000 highlights), inside
    # SQLite, which lets go of the interpreter: begun now, they are done while Qt and the window's
    # modules are imported (~0.2 s), and the window no longer waits for them before its first paint.
    from desktop_app.storage.store import AnnotationStore

    inspection = AnnotationStore.inspect_ahead(data_dir)
    from desktop_app.gui.launch import run  # Qt is imported only when a window is wanted

    return run(
        transcript, data_dir, args.screenshot, link=link, size=args.screenshot_size, inspection=inspection
    )
