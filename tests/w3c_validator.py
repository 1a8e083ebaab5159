"""Checks a W3C Web Annotation document against the Working Group's MUST-level test schemas, offline.

The schemas are in ``tests/data/w3c-web-annotation`` (BSD licence and source in its LICENSE.md and
README.md). An annotation is valid when it passes every assertion listed in the manifest
``annotations/annotationMusts.test``; a collection or a page also passes its own manifest. ``$ref``s
between the schemas resolve in memory (the registry has no retriever: nothing is fetched).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SCHEMAS = Path(__file__).resolve().parent / "data" / "w3c-web-annotation"
BASE = "https://w3c-web-annotation-tests.invalid/"  # the schemas' relative ids hang under this
MOTIVATIONS = {
    "assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting",
    "identifying", "linking", "moderating", "questioning", "replying", "tagging",
}
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$")


def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(_SCHEME.match(value))


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not re.match(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", value):
        return False
    try:
        datetime.fromisoformat(value.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


FORMATS = jsonschema.FormatChecker(formats=())
FORMATS.checks("uri")(_is_uri)
FORMATS.checks("date-time")(_is_date_time)


@cache
def _registry() -> Registry:
    resources = []
    for path in sorted(SCHEMAS.rglob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        # Every id is a bare file name that others refer to relatively: one flat namespace.
        resources.append((BASE + path.name, Resource(contents=schema, specification=DRAFT4)))
    return Registry().with_resources(resources)


@cache
def _assertions(manifest: str) -> tuple[str, ...]:
    data = json.loads((SCHEMAS / manifest).read_text(encoding="utf-8"))
    return tuple(BASE + Path(name).name for name in data["assertions"])


@dataclass(frozen=True)
class Failure:
    """One failed assertion: which schema, where in the document, and what it says."""

    assertion: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.assertion} at {self.path or '/'}: {self.message}"


def _check(instance: Any, manifest: str, where: str) -> list[Failure]:
    failures = []
    registry = _registry()
    for uri in _assertions(manifest):
        schema = registry.contents(uri)
        validator = jsonschema.Draft4Validator(
            {"$ref": uri}, registry=registry, format_checker=FORMATS
        )
        errors = list(validator.iter_errors(instance))
        if errors:
            title = schema.get("title", uri) if isinstance(schema, dict) else uri
            message = schema.get("errorMessage", "") if isinstance(schema, dict) else ""
            failures.append(Failure(title, where, message or errors[0].message))
    motivations = instance.get("motivation", []) if isinstance(instance, dict) else []
    for value in [motivations] if isinstance(motivations, str) else motivations:
        if value not in MOTIVATIONS:
            failures.append(Failure("motivation", where, f"{value!r} is not a W3C motivation"))
    return failures


def validate(document: Any) -> list[Failure]:
    """Every failed MUST of ``document``: an annotation, a list, an AnnotationPage or a Collection."""
    if isinstance(document, list):
        manifest = "annotations/annotationMusts.test"
        return [f for i, a in enumerate(document) for f in _check(a, manifest, f"/{i}")]
    kind = document.get("type") if isinstance(document, dict) else None
    if kind == "AnnotationCollection":
        failures = _check(document, "collections/collectionMusts.test", "")
        first = document.get("first")
        if isinstance(first, dict):
            failures += _page(_in_context(first, document), "/first")
        return failures
    if kind == "AnnotationPage":
        return _page(document, "")
    return _check(document, "annotations/annotationMusts.test", "")


def _page(page: dict[str, Any], where: str) -> list[Failure]:
    failures = _check(page, "collections/pages/pageMusts.test", where)
    for i, item in enumerate(page.get("items", [])):
        failures += _check(_in_context(item, page), "annotations/annotationMusts.test", f"{where}/items/{i}")
    return failures


def _in_context(embedded: Any, parent: dict[str, Any]) -> Any:
    """An embedded object inherits its parent's ``@context`` (JSON-LD), as the W3C tests expect."""
    if isinstance(embedded, dict) and "@context" not in embedded and "@context" in parent:
        return {"@context": parent["@context"], **embedded}
    return embedded


def validate_file(path: Path) -> list[Failure]:
    """:func:`validate` on a JSON file."""
    return validate(json.loads(path.read_text(encoding="utf-8")))
