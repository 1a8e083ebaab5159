"""Session-wide test set-up: Qt runs offscreen, never on the developer's screen."""

import os

# Before any Qt import: one offscreen QApplication (pytest-qt's) serves the whole session.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from collections.abc import Callable

import pytest

from desktop_app import paths

_HEADING = re.compile(r"^(##[ \t]+.+?)[ \t#]*$")


@pytest.fixture(scope="session")
def scaled_text() -> Callable[[int], str]:
    """Makes the bundled transcript with its sections repeated N times, titles numbered (a long one)."""
    lines = paths.bundled_transcript().read_text(encoding="utf-8").split("\n")
    close = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    first = next(i for i in range(close + 1, len(lines)) if _HEADING.match(lines[i]))

    def scaled(times: int) -> str:
        out = lines[:first]
        for copy in range(1, times + 1):
            out += [f"{m.group(1)} ({copy})" if (m := _HEADING.match(x)) else x for x in lines[first:]]
        return "\n".join(out)

    return scaled
