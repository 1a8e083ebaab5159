"""REFI-QDA: the project and the codebook are valid against Project.xsd, selections hit the right text,
and a codebook comes back in with its GUIDs (a second import merges)."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import xmlschema
from study_fixtures import code, highlight, load_all, write_interviews

from desktop_app.domain.annotations import Color
from desktop_app.domain.codes import COLOR_CODE_IDS, flatten
from desktop_app.domain.errors import ReaderError
from desktop_app.domain.export import Annotated
from desktop_app.domain.qda import QdaSource, read_codebook, source_text, write_codebook, write_project
from desktop_app.storage import AnnotationStore

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "data" / "refi-qda"
NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture(scope="module")
def project_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(SCHEMA_DIR / "Project.xsd"))


@pytest.fixture(scope="module")
def codebook_schema() -> xmlschema.XMLSchema:
    """The project schema's CodeBookType, in the codebook namespace (see tests/data/refi-qda/README.md)."""
    text = (SCHEMA_DIR / "Project.xsd").read_text(encoding="utf-8")
    text = text.replace("urn:QDA-XML:project:1.0", "urn:QDA-XML:codebook:1.0")
    root = '<xsd:element name="CodeBook" type="CodeBookType"/>'
    text = text.replace(
        "<!-- ===== Type Definitions ===== -->", root + "\n<!-- ===== Type Definitions ===== -->", 1
    )
    assert root in text
    return xmlschema.XMLSchema(text)


@pytest.fixture
def store(tmp_path: Path):
    with AnnotationStore.open(tmp_path / "data") as opened:
        yield opened


def project(store: AnnotationStore, tmp_path: Path) -> tuple[bytes, dict]:
    t = load_all(write_interviews(tmp_path / "interviews"))
    remote = store.create_code("远程", "#336699", description="在家或路上工作")
    cheap = store.create_code("便宜", parent=remote.id)
    highlight(store, t["a"], "更专注", Color.GREEN, note="专注 & <注意>")
    code(store, t["a"], "会议太多", [remote.id])
    code(store, t["c"], "牛肉饭很便宜", [remote.id, cheap.id, COLOR_CODE_IDS[Color.PINK]])
    highlight(store, t["c"], "𠮷野家的午饭", Color.BLUE)  # starts with the astral character itself
    store.set_question_note(t["c"].id, "s1-q1", "午饭的问题")
    sources = []
    for key in "ac":
        highlights = store.highlights(t[key].id)
        annotated = Annotated.of(t[key], highlights, store.question_notes(t[key].id))
        sources.append(QdaSource(annotated, store.codes_of(h.id for h in highlights)))
    return write_project(sources, store.codes(), created="2026-12-01T10:00:00Z"), t


def test_the_project_is_valid_and_holds_the_sources_as_text(
    store: AnnotationStore, tmp_path: Path, project_schema: xmlschema.XMLSchema
) -> None:
    data, t = project(store, tmp_path)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        qde = archive.read("project.qde")
        texts = {n: archive.read(n).decode("utf-8") for n in names if n.startswith("sources/")}
    assert names[0] == "project.qde" and len(texts) == 2
    project_schema.validate(io.BytesIO(qde))
    root = ET.fromstring(qde)
    users = root.findall("q:Users/q:User", NS)
    assert len(users) == 1 and root.get("creatingUserGUID") == users[0].get("guid")
    sources = root.findall("q:Sources/q:TextSource", NS)
    assert [s.get("name") for s in sources] == [t["a"].title, t["c"].title]
    for source in sources:
        text = texts[f"sources/{source.get('plainTextPath').removeprefix('internal://')}"]
        assert "张三：" in text or "王五：" in text  # speaker labels are part of the text
    # Codes: colours, hierarchy and memos.
    top = {c.get("name"): c for c in root.findall("q:CodeBook/q:Codes/q:Code", NS)}
    assert list(top)[:5] == ["重点", "观点", "疑问", "金句", "待查"]
    assert top["金句"].get("color") == "#FFB8D2"
    assert top["远程"].find("q:Description", NS).text == "在家或路上工作"
    assert [c.get("name") for c in top["远程"].findall("q:Code", NS)] == ["便宜"]


