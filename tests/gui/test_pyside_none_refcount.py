"""Guard against the PySide6 build that releases None once too often on every void method call.

PySide6 6.12.0 under Python 3.11 (where None is not immortal) drops None's reference count by one
for each call of a method returning void; a long reading session then aborts with
"Fatal Python error: none_dealloc". pyproject.toml keeps PySide6 below 6.12 for this reason.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_methods_leave_nones_reference_count_alone() -> None:
    holder = QObject()
    before = sys.getrefcount(None)
    for _ in range(5000):
        holder.setObjectName("x")
    after = sys.getrefcount(None)
    assert before - after < 100, f"None lost {before - after} references in 5000 calls"
