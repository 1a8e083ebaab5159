"""The shape of the code: no import cycles, layers that only look down, no window mixins."""

from __future__ import annotations

import ast
import functools
import tomllib
from collections.abc import Iterator
from pathlib import Path

import desktop_app

PACKAGE = Path(desktop_app.__file__).resolve().parent
ROOT = PACKAGE.parent
COMPOSITION_ROOT = "desktop_app.app"  # starts the window: the one module outside gui/ that may name it


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imported_names(path: Path) -> Iterator[tuple[str, int]]:
    """Every module named by an import in ``path`` — at the top, in functions and under TYPE_CHECKING."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    own = module_name(path)
    package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            known = modules()
            submodules = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in known]
            # ``from desktop_app.gui import settings`` names the module settings, not the package.
            if len(submodules) < len(node.names):
                yield base, node.lineno
            for target in submodules:
                yield target, node.lineno


def graph() -> dict[str, set[str]]:
    known = modules()
    edges: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        for target, _line in imported_names(path):
            if target in known and target != name:
                edges[name].add(target)
    return edges


def find_cycle(edges: dict[str, set[str]]) -> list[str]:
    """One import cycle as a list of modules ([] when there is none)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return []

    for start in sorted(edges):
        if start not in state and (cycle := visit(start)):
            return cycle
    return []


def test_there_is_no_import_cycle_in_the_package() -> None:
    edges = graph()
    assert len(edges) > 60
    assert find_cycle(edges) == []


def test_the_cycle_finder_sees_a_cycle() -> None:
    # Guards the guard: a made-up graph with a cycle through a TYPE_CHECKING-like back edge.
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
    assert find_cycle(edges) == ["a", "b", "c", "a"]


def test_the_import_reader_counts_imports_under_type_checking_and_in_functions() -> None:
    names = {target for target, _ in imported_names(PACKAGE / "cli.py")}
    # cli.py names the export registry under TYPE_CHECKING and imports it inside a function.
    assert "desktop_app.domain.export" in names
    assert "desktop_app.domain.export.w3c_import" in names


def test_nothing_below_the_gui_imports_the_gui_or_qt_widgets() -> None:
    offences = []
    for name, path in modules().items():
        if name.startswith("desktop_app.gui") or name == COMPOSITION_ROOT:
            continue
        for target, line in imported_names(path):
            if target.startswith(("desktop_app.gui", "PySide6.QtWidgets")):
                offences.append(f"{path.relative_to(ROOT)}:{line} imports {target}")
    assert offences == []


def test_domain_and_storage_import_no_qt_at_all() -> None:
    offences = []
    for name, path in modules().items():
        if name.startswith(("desktop_app.domain", "desktop_app.storage")):
            for target, line in imported_names(path):
                if target.startswith("PySide6"):
                    offences.append(f"{path.relative_to(ROOT)}:{line} imports {target}")
    assert offences == []


def test_no_gui_class_is_a_mixin_of_the_window() -> None:
    offences = []
    for path in sorted((PACKAGE / "gui").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and "Mixin" in node.name:
                offences.append(f"{path.name}: class {node.name}")
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.args.args:
                annotation = node.args.args[0].annotation
                if node.args.args[0].arg == "self" and annotation is not None:
                    offences.append(f"{path.name}:{node.lineno}: self annotated as {ast.unparse(annotation)}")
    assert offences == []


def test_mypy_checks_every_project_module_in_full() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    overrides = config["tool"]["mypy"].get("overrides", [])
    assert [o for o in overrides if "disable_error_code" in o] == []
