"""Messages from the domain in the 简体中文 UI: each id is translated; dialogs say them in Chinese."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import desktop_app
from desktop_app.domain.errors import TranscriptError
from desktop_app.domain.messages import Message
from desktop_app.domain.parser import parse_transcript
from desktop_app.gui import domain_text, launch
from desktop_app.gui.main_window import MainWindow
from desktop_app.storage.errors import Cause, StoreWriteError, WriteFailure, read_only_reason

PACKAGE = Path(desktop_app.__file__).resolve().parent
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Four English words in a row is a sentence left untranslated (a quoted key such as 'role: host' is not).
ENGLISH_SENTENCE = re.compile(r"[A-Za-z]+(?:[ ,]+[A-Za-z]+){3,}")
CJK = re.compile(r"[\u4e00-\u9fff]")


def raised_messages() -> dict[str, set[str]]:
    """Every ``Message("id", "template", …)`` written outside the GUI: id → its templates."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Message":
                ident, template = node.args[0], node.args[1]
                assert isinstance(ident, ast.Constant) and isinstance(template, ast.Constant), (
                    f"{path}:{node.lineno}: a message's id and template must be literals"
                )
                found.setdefault(str(ident.value), set()).add(str(template.value))
    return found


def test_every_message_id_the_domain_raises_has_a_gui_translation() -> None:
    found = raised_messages()

    assert len(found) > 100, f"only {len(found)} message ids found under {PACKAGE}"
    table = domain_text.TEXTS
    problems = [f"{ident}: two templates {texts}" for ident, texts in found.items() if len(texts) > 1]
    problems += [f"{ident}: not in gui/domain_text.TEXTS" for ident in found if ident not in table]
    problems += [
        f"{ident}: the GUI's literal {domain_text.TEXTS[ident]!r} differs from the domain's {template!r}"
        for ident, (template,) in ((i, tuple(t)) for i, t in found.items() if len(t) == 1)
        if ident in domain_text.TEXTS and domain_text.TEXTS[ident] != template
    ]
    problems += [f"{ident}: in the GUI table but raised nowhere" for ident in table if ident not in found]
    assert not problems, "\n".join(problems)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    app = qapp
    assert isinstance(app, QApplication)
    assert launch.install_translations(app, QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield
    launch.install_translations(app, QLocale.c())  # the other tests expect English


def test_every_translation_keeps_the_placeholders(chinese: None) -> None:
    wrong = []
    for ident, template in domain_text.TEXTS.items():
        translated = QCoreApplication.translate(domain_text.CONTEXT, template)
        if not CJK.search(translated):
            wrong.append(f"{ident}: {translated!r} is not Chinese")
        if set(PLACEHOLDER.findall(translated)) != set(PLACEHOLDER.findall(template)):
            wrong.append(f"{ident}: {translated!r} has other placeholders than {template!r}")
    assert not wrong, "\n".join(wrong)


def test_a_message_is_its_english_text_for_the_command_line() -> None:
    with pytest.raises(TranscriptError) as caught:
        parse_transcript("no front matter here\n", "broken.md")

    error = caught.value
    assert str(error) == (
        "broken.md, line 1: The file has no front matter. Start it with a '---' line, "
        "the YAML fields id, title, source, language and speakers, and another '---' line."
    )
    assert isinstance(error.problem, Message) and error.problem.id == "parser.no-front-matter"
    assert domain_text.error_text(error) == str(error)  # the English UI shows the same words


def error_boxes(window: MainWindow) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox, "errorMessage") if box.isVisible()]


def assert_chinese(text: str) -> None:
    assert CJK.search(text), text
    english = ENGLISH_SENTENCE.findall(text)
    assert not english, f"English left in {text!r}: {english}"


def test_opening_a_broken_transcript_says_why_in_chinese(
    make_window: Callable[..., MainWindow], chinese: None, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window()
    broken = tmp_path / "broken.md"
    broken.write_text("---\nid: x\ntitle: 坏文件\nsource: s\nlanguage: zh\n---\n主持人：你好？\n", "utf-8")

    assert not window.files.open_path(str(broken))

    qtbot.waitUntil(lambda: bool(error_boxes(window)))
    (text,) = error_boxes(window)
    assert text.startswith(f"{broken}：")
    assert "文件头没有声明发言人。" in text
    assert_chinese(text.removeprefix(str(broken)))


def test_a_broken_line_is_named_in_chinese(
    make_window: Callable[..., MainWindow], chinese: None, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window()
    broken = tmp_path / "twice.md"
    broken.write_text(
        "---\nid: x\ntitle: t\nsource: s\nlanguage: zh\nspeakers:\n  - name: 甲\n    role: host\n"
        "  - name: 甲\n    role: guest\n---\n甲：你好？\n",
        encoding="utf-8",
    )

    window.files.open_path(str(broken))

    qtbot.waitUntil(lambda: bool(error_boxes(window)))
    (text,) = error_boxes(window)
    assert f"{broken}，第 9 行：发言人“甲”声明了两次。" in text
    assert_chinese(text.removeprefix(str(broken)))


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ('{"type": "Something", "items": []}', "文件是 JSON，但不是 W3C 网页批注"),
        ("", "文件是空的。"),
        ('[{"type": "Annotation"}]', "文件中的第 1 条批注没有 ID。"),
    ],
)
def test_importing_a_bad_w3c_file_says_why_in_chinese(
    make_window: Callable[..., MainWindow],
    chinese: None,
    tmp_path: Path,
    qtbot: QtBot,
    content: str,
    said: str,
) -> None:
    window = make_window()
    bad = tmp_path / "bad.jsonld"
    bad.write_text(content, encoding="utf-8")

    assert not window.files.import_annotations(str(bad))

    qtbot.waitUntil(lambda: bool(error_boxes(window)))
    (text,) = error_boxes(window)
    assert said in text
    assert "请从访谈阅读器重新导出批注" in text
    assert_chinese(text)
    assert window.transcript is not None
    assert window.store.highlights(window.transcript.id) == []  # nothing imported


def test_a_store_that_cannot_save_says_why_in_chinese(chinese: None, tmp_path: Path) -> None:
    db = tmp_path / "data" / "annotations.db"
    error = StoreWriteError("Your highlight", Cause(WriteFailure.DISK_FULL), db)

    assert str(error).startswith(
        f"Your highlight could not be saved: the disk holding the data folder {db.parent} is full."
    )
    said = domain_text.error_text(error)
    assert said == (
        f"你的高亮未能保存：数据文件夹 {db.parent} 所在的磁盘已满。"
        "请腾出一些磁盘空间，然后重试。之前保存的内容都没有改变。"
    )
    assert_chinese(said.replace(str(db.parent), ""))
    reason = domain_text.text(read_only_reason(Cause(WriteFailure.READ_ONLY_FILE), db))
    assert reason.startswith(f"无法保存高亮和笔记：批注文件 {db} 是只读的。")
    assert_chinese(reason.replace(str(db), ""))
