"""The PDF export read back with poppler: searchable text, clean syntax, metadata, numbered pages."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from export_fixtures import LABELS, bundled_fixture

from desktop_app import paths
from desktop_app.domain.export import Annotated, html_text
from desktop_app.domain.parser import load_transcript
from desktop_app.render import pdf, write_pdf
from desktop_app.render.pdf import characters_per_line

RADICALS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")
PAGE_NUMBER = re.compile(r"(\d+)\s*/\s*(\d+)\s*$")


def poppler(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a poppler tool; fail (never skip) when poppler-utils is not installed."""
    if shutil.which(tool) is None:
        pytest.fail(f"`{tool}` is missing: install the poppler-utils package (scripts/bootstrap.sh does).")
    return subprocess.run([tool, *args], capture_output=True, text=True, timeout=120, check=False)


def body_text(pdf_path: Path) -> str:
    """The PDF's text as pdftotext gives it, without the page numbers a page break puts mid-paragraph."""
    extracted = poppler("pdftotext", str(pdf_path), "-").stdout
    return re.sub(r"(?m)^\s*\d+\s*/\s*\d+\s*$", "", extracted)


def squeeze(text: str) -> str:
    """``text`` without any whitespace: pdftotext breaks lines where the layout did."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def plain_pdf(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled interview, without annotations, exported to PDF."""
    transcript = load_transcript(paths.bundled_transcript())
    out = tmp_path_factory.mktemp("pdf") / "plain.pdf"
    out.write_bytes(write_pdf(Annotated.of(transcript, [], []), LABELS, False))
    return out


@pytest.fixture(scope="module")
def marked_pdf(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled interview with highlights of every colour, notes and question notes, as PDF."""
    f = bundled_fixture()
    out = tmp_path_factory.mktemp("pdf") / "marked.pdf"
    out.write_bytes(write_pdf(Annotated.of(f.transcript, f.highlights, f.notes), LABELS, False))
    return out


def test_every_answer_paragraph_comes_back_from_pdftotext(plain_pdf: Path) -> None:
    text = squeeze(body_text(plain_pdf))
    transcript = load_transcript(paths.bundled_transcript())
    answers = [p for q in transcript.questions() for turn in q.answers for p in turn.paragraphs]
    assert answers
    missing = [p.id for p in answers if squeeze(p.text) not in text]
    assert not missing, f"paragraphs not found in the PDF's text: {missing[:10]}"
    assert "51CTO" in text and "中心" in text and "行业" in text and "Diffusion" in text


@pytest.mark.parametrize("which", ["plain_pdf", "marked_pdf"])
def test_no_radicals_and_no_syntax_errors(which: str, request: pytest.FixtureRequest) -> None:
    pdf: Path = request.getfixturevalue(which)
    done = poppler("pdftotext", str(pdf), "-")
    assert done.returncode == 0, done.stderr
    assert "Syntax Error" not in done.stderr, done.stderr[:2000]
    assert not RADICALS.findall(done.stdout), sorted(set(RADICALS.findall(done.stdout)))


def test_pdfinfo_has_the_title_and_an_author(plain_pdf: Path) -> None:
    done = poppler("pdfinfo", str(plain_pdf))
    info = dict(line.split(":", 1) for line in done.stdout.splitlines() if ":" in line)
    transcript = load_transcript(paths.bundled_transcript())
    assert info["Title"].strip() == transcript.title
    assert info["Author"].strip() == transcript.source
    assert int(info["Pages"]) > 1


def test_fonts_are_embedded_with_a_unicode_map(plain_pdf: Path) -> None:
    done = poppler("pdffonts", str(plain_pdf))
    rows = [row.split() for row in done.stdout.splitlines()[2:] if row.strip()]
    assert rows and all("CJK" in row[0] for row in rows)
    # The columns end "emb sub uni num gen": every font embedded, and with a ToUnicode map.
    assert all(row[-5] == "yes" and row[-3] == "yes" for row in rows), done.stdout


def test_every_page_has_its_number(marked_pdf: Path) -> None:
    pages = int(next(line for line in poppler("pdfinfo", str(marked_pdf)).stdout.splitlines()
                     if line.startswith("Pages:")).split()[1])
    for page in range(1, pages + 1):
        text = poppler("pdftotext", "-f", str(page), "-l", str(page), str(marked_pdf), "-").stdout
        found = PAGE_NUMBER.search(text.strip())
        assert found is not None and found.groups() == (str(page), str(pages)), (page, text[-80:])


def test_lines_hold_35_to_45_chinese_characters(qapp: object, plain_pdf: Path) -> None:
    assert 35 <= characters_per_line() <= 45
    # And on the page: the longest lines of running Chinese text, as pdftotext lays them out.
    lines = poppler("pdftotext", "-layout", str(plain_pdf), "-").stdout.splitlines()
    chinese = re.compile(r"[\u4e00-\u9fff，。、：；“”]+")
    widths = sorted(len(line.strip()) for line in lines if chinese.fullmatch(line.strip()))
    assert widths, "no line of only Chinese text"
    assert 35 <= widths[-1] <= 45, widths[-10:]


def test_no_temporary_folder_is_left_behind(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A temporary folder of its own (Python's and Qt's): other processes share the system's.
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    assert tempfile.gettempdir() == str(scratch)
    transcript = load_transcript(paths.bundled_transcript())
    assert write_pdf(Annotated.of(transcript, [], []), LABELS, False).startswith(b"%PDF-")
    assert not list(scratch.iterdir())


def test_a_document_laid_out_in_many_chunks_keeps_every_paragraph_whole_and_its_order(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Chunks of a few lines: every article starts a chunk, and pages end between chunks and inside them.
    monkeypatch.setattr(pdf, "CHUNK_LINES", 3)
    transcript = load_transcript(paths.bundled_transcript())
    html = html_text(Annotated.of(transcript, [], []), LABELS)
    assert len(pdf.chunks(html)) > 10
    out = tmp_path / "chunked.pdf"
    out.write_bytes(pdf.html_to_pdf(html, transcript.title))

    text = squeeze(body_text(out))
    answers = [p for q in transcript.questions() for turn in q.answers for p in turn.paragraphs]
    positions = [text.find(squeeze(p.text)) for p in answers]
    assert -1 not in positions, [p.id for p, at in zip(answers, positions, strict=True) if at < 0][:5]
    assert positions == sorted(positions)
    twice = [p.id for p in answers if len(p.text) >= 20 and text.count(squeeze(p.text)) != 1]
    assert twice == []  # a line at a page break is drawn on one page only
    pages = int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", str(out)).stdout).group(1))
    for number in (1, pages):
        page = poppler("pdftotext", "-f", str(number), "-l", str(number), str(out), "-").stdout
        assert PAGE_NUMBER.search(page.strip()).groups() == (str(number), str(pages))
