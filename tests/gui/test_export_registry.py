"""Adding an export format is one registry entry and one function: the CLI, the menu and the file see it."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from desktop_app import cli
from desktop_app.domain.annotations import Color
from desktop_app.domain.export import Annotated, ExportFormat, formats, register, unregister
from desktop_app.gui.main_window import MainWindow


def count_questions(data: Annotated, _labels: Mapping[Color, str], _whole: bool) -> bytes:
    """The toy format: one line per question, its id and how many highlights it holds."""
    lines = []
    for question in data.transcript.questions():
        held = sum(1 for h in data.highlights if h.question_id == question.id)
        lines.append(f"{question.id}\t{held}")
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.fixture
def toy_format() -> Iterator[ExportFormat]:
    fmt = register(ExportFormat("tally", "Question tally", ".tsv", count_questions))
    yield fmt
    unregister("tally")


def test_a_registered_format_is_a_choice_of_the_command_line(
    toy_format: ExportFormat, tmp_path: Path
) -> None:
    out = tmp_path / "tally.tsv"
    status = cli.run_command(["export", "--format", "tally", "-o", str(out), "--data-dir", str(tmp_path)])

    assert status == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "s1-q1\t0"
    assert "tally" in cli.format_names()


def test_a_registered_format_is_in_the_export_menu_and_writes_its_file(
    toy_format: ExportFormat, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    texts = {a.objectName(): a.text() for a in window.export_actions}

    assert texts["actionExport_tally"] == "Question tally…"
    assert window.files.export_to("tally", str(tmp_path / "t.tsv"))
    assert (tmp_path / "t.tsv").read_text(encoding="utf-8").startswith("s1-q1\t0\n")


def test_the_builtin_formats_and_pdf_are_registered(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    menu = [a.objectName() for a in window.export_actions]  # made when the Export menu is first used
    names = [f.name for f in formats()]

    assert names[:5] == ["json", "markdown", "html", "csv", "w3c"]
    assert "pdf" in names
    assert "actionExport_markdown_whole" in menu and "actionExport_pdf" in menu
    assert "tally" not in names


def test_the_export_menu_lists_every_format_when_it_opens(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    menu = window.findChild(QMenu, "menuExport")
    assert isinstance(menu, QMenu)

    menu.popup(QPoint(0, 0))  # filled as it opens: the registry is not imported to show the window
    menu.hide()
    names = [a.objectName() for a in menu.actions()]
    menu.popup(QPoint(0, 0))  # opening it again adds nothing
    menu.hide()

    assert names[:2] == ["actionExport_json", "actionExport_markdown"]
    assert "actionExport_pdf" in names
    assert [a.objectName() for a in menu.actions()] == names
