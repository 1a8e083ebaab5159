"""A mapping read from a front matter that remembers its line: both front matter readers make them."""

from __future__ import annotations

from typing import Any


class Mapping(dict[Any, Any]):
    """A YAML mapping that remembers the line it starts on (0-based, within the front matter)."""

    line: int = 0
