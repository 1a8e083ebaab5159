"""The domain, the command line and the path helpers import without Qt."""

from __future__ import annotations

import json
import subprocess
import sys

# Imports every module of desktop_app.domain plus the window-less modules, then reports what it
# imported and whether PySide6 (or any of its submodules) got loaded along the way.
PROBE = """
import importlib, json, pkgutil, sys
import desktop_app.domain as domain
names = sorted(m.name for m in pkgutil.walk_packages(domain.__path__, "desktop_app.domain."))
names += ["desktop_app.cli", "desktop_app.paths", "desktop_app.fileio"]
names += sys.argv[1:]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m == "PySide6" or m.startswith("PySide6."))
print(json.dumps({"imported": names, "qt": qt}))
"""

EXPECTED_DOMAIN = {
    "desktop_app.domain.errors",
    "desktop_app.domain.markup",
    "desktop_app.domain.model",
    "desktop_app.domain.outline",
    "desktop_app.domain.parser",
}


def probe(*extra: str) -> dict[str, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *extra], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, list[str]] = json.loads(result.stdout)
    return report


def test_domain_cli_paths_and_fileio_do_not_import_pyside6() -> None:
    report = probe()
    imported = set(report["imported"])
    assert imported >= EXPECTED_DOMAIN
    assert imported >= {"desktop_app.cli", "desktop_app.paths", "desktop_app.fileio"}
    assert report["qt"] == []


def test_the_probe_sees_pyside6_when_something_imports_it() -> None:
    # Guards the guard: the same probe, with one Qt module added, must report it.
    report = probe("PySide6.QtCore")
    assert "PySide6" in report["qt"]
    assert "PySide6.QtCore" in report["qt"]
