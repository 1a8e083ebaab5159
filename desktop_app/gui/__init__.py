"""The thin Qt layer: windows, models over the domain, dialogs."""

from __future__ import annotations

import os
import sys

import PySide6.QtCore  # noqa: F401  (PySide's own set-up, which the declaration below completes)


def _declare_no_features() -> None:
    """Tell PySide up front that none of the app's modules selects a ``from __feature__ import ...``.

    Otherwise PySide looks for itself in the source of every module imported after it (PYSIDE-2029):
    ``inspect.getsource``, which walks all of ``sys.modules`` for each module, a twentieth of the start-up
    here. 0 is what that look gives a module that uses PySide without features; an unknown PySide
    without the table is left to look as before.
    """
    features = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(features, dict):
        return
    # os.walk and plain strings: pathlib's rglob and a Path per file took ~5 ms of the start-up.
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    root_package = os.path.basename(top)
    for folder, folders, files in os.walk(top):
        folders[:] = [name for name in folders if name != "__pycache__"]
        relative = os.path.relpath(folder, top)
        package = root_package if relative == "." else root_package + "." + relative.replace(os.sep, ".")
        for file in files:
            if file.endswith(".py"):
                name = package if file == "__init__.py" else f"{package}.{file[:-3]}"
                features.setdefault(name, 0)


_declare_no_features()