def test_every_selection_points_at_its_quote_code_point_by_code_point(
    store: AnnotationStore, tmp_path: Path
) -> None:
    data, t = project(store, tmp_path)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = ET.fromstring(archive.read("project.qde"))
        texts = {n.removeprefix("sources/"): archive.read(n).decode("utf-8") for n in archive.namelist()[1:]}
    names = {c.get("guid"): c.get("name") for c in root.iter("{urn:QDA-XML:project:1.0}Code")}
    found = []
    for source in root.findall("q:Sources/q:TextSource", NS):
        text = texts[source.get("plainTextPath").removeprefix("internal://")]
        for selection in source.findall("q:PlainTextSelection", NS):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            codes = [names[r.get("targetGUID")] for r in selection.findall("q:Coding/q:CodeRef", NS)]
            note = selection.find("q:Description", NS)
            found.append((text[start:end], codes, None if note is None else note.text))
    assert sorted(found) == sorted([
        ("更专注", ["观点"], "专注 & <注意>"),
        ("会议太多", ["远程"], None),
        ("牛肉饭很便宜", ["远程", "便宜", "金句"], None),
        ("𠮷野家的午饭", ["疑问"], None),
    ])  # fmt: skip
    # The astral character counts as one position, as a code point: the offsets are not UTF-16 ones.
    c_text = source_text(t["c"]).text
    assert c_text.index("牛肉饭很便宜") == c_text.index("王五：") + len("王五：𠮷野家的")
    notes = root.findall("q:Notes/q:Note", NS)
    assert [n.find("q:PlainTextContent", NS).text for n in notes] == ["午饭的问题"]
    refs = root.findall("q:Sources/q:TextSource/q:NoteRef", NS)
    assert [r.get("targetGUID") for r in refs] == [n.get("guid") for n in notes]


def test_exporting_twice_gives_the_same_archive(store: AnnotationStore, tmp_path: Path) -> None:
    first, t = project(store, tmp_path)
    highlights = store.highlights(t["a"].id)
    again = [QdaSource(Annotated.of(t["a"], highlights, []), store.codes_of(h.id for h in highlights))]
    partial = write_project(again, store.codes(), created="2026-12-01T10:00:00Z")
    # Same GUIDs for the same things: a transcript's, a highlight's and a coding's do not change.
    with zipfile.ZipFile(io.BytesIO(first)) as one, zipfile.ZipFile(io.BytesIO(partial)) as two:
        guids = [
            {e.get("guid") for e in ET.fromstring(z.read("project.qde")).iter() if e.get("guid")}
            for z in (one, two)
        ]
    assert guids[1] < guids[0]
    assert partial == write_project(again, store.codes(), created="2026-12-01T10:00:00Z")


def test_the_codebook_is_valid_and_comes_back_with_its_guids(
    store: AnnotationStore, tmp_path: Path, codebook_schema: xmlschema.XMLSchema
) -> None:
    top = store.create_code("主题 <1>", "#123456", description="备忘\n第二行")
    sub = store.create_code("子题", "#654321", parent=top.id)
    store.create_code("孙题", parent=sub.id)
    data = write_codebook(store.codes())
    codebook_schema.validate(io.BytesIO(data))

    codes = read_codebook(data, "book.qdc")
    in_tree_order = [c for _depth, c in flatten(store.code_tree())]
    assert [(c.id, c.name, c.color, c.description, c.parent) for c in codes] == [
        (c.id, c.name, c.color, c.description, c.parent) for c in in_tree_order
    ]
    assert codes[5].name == "主题 <1>" and codes[5].description == "备忘\n第二行"

    with AnnotationStore.open(tmp_path / "elsewhere") as other:
        assert other.import_codes(codes) == (3, 0)  # the colour codes are the same codes everywhere
        assert other.import_codes(read_codebook(data, "book.qdc")) == (0, 0)
        assert len(other.codes()) == 8
        assert {c.id for c in other.codes()} == {c.id for c in store.codes()}
        assert other.code(sub.id).parent == top.id  # type: ignore[union-attr]


def test_the_codebook_of_a_project_imports_too(store: AnnotationStore, tmp_path: Path) -> None:
    data, _t = project(store, tmp_path)
    codes = read_codebook(data, "study.qdpx")
    assert [c.name for c in codes] == ["重点", "观点", "疑问", "金句", "待查", "远程", "便宜"]
    assert codes[-1].parent == codes[-2].id


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><CodeBook/>', "document type"),
        (b"<CodeBook", "well-formed"),
        (b'<Other xmlns="urn:QDA-XML:codebook:1.0"/>', "no REFI-QDA codebook"),
        (
            b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="x" name="a" isCodable="true"/>'
            b"</Codes></CodeBook>",
            "no valid guid",
        ),
        (b"PK\x03\x04 not really a zip", "archive cannot be read"),
    ],
)
def test_a_bad_codebook_is_refused_with_why(data: bytes, why: str) -> None:
    with pytest.raises(ReaderError, match=why):
        read_codebook(data, "bad.qdc")
