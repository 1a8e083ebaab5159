"""The 简体中文 translation: complete, current with the code and the .qm, and what the window shows."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app import paths
from desktop_app.gui import launch, reading_prefs
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings

GUI_SOURCES = Path(launch.__file__).resolve().parent
TS = paths.i18n_dir() / f"{launch.TRANSLATION}_zh_CN.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent  # the venv's pyside6-lupdate / pyside6-lrelease
PLACEHOLDER = re.compile(r"%(?:n|[1-9][0-9]*)")
ACCELERATOR = re.compile(r"&([^&\s])")  # "&&" is a literal ampersand, not an accelerator
CJK = re.compile(r"[\u4e00-\u9fff]")
FIX = "run scripts/i18n.sh, translate the new strings in the .ts, then run scripts/i18n.sh again"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # the translation, or its numerus forms
    kind: str | None  # the translation's type: None when finished, else "unfinished", "vanished"…

    @property
    def translated(self) -> bool:
        return self.kind is None and bool(self.forms) and all(form.strip() for form in self.forms)

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    """Every message of a Qt Linguist .ts file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                forms: tuple[str, ...] = ()
                kind: str | None = "missing"
            else:
                numerus = translation.findall("numerusform")
                forms = tuple(f.text or "" for f in numerus) if numerus else (translation.text or "",)
                kind = translation.get("type")
            messages.append(Message(name, message.findtext("source") or "", forms, kind))
    return messages


