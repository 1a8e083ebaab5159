"""The storage package imports without Qt, like the domain."""

from __future__ import annotations

from storage_support import run_python

PROBE = """
import importlib, json, pkgutil, sys
import desktop_app.storage as storage
names = sorted(m.name for m in pkgutil.walk_packages(storage.__path__, "desktop_app.storage."))
names += sys.argv[1:]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m == "PySide6" or m.startswith("PySide6."))
print(json.dumps({"imported": names, "qt": qt}))
"""


def test_the_storage_package_does_not_import_pyside6() -> None:
    report = run_python(PROBE)
    assert {"desktop_app.storage.store", "desktop_app.storage.schema"} <= set(report["imported"])
    assert report["qt"] == []


def test_the_probe_sees_pyside6_when_something_imports_it() -> None:
    report = run_python(PROBE, "PySide6.QtCore")
    assert "PySide6.QtCore" in report["qt"]
