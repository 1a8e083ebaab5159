"""The study commands: library add/list, search across interviews, REFI-QDA export and codebook import."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from study_fixtures import code, load_all, write_interviews

from desktop_app.cli import run_command
from desktop_app.domain.qda import read_codebook
from desktop_app.storage import AnnotationStore


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    return tmp_path / "data", write_interviews(tmp_path / "interviews")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = run_command(list(argv))
    out = capsys.readouterr()
    return status, out.out, out.err


def test_library_add_and_list(setup, capsys) -> None:
    data, paths = setup
    status, _out, err = run(
        capsys, "library", "add", str(paths["a"]), str(paths["b"]), "--data-dir", str(data)
    )
    assert status == 0 and "added study-a" in err
    paths["b"].unlink()
    status, out, _err = run(capsys, "library", "list", "--json", "--data-dir", str(data))
    entries = {e["id"]: e for e in json.loads(out)}
    assert status == 0 and set(entries) == {"study-a", "study-b"}
    assert entries["study-b"]["missing"] is True and entries["study-a"]["missing"] is False
    assert entries["study-a"]["speakers"] == ["主持人", "张三"] and entries["study-a"]["highlights"] == 0
    status, out, _err = run(capsys, "library", "list", "--data-dir", str(data))
    assert "study-b\t乙：办公室" in out and "(missing)" in out


def test_library_add_refuses_a_broken_file_and_adds_nothing(setup, capsys, tmp_path: Path) -> None:
    data, paths = setup
    broken = tmp_path / "broken.md"
    broken.write_text("no front matter", encoding="utf-8")
    status, _out, err = run(capsys, "library", "add", str(paths["a"]), str(broken), "--data-dir", str(data))
    assert status == 1 and "broken.md" in err
    status, out, _err = run(capsys, "library", "list", "--json", "--data-dir", str(data))
    assert status == 0 and json.loads(out) == []


def test_search_one_transcript_or_all(setup, capsys) -> None:
    data, paths = setup
    run(capsys, "library", "add", *map(str, paths.values()), "--data-dir", str(data))
    status, out, _err = run(capsys, "search", "远程工作", "--all", "--json", "--data-dir", str(data))
    hits = json.loads(out)
    assert status == 0
    assert [
        (h["interview"], h["question_id"], h["paragraph_id"], h["speaker"], h["start"], h["end"])
        for h in hits
    ] == [
        ("study-c", "s1-q1", "s1-q1-p2", "王五", 11, 15),  # code points: 𠮷 is one
        ("study-a", "", "pre-p1", "", 6, 10),
        ("study-a", "s1-q1", "s1-q1-p1", "主持人", 4, 8),
        ("study-a", "s1-q1", "s1-q1-p2", "张三", 0, 4),
    ]
    status, out, _err = run(capsys, "search", "分心", "--transcript", str(paths["b"]))
    assert status == 0 and out.splitlines() == [
        "study-b\ts1-q1\ts1-q1-p2\t李四\t5-7\t办公室让人分心，但合作更方便。"
    ]


def test_export_a_project_and_a_codebook_then_import_the_codebook(setup, capsys, tmp_path: Path) -> None:
    data, paths = setup
    t = load_all(paths)
    with AnnotationStore.open(data) as store:
        topic = store.create_code("远程")
        code(store, t["a"], "更专注", [topic.id])
        for key in "ac":
            store.add_to_library(t[key], paths[key])
    qdpx, qdc = tmp_path / "study.qdpx", tmp_path / "book.qdc"
    assert (
        run(capsys, "export", "--format", "qdpx", "--all", "-o", str(qdpx), "--data-dir", str(data))[0] == 0
    )
    with zipfile.ZipFile(io.BytesIO(qdpx.read_bytes())) as archive:
        assert len([n for n in archive.namelist() if n.startswith("sources/")]) == 2
        assert "更专注" in archive.read("project.qde").decode("utf-8")
    assert run(capsys, "export", "--format", "qdc", "-o", str(qdc), "--data-dir", str(data))[0] == 0
    assert [c.name for c in read_codebook(qdc.read_bytes(), "book.qdc")][-1] == "远程"

    other = tmp_path / "other"
    status, _out, err = run(capsys, "import-codebook", str(qdc), "--data-dir", str(other))
    assert status == 0 and "6 code(s) read; 1 added, 0 updated" in err
    status, _out, err = run(capsys, "import-codebook", str(qdpx), "--data-dir", str(other))
    assert status == 0 and "0 added, 0 updated" in err
    with AnnotationStore.open(other) as store:
        assert [c.name for c in store.codes()][-1] == "远程" and len(store.codes()) == 6
        assert store.code(topic.id) is not None


def test_all_is_only_for_a_project(setup, capsys) -> None:
    data, _paths = setup
    status, _out, err = run(capsys, "export", "--format", "json", "--all", "--data-dir", str(data))
    assert status == 1 and "qdpx" in err
