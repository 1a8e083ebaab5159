"""A slot that calls one method with arguments fixed when it is connected (no ``sender()``, no lambda)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Call:
    """``Call(method, *args)`` connected to a signal runs ``method(*args)``.

    The signal's own arguments (a QAction's ``checked``) are not passed on, as ``functools.partial`` would.
    """

    def __init__(self, method: Callable[..., Any], *args: Any) -> None:
        self._method = method
        self._args = args

    def __call__(self, *_signal_args: object) -> None:
        """Run the method with the arguments given when connecting (the signal's own are dropped)."""
        self._method(*self._args)
