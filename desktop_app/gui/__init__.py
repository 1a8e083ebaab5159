"""The thin Qt layer: windows, models over the domain, dialogs."""

from __future__ import annotations

import sys
from pathlib import Path

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
    package = Path(__file__).resolve().parent.parent
    for path in package.rglob("*.py"):
        parts = path.relative_to(package.parent).with_suffix("").parts
        features.setdefault(".".join(parts[:-1] if parts[-1] == "__init__" else parts), 0)


_declare_no_features()
