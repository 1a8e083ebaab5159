"""``interview-reader export --format json``: the transcript's structure, on stdout or in a file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import desktop_app
from desktop_app import cli, paths
from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import load_transcript

PARAGRAPH = {
    "type": "object",
    "required": ["id", "text"],
    "properties": {"id": {"type": "string"}, "text": {"type": "string", "minLength": 1}},
}
EXPORT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["transcript"],
    "properties": {
        "transcript": {
            "type": "object",
            "required": ["id", "title", "speakers", "preface", "sections"],
            "properties": {
                "id": {"type": "string"},
                "title": {"type": "string"},
                "speakers": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "object",
                        "required": ["name", "role", "bio"],
                        "properties": {
                            "name": {"type": "string"},
                            "role": {"enum": ["host", "guest"]},
                            "bio": {"type": "string"},
                        },
                    },
                },
                "preface": {"type": "array", "items": PARAGRAPH},
                "sections": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["id", "title", "questions"],
                        "properties": {
                            "id": {"type": "string"},
                            "title": {"type": "string"},
                            "questions": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "required": ["id", "speaker", "text", "answers"],
                                    "properties": {
                                        "id": {"type": "string"},
                                        "speaker": {"type": "string"},
                                        "text": {"type": "string"},
                                        "answers": {
                                            "type": "array",
                                            "items": {
                                                "type": "object",
                                                "required": ["speaker", "paragraphs"],
                                                "properties": {
                                                    "speaker": {"type": "string"},
                                                    "paragraphs": {
                                                        "type": "array",
                                                        "minItems": 1,
                                                        "items": PARAGRAPH,
                                                    },
                                                },
                                            },
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        }
    },
}

BROKEN = "# 没有 front matter 的访谈\n\n主持人:问?\n"


@pytest.fixture(scope="module")
def bundled() -> Transcript:
    return load_transcript(paths.bundled_transcript())


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    data = tmp_path / "data"
    data.mkdir()
    return {**os.environ, paths.DATA_DIR_ENV: str(data)}


def run_module(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def check_export(document: dict[str, Any], bundled: Transcript) -> None:
    """The exported document has the documented shape and the bundled interview's content."""
    jsonschema.validate(document, EXPORT_SCHEMA)
    t = document["transcript"]
    assert t["id"] == "t-frontline-sora-2024"
    assert t["title"] == "对话宋东桓、薛彦泽:Sora 会颠覆内容行业吗?"
    assert [(s["name"], s["role"]) for s in t["speakers"]] == [
        ("T前线", "host"),
        ("宋东桓", "guest"),
        ("薛彦泽", "guest"),
    ]
    assert all(s["bio"] for s in t["speakers"])
    assert [p["id"] for p in t["preface"]] == ["pre-p1", "pre-p2", "pre-p3", "pre-p4"]
    assert t["preface"][0]["text"].startswith("栏目介绍:“T前线”是51CTO内容中心")

    sections = t["sections"]
    assert [s["id"] for s in sections] == ["s1", "s2", "s3", "s4", "s5", "s6"]
    assert [s["title"] for s in sections][1:] == [
        "“十年之内,见证好莱坞们的坍塌”",
        "“复刻Sora,最难解决的是信心”",
        "所有人都是创作者,所有人都是消费者",
        "Sora将无处不在",
        "拥抱AI,从业者要吃“第一口馒头”",
    ]
    assert [[q["id"] for q in s["questions"]] for s in sections] == [
        ["s1-q1", "s1-q2"],
        ["s2-q1"],
        ["s3-q1"],
        ["s4-q1", "s4-q2"],
        ["s5-q1"],
        ["s6-q1", "s6-q2"],
    ]

    first = sections[0]["questions"][0]
    assert (first["speaker"], first["text"]) == ("T前线", "Sora真正厉害在哪里?")
    assert [a["speaker"] for a in first["answers"]] == ["宋东桓", "薛彦泽"]
    assert [p["id"] for p in first["answers"][0]["paragraphs"]] == [f"s1-q1-p{i}" for i in range(2, 7)]
    assert first["answers"][0]["paragraphs"][0]["text"].startswith("要理解Sora的厉害之处")
    assert (
        first["answers"][1]["paragraphs"][0]["text"]
        == "关于Sora的厉害之处,我的第一印象是它能够生成影视级的视频效果。"
    )
    short = sections[3]["questions"][0]
    assert (short["text"], short["answers"]) == (
        "未来会是一个AI视频泛滥的世界吗?",
        [{"speaker": "宋东桓", "start": None, "paragraphs": [{"id": "s4-q1-p2", "text": "会。"}]}],
    )

    # Every paragraph of the interview is in the export, once, in reading order.
    exported = [(p["id"], p["text"]) for p in t["preface"]]
    for section in sections:
        for q in section["questions"]:
            exported.append((f"{q['id']}-p1", q["text"]))
            for answer in q["answers"]:
                exported += [(p["id"], p["text"]) for p in answer["paragraphs"]]
    assert exported == [(p.id, p.text) for p in bundled.paragraphs()]
    assert len(exported) == 66


