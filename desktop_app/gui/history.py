"""Back and Forward: the jumps the reader made, like a browser's history."""

from __future__ import annotations


class History:
    """A list of visited node ids and where we are in it."""

    def __init__(self, limit: int = 200) -> None:
        self._items: list[str] = []
        self._at = -1
        self._limit = limit

    def visit(self, node_id: str) -> None:
        """Record a jump to ``node_id``; forward history is dropped, as in a browser."""
        if self._at >= 0 and self._items[self._at] == node_id:
            return
        del self._items[self._at + 1 :]
        self._items.append(node_id)
        if len(self._items) > self._limit:
            del self._items[0]
        self._at = len(self._items) - 1

    def can_go_back(self) -> bool:
        """True if there is an earlier place."""
        return self._at > 0

    def can_go_forward(self) -> bool:
        """True if Back was used and there is a later place."""
        return self._at < len(self._items) - 1

    def back(self) -> str:
        """Step back; the node to show ('' if there is none)."""
        if not self.can_go_back():
            return ""
        self._at -= 1
        return self._items[self._at]

    def forward(self) -> str:
        """Step forward; the node to show ('' if there is none)."""
        if not self.can_go_forward():
            return ""
        self._at += 1
        return self._items[self._at]

    def clear(self) -> None:
        """Forget every place (a new transcript)."""
        self._items.clear()
        self._at = -1
