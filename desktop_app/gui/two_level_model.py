"""The shape the window's lists share: top rows, each with child rows, one column."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex


class TwoLevelModel(QAbstractItemModel):
    """Top-level rows carry internal id 0; a child carries its parent's row + 1.

    Subclasses say how many rows there are (``top_count``, ``child_count``) and what they hold
    (``data``); the navigation Qt asks for is here, once.
    """

    def top_count(self) -> int:
        """How many top-level rows there are."""
        raise NotImplementedError

    def child_count(self, top_row: int) -> int:
        """How many children top-level row ``top_row`` has."""
        raise NotImplementedError

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Index of ``row`` under ``parent``."""
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < self.top_count() else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        return (
            self.createIndex(row, 0, parent.row() + 1)
            if row < self.child_count(parent.row())
            else QModelIndex()
        )

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """The top-level row of a child; nothing for a top-level row."""
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Top-level rows, or the children of one."""
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return self.top_count()
        if parent.internalId() != 0:
            return 0
        return self.child_count(parent.row())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One column."""
        return 1

    # No flags() here: QAbstractItemModel's own (enabled and selectable rows, nothing for an invalid index)
    # is what these lists want, and it answers without a call into Python, which the view makes for every
    # row it lays out or paints (through the filter proxy, twice).