# --- as a program -------------------------------------------------------------------------------------


def test_module_export_writes_json_to_stdout(
    tmp_path: Path, env: dict[str, str], bundled: Transcript
) -> None:
    result = run_module(["export", "--format", "json"], tmp_path, env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    check_export(json.loads(result.stdout), bundled)
    # Nothing but the data folder the test made: stdout export leaves the working folder alone.
    assert [p.name for p in tmp_path.iterdir()] == ["data"]


def test_module_export_to_a_file(tmp_path: Path, env: dict[str, str], bundled: Transcript) -> None:
    result = run_module(["export", "--format", "json", "-o", "out.json"], tmp_path, env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    check_export(json.loads((tmp_path / "out.json").read_text(encoding="utf-8")), bundled)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out.json"]


def test_module_export_of_a_broken_transcript_fails_and_names_it(tmp_path: Path, env: dict[str, str]) -> None:
    broken = tmp_path / "broken.md"
    broken.write_text(BROKEN, encoding="utf-8")
    result = run_module(["export", "--format", "json", "--transcript", str(broken)], tmp_path, env)
    assert result.returncode != 0
    assert result.stdout == ""
    assert str(broken) in result.stderr
    assert "front matter" in result.stderr
    assert "Traceback" not in result.stderr


def test_module_export_of_a_missing_transcript_fails_and_names_it(
    tmp_path: Path, env: dict[str, str]
) -> None:
    missing = tmp_path / "missing.md"
    result = run_module(["export", "--format", "json", "--transcript", str(missing)], tmp_path, env)
    assert result.returncode != 0
    assert str(missing) in result.stderr
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_module_version(tmp_path: Path, env: dict[str, str]) -> None:
    result = run_module(["--version"], tmp_path, env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [cli.PROG, desktop_app.__version__]


def test_module_export_does_not_load_qt(tmp_path: Path, env: dict[str, str]) -> None:
    out = tmp_path / "out.json"
    code = (
        "import sys\n"
        "from desktop_app.app import main\n"
        f"status = main(['export', '--format', 'json', '-o', {str(out)!r}])\n"
        "print(status, any(m == 'PySide6' or m.startswith('PySide6.') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "False"]
    assert out.is_file()


# --- in process -----------------------------------------------------------------------------------------


def test_run_command_export_to_stdout(capsys: pytest.CaptureFixture[str], bundled: Transcript) -> None:
    assert cli.run_command(["export", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    check_export(json.loads(captured.out), bundled)


def test_run_command_export_to_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bundled: Transcript
) -> None:
    out = tmp_path / "export.json"
    assert cli.run_command(["export", "--format", "json", "--output", str(out)]) == 0
    assert capsys.readouterr().out == ""
    document = json.loads(out.read_text(encoding="utf-8"))
    check_export(document, bundled)
    # No temporary file is left next to the output.
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_run_command_export_of_an_explicit_transcript(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "mini.md"
    source.write_text(
        "---\nid: mini\ntitle: 小访谈\nsource: test\nlanguage: zh-Hans\n"
        "speakers:\n  - name: 甲\n    role: host\n  - name: 乙\n    role: guest\n---\n\n"
        "甲:问?\n\n乙:**答**。\n",
        encoding="utf-8",
    )
    assert cli.run_command(["export", "--format", "json", "--transcript", str(source)]) == 0
    t = json.loads(capsys.readouterr().out)["transcript"]
    jsonschema.validate({"transcript": t}, EXPORT_SCHEMA)
    assert (t["id"], t["title"], t["preface"]) == ("mini", "小访谈", [])
    assert t["sections"] == [
        {
            "id": "s1",
            "title": "",
            "questions": [
                {
                    "id": "s1-q1",
                    "speaker": "甲",
                    "start": None,
                    "text": "问?",
                    "paragraphs": [{"id": "s1-q1-p1", "text": "问?"}],
                    "answers": [
                        {"speaker": "乙", "start": None, "paragraphs": [{"id": "s1-q1-p2", "text": "答。"}]}
                    ],
                }
            ],
        }
    ]


def test_run_command_export_of_a_broken_transcript(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.md"
    broken.write_text(BROKEN, encoding="utf-8")
    assert cli.run_command(["export", "--format", "json", "--transcript", str(broken)]) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert str(broken) in captured.err
    assert "line 1" in captured.err
    assert "Traceback" not in captured.err


def test_run_command_export_into_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "no-such-folder" / "out.json"
    assert cli.run_command(["export", "--format", "json", "-o", str(out)]) != 0
    captured = capsys.readouterr()
    assert "no-such-folder" in captured.err
    assert "Traceback" not in captured.err
    assert not out.exists()


def test_run_command_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.run_command(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.split() == [cli.PROG, desktop_app.__version__]


def test_run_command_rejects_an_unknown_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.run_command(["export", "--format", "xml"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "xml" in err
    assert "json" in err


def test_is_command_tells_commands_from_transcripts() -> None:
    assert cli.is_command(["export", "--format", "json"])
    assert not cli.is_command([])
    assert not cli.is_command(["interview.md"])
    assert not cli.is_command(["--version"])