def run_tool(name: str, *args: str) -> None:
    tool = TOOLS / name
    result = subprocess.run([str(tool), *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"{tool} failed:\n{result.stdout}{result.stderr}"


def translated_in_ts() -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in read_ts(TS) if m.translated}


def test_every_message_has_a_finished_translation() -> None:
    messages = read_ts(TS)

    assert len(messages) > 50, f"{TS} holds only {len(messages)} messages"
    untranslated = [str(m) for m in messages if not m.translated]
    assert not untranslated, f"Untranslated or unfinished in {TS.name} ({FIX}):\n" + "\n".join(untranslated)


def test_the_translation_covers_every_string_lupdate_finds(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_zh_CN.ts"
    sources = sorted(str(p) for p in GUI_SOURCES.glob("*.py"))
    run_tool("pyside6-lupdate", "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh))

    found = read_ts(fresh)
    assert len(found) > 50, f"lupdate found only {len(found)} strings in {GUI_SOURCES}"
    have = translated_in_ts()
    missing = [str(m) for m in found if (m.context, m.source) not in have]
    assert not missing, f"Strings in the code with no Chinese translation ({FIX}):\n" + "\n".join(missing)


def translate_calls() -> Iterator[tuple[str, ast.Call]]:
    """Every ``QCoreApplication.translate(...)`` and ``QT_TRANSLATE_NOOP(...)`` call in the GUI code."""
    for path in sorted(GUI_SOURCES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call):
                continue
            if (
                isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("QCoreApplication", "QApplication", "QGuiApplication")
            ) or (isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"):
                yield f"{path.name}:{node.lineno}", node


def test_every_translate_call_in_the_code_is_translated() -> None:
    # lupdate's Python parser silently skips some calls (one inside an f-string; one whose count
    # argument is not a plain name or number, e.g. share.turns), so read the code itself as well.
    have = translated_in_ts()
    calls = list(translate_calls())
    assert len(calls) > 50, f"only {len(calls)} translate calls found in {GUI_SOURCES}"
    problems = []
    lookups: dict[str, str] = {}  # context → where a table's text is translated by a variable
    declared: set[str] = set()  # contexts with texts written out as literals
    for where, call in calls:
        literals = [
            a.value for a in call.args[:2] if isinstance(a, ast.Constant) and isinstance(a.value, str)
        ]
        first = call.args[0] if call.args else None
        if len(literals) == 1 and isinstance(first, ast.Constant) and isinstance(call.args[1], ast.Name):
            # A table lookup (the action table, the export formats): the texts are declared literally
            # elsewhere (QT_TRANSLATE_NOOP or a list for lupdate), and those are checked here too.
            lookups[literals[0]] = where
            continue
        if len(literals) != 2:
            problems.append(f"{where}: context and source must be string literals: {ast.unparse(call)}")
            continue
        declared.add(literals[0])
        if tuple(literals) not in have:
            problems.append(
                f"{where}: {literals[0]}: {literals[1]!r} is not in {TS.name} with a translation"
                " (if lupdate does not list it: take the call out of the f-string, or pass the count"
                " as a plain variable)"
            )
    problems += [f"{where}: no text of {context!r} is declared" for context, where in lookups.items()
                 if context not in declared]
    assert not problems, "Strings the Chinese UI would show in English:\n" + "\n".join(problems)


def test_the_qm_is_built_from_the_current_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    run_tool("pyside6-lrelease", str(TS), "-qm", str(fresh))

    assert QM.read_bytes() == fresh.read_bytes(), f"{QM.name} is stale: run scripts/i18n.sh"


def test_placeholders_accelerators_and_ellipses_survive_translation() -> None:
    wrong = []
    for m in read_ts(TS):
        for form in m.forms:
            if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(m.source)):
                wrong.append(f"{m} → {form!r}: placeholders differ")
            accelerator = ACCELERATOR.findall(m.source)
            if accelerator and f"(&{accelerator[0].upper()})" not in form:
                wrong.append(f"{m} → {form!r}: wants the accelerator as (&{accelerator[0].upper()})")
            if m.source.endswith("…") != form.endswith("…"):
                wrong.append(f"{m} → {form!r}: the ellipsis must stay")
    assert not wrong, "\n".join(wrong)


@pytest.fixture
def open_window(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[str], MainWindow]]:
    """Open the app's window as ``build_window`` does for a reader who chose ``language``."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    windows: list[MainWindow] = []

    def open_in(language: str) -> MainWindow:
        data = tmp_path / language / "data"
        data.mkdir(parents=True)
        settings = Settings.in_folder(str(data))
        reading_prefs.save(settings, reading_prefs.ReadingPrefs(language=language))
        settings.sync()
        window, error = launch.build_window(None, data)
        assert error is None
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1280, 820)
        window.navigation.select_first_question()
        window.show()
        qtbot.waitExposed(window)
        return window

    yield open_in
    for window in windows:
        window.close()
        window.store.close()
    launch.install_translations(app, QLocale.c())  # the other tests expect English


def screenshot(window: MainWindow, target: Path) -> None:
    image = window.grab()
    assert (image.width(), image.height()) == (1280, 820)
    assert image.save(str(target), "PNG"), f"cannot write {target}"


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_a_reader_who_chose_chinese_gets_chinese_menus(
    open_window: Callable[[str], MainWindow], tmp_path: Path
) -> None:
    window = open_window("zh_CN")
    screenshot(window, tmp_path / "window_zh_CN.png")

    titles = menu_titles(window)
    for title in ("文件(&F)", "编辑(&E)", "视图(&V)", "转到(&G)", "帮助(&H)"):
        assert title in titles, titles
    assert window.speaker_filter.title() == "发言人"
    english = [
        f"{menu.title()} › {action.text()}"
        for menu in (a.menu() for a in window.menuBar().actions())
        if menu is not None
        for action in menu.actions()
        if not action.isSeparator() and not CJK.search(action.text())
    ]
    assert not english, "Menu items left in English: " + ", ".join(english)


def test_a_reader_who_chose_english_gets_english_even_after_chinese(
    open_window: Callable[[str], MainWindow], tmp_path: Path
) -> None:
    chinese = open_window("zh_CN")
    assert "文件(&F)" in menu_titles(chinese)

    window = open_window("en")
    screenshot(window, tmp_path / "window_en.png")

    titles = menu_titles(window)
    for title in ("&File", "&Edit", "&View", "&Go", "&Help"):
        assert title in titles, titles
    assert window.speaker_filter.title() == "Speakers"
    assert QCoreApplication.translate("Actions", "&File") == "&File"
