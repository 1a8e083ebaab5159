"""The project's W3C checker accepts the valid examples and rejects the invalid ones (it guards exports)."""

from __future__ import annotations

from pathlib import Path

import pytest
from w3c_validator import SCHEMAS, validate_file

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "w3c-examples"


def test_the_schemas_and_their_licence_are_in_the_repository() -> None:
    assert (SCHEMAS / "LICENSE.md").is_file() and (SCHEMAS / "README.md").is_file()
    assert len(list(SCHEMAS.rglob("*.json"))) >= 80


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("good-*.json")), ids=lambda p: p.name)
def test_valid_examples_pass(path: Path) -> None:
    assert validate_file(path) == []


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("bad-*.json")), ids=lambda p: p.name)
def test_invalid_examples_fail(path: Path) -> None:
    assert validate_file(path) != []
