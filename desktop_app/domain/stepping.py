"""Long work written as a generator that yields between steps, so a caller can run it a few steps at a time.

The window runs such work between its events (gui/steps.py); the command line and the tests run it at
once with ``run_through``. What the generator returns is the work's result.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

T = TypeVar("T")


def run_through(steps: Generator[None, None, T]) -> T:
    """What work made of steps gives, run at once."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
