"""``export`` in every format, ``import`` of a W3C export, and what bad files do to the store."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from w3c_validator import validate_file

from desktop_app import paths
from desktop_app.cli import run_command
from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color
from desktop_app.domain.parser import load_transcript
from desktop_app.storage.store import AnnotationStore

REPO = Path(__file__).resolve().parents[2]
T = load_transcript(paths.bundled_transcript())
NASTY = '第一行\n</div><script>alert(1)</script> | "引号" \n---\n# 不是标题'


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with AnnotationStore.open(folder) as store:
        for pid, start, end, color, note in [
            ("s1-q1-p2", 0, 8, Color.YELLOW, NASTY),
            ("s2-q1-p3", 4, 12, Color.BLUE, ""),
            ("pre-p2", 0, 6, Color.PINK, "前言里的句子"),
        ]:
            text = T.find(pid).text
            question = T.question_of(pid)
            store.add_highlights(
                T.id,
                T.content_hash,
                [
                    (
                        make_anchor(pid, text, start, end),
                        question.id if question else "",
                        T.find(pid).speaker or "",
                    )
                ],
                color,
                note=note,
            )
        store.set_question_note(T.id, "s3-q1", "问题的批注: =SUM(A1)")
    return folder


def export(fmt: str, data: Path, out: Path, *extra: str) -> bytes:
    assert run_command(["export", "--format", fmt, "--data-dir", str(data), "-o", str(out), *extra]) == 0
    return out.read_bytes()


def test_markdown_export_has_front_matter_headings_and_quotes(data: Path, tmp_path: Path) -> None:
    text = export("markdown", data, tmp_path / "notes.md").decode("utf-8")
    assert text.startswith("---\n")
    front, body = text[4:].split("\n---\n", 1)
    assert "title:" in front and "speakers:" in front
    assert "# " in body and "> " in body
    assert "<script>" not in body  # escaped
    whole = export("markdown", data, tmp_path / "whole.md", "--whole").decode("utf-8")
    assert f"=={T.find('s2-q1-p3').text[4:12]}==" in whole
    assert len(whole) > len(text)


def test_html_export_is_self_contained(data: Path, tmp_path: Path) -> None:
    page = export("html", data, tmp_path / "page.html").decode("utf-8")
    assert "<script>alert" not in page and "&lt;/div&gt;&lt;script&gt;" in page
    assert "<style" in page and "src=" not in page and "http://" not in page.split("<body", 1)[1]
    assert "<mark" in page


def test_csv_export_has_a_bom_and_one_row_per_annotation(data: Path, tmp_path: Path) -> None:
    raw = export("csv", data, tmp_path / "notes.csv")
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
    assert rows[0][:8] == ["section", "question", "speaker", "color", "label", "quote", "note", "created"]
    assert len(rows) == 1 + 4
    notes = [r[6] for r in rows[1:]]
    assert NASTY in notes
    assert "'问题的批注: =SUM(A1)" not in notes  # the guard only prefixes a cell that starts with =


def test_w3c_export_passes_the_w3c_checks(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "annotations.jsonld"
    export("w3c", data, out)
    assert validate_file(out) == []
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 4


def test_pdf_export_is_a_pdf_with_a_chinese_font(data: Path, tmp_path: Path) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    out = tmp_path / "notes.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "export",
            "--format",
            "pdf",
            "--data-dir",
            str(data),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-64:]
    assert b"CJK" in pdf  # the Noto CJK font is embedded: the Chinese text is drawn, not boxes


def test_w3c_export_then_a_new_store_then_import_gives_the_same_annotations(
    data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "annotations.jsonld"
    export("w3c", data, out)
    with AnnotationStore.open(data) as store:
        before = store.highlights(T.id)
        notes_before = store.question_notes(T.id)
    fresh = tmp_path / "fresh"
    assert run_command(["import", str(out), "--data-dir", str(fresh)]) == 0
    with AnnotationStore.open(fresh) as store:
        after = store.highlights(T.id)
        notes_after = store.question_notes(T.id)
    key = lambda h: h.id  # noqa: E731
    for old, new in zip(sorted(before, key=key), sorted(after, key=key), strict=True):
        assert (new.id, new.anchor, new.color, new.note, new.group_id, new.question_id, new.speaker) == (
            old.id,
            old.anchor,
            old.color,
            old.note,
            old.group_id,
            old.question_id,
            old.speaker,
        )
        assert (new.created, new.updated) == (old.created, old.updated)
    assert [(n.id, n.question_id, n.note) for n in notes_after] == [
        (n.id, n.question_id, n.note) for n in notes_before
    ]


MATCHES_NOTHING = json.dumps(
    [
        {
            "type": "Annotation",
            "target": {
                "source": f"urn:x-interview-reader:{T.id}#s9-q9-p9",
                "selector": [{"type": "TextQuoteSelector", "exact": "不存在"}],
            },
        }
    ],
    ensure_ascii=False,
).encode("utf-8")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b'{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annot',
        b"\x89PNG\r\n\x1a\n\x00\x00",
        b'{"hello": "world"}',
        MATCHES_NOTHING,
    ],
    ids=["empty", "truncated", "binary", "not-w3c", "matches-nothing"],
)
def test_a_bad_import_file_says_why_and_leaves_the_store_untouched(
    data: Path, tmp_path: Path, content: bytes, capsys
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with AnnotationStore.open(data) as store:
        before = store.highlights(T.id, include_deleted=True)
    assert run_command(["import", str(bad), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert "bad.json" in err or "annotation" in err.lower()
    assert "Traceback" not in err
    with AnnotationStore.open(data) as store:
        assert store.highlights(T.id, include_deleted=True) == before
