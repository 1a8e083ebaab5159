"""Start-up imports only what the first paint needs: a later feature's modules come when it is first used.

A fresh interpreter starts the window the way ``main.py --screenshot`` does (the bundled interview, its
first question painted, the speakers' shares filled in, the window grabbed into a PNG) and then lists
``sys.modules``. Each module named in LATER must be absent; ``-X importtime`` says who brought one in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import desktop_app

ROOT = Path(desktop_app.__file__).resolve().parent.parent

# Modules only a later feature needs, and the feature that imports them when it is first used.
LATER = {
    "desktop_app.domain.export": "an export (File ▸ Export, the CLI's export)",
    "desktop_app.render.pdf": "the PDF export",
    "desktop_app.render.card": "a quote card",
    "desktop_app.domain.qda": "a REFI-QDA export or import",
    "desktop_app.domain.convert": "importing a plain-text or subtitle interview",
    "desktop_app.domain.retrieval": "the coded passages and matrices",
    "desktop_app.domain.retrieval_export": "exporting coded passages",
    "desktop_app.gui.convert_dialog": "importing a plain-text or subtitle interview",
    "desktop_app.gui.preferences_dialog": "Preferences",
    "desktop_app.gui.guide": "Help ▸ Guide",
    "desktop_app.gui.shortcuts_dialog": "Help ▸ Keyboard Shortcuts",
    "desktop_app.gui.note_dialog": "writing a note",
    "desktop_app.gui.color_labels_dialog": "renaming the colours",
    "desktop_app.gui.code_picker": "coding a passage",
    "desktop_app.gui.retrieval_view": "the coded passages and matrices",
    "desktop_app.gui.matrix_view": "the matrices",
    "desktop_app.gui.library_view": "the library window",
    "desktop_app.domain.following": "following a speaker, or the annotations of all interviews",
    "desktop_app.gui.single_instance": "a window joining a running one (never a screenshot)",
    "PySide6.QtNetwork": "a window joining a running one (never a screenshot)",
    "PySide6.QtMultimedia": "playing the recording",
    "PySide6.QtPrintSupport": "printing",
    "webvtt": "importing WebVTT subtitles",
    "srt": "importing SubRip subtitles",
    "csv": "a CSV export",
    "markdown": "a paragraph with Markdown in it (the bundled interview has none)",
    "html.parser": "a paragraph with Markdown in it",
    "html": "Help ▸ Guide, a WebVTT import, a paragraph with Markdown in it",
    "yaml": "a front matter beyond the plain subset (the bundled interview's is plain)",
    "desktop_app.domain.front_matter_yaml": "a front matter beyond the plain subset",
    "uuid": "a new highlight, note or code (a new row's id)",
    "platform": "a new highlight, note or code (uuid brings it)",
}

# Sure to be imported by a first paint: if these are missing, the probe did not paint.
FIRST_PAINT = ("desktop_app.gui.main_window", "desktop_app.gui.answer_pane", "desktop_app.domain.parser")

PROBE = """
import json, sys
from desktop_app.app import main
status = main(["--data-dir", sys.argv[1], "--screenshot", sys.argv[2]])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


def importers(importtime: str) -> dict[str, str]:
    """Each module's importer, read from ``-X importtime``'s tree (a child is listed before its parent)."""
    pending: list[tuple[int, str]] = []  # modules whose importer is not listed yet, with their depth
    parent: dict[str, str] = {}
    for line in importtime.splitlines():
        if not line.startswith("import time:") or line.endswith("imported package"):
            continue
        field = line.rsplit("|", 1)[1]
        name = field.strip()
        depth = len(field) - len(field.lstrip())
        while pending and pending[-1][0] > depth:
            parent[pending.pop()[1]] = name
        pending.append((depth, name))
    return parent


def chain(module: str, parent: dict[str, str]) -> str:
    """``a ← b ← c``: who imported ``module``, and who imported that, up to the top."""
    links = [module]
    while links[-1] in parent and len(links) < 12:
        links.append(parent[links[-1]])
    return " ← ".join(links)


def first_paint(tmp_path: Path) -> tuple[set[str], dict[str, str]]:
    """The modules loaded once the first question is painted, and who imported each."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    png = tmp_path / "first-paint.png"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", PROBE, str(tmp_path / "data"), str(png)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["status"] == 0 and png.stat().st_size > 0, done.stderr[-2000:]
    return set(report["modules"]), importers(done.stderr)


def test_the_first_paint_imports_no_module_a_later_feature_needs(tmp_path: Path) -> None:
    loaded, parent = first_paint(tmp_path)

    assert set(FIRST_PAINT) <= loaded  # the probe painted the window
    early = []
    for later, feature in LATER.items():
        hits = sorted(name for name in loaded if name == later or name.startswith(later + "."))
        if hits:
            early.append(f"  {chain(hits[0], parent)}  (only {feature} needs it)")
    assert not early, "imported before the first paint:\n" + "\n".join(early)


def test_the_importer_chain_is_read_from_importtime() -> None:
    trace = (
        "import time: self [us] | cumulative | imported package\n"
        "import time:        10 |         10 |     csv\n"
        "import time:        10 |         20 |   desktop_app.domain.export\n"
        "import time:        10 |         10 |   yaml\n"
        "import time:        10 |         40 | desktop_app.gui.files\n"
    )
    parent = importers(trace)

    assert chain("csv", parent) == "csv ← desktop_app.domain.export ← desktop_app.gui.files"
    assert parent["yaml"] == "desktop_app.gui.files"
