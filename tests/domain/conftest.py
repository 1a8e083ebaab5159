"""Fixtures shared by the domain's tests."""

from __future__ import annotations

import pytest

from desktop_app.domain.search.fts import TrigramIndex


@pytest.fixture
def fts_answers(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """One entry per question put to the trigram index: True when it answered (FTS path)."""
    answered: list[bool] = []
    original = TrigramIndex.rows

    def spy(self: TrigramIndex, folded_query: str, limit: int) -> list[int] | None:
        rows = original(self, folded_query, limit)
        answered.append(rows is not None)
        return rows

    monkeypatch.setattr(TrigramIndex, "rows", spy)
    return answered
