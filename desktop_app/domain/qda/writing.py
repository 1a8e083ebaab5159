"""Writing REFI-QDA: a ``.qdpx`` project and a ``.qdc`` codebook (QDA-XML 1.0).

Ids: codes and highlights already have GUIDs (uuid4) and keep them; what has none (a transcript, a
coding, an imported id that is not a GUID) gets a uuid5 of what it is, so exporting twice gives the
same GUIDs and another program can match a second export to the first.
"""

from __future__ import annotations

import io
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app import APP_NAME, __version__
from desktop_app.domain.codes import Code, CodeNode, code_tree, normal_color, normal_guid
from desktop_app.domain.export import Annotated, now_iso
from desktop_app.domain.export.common import strip_controls
from desktop_app.domain.qda.text import source_text

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
ID_SPACE = uuid.UUID("6f1c0f4e-3c1a-4e1e-9a7e-1d2c3b4a5f60")
USER_GUID = str(uuid.uuid5(ID_SPACE, "user"))
ORIGIN = f"{APP_NAME} {__version__}"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so the same project makes the same archive


def guid_for(kind: str, ident: str) -> str:
    """``ident`` itself when it is a GUID, else a stable GUID made from ``kind`` and ``ident``."""
    return normal_guid(ident) or str(uuid.uuid5(ID_SPACE, f"{kind}:{ident}"))


@dataclass(frozen=True)
class QdaSource:
    """One interview to export: its annotations, and the ids of the codes on each highlight."""

    annotated: Annotated
    codes: Mapping[str, Sequence[str]] = field(default_factory=dict)


def _clean(text: str) -> str:
    """Text XML 1.0 can hold: control characters (tab and line breaks excepted) left out."""
    return strip_controls(text)


def _codes_element(parent: ET.Element, tree: Sequence[CodeNode], ns: str) -> None:
    codes = ET.SubElement(parent, f"{{{ns}}}Codes")
    for node in tree:
        _code_element(codes, node, ns)


def _code_element(parent: ET.Element, node: CodeNode, ns: str) -> None:
    code = node.code
    element = ET.SubElement(
        parent,
        f"{{{ns}}}Code",
        {"guid": guid_for("code", code.id), "name": _clean(code.name), "isCodable": "true",
         "color": normal_color(code.color).upper()},
    )  # fmt: skip
    if code.description:
        ET.SubElement(element, f"{{{ns}}}Description").text = _clean(code.description)
    for child in node.children:
        _code_element(element, child, ns)


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def write_codebook(codebook: Sequence[Code]) -> bytes:
    """The live codes as a ``.qdc`` file (``<CodeBook>`` in the codebook namespace); ValueError if none."""
    tree = code_tree(codebook)
    if not tree:
        raise ValueError("the codebook has no codes to export")
    ET.register_namespace("", CODEBOOK_NS)
    root = ET.Element(f"{{{CODEBOOK_NS}}}CodeBook")
    _codes_element(root, tree, CODEBOOK_NS)
    return _xml(root)


def write_project(
    sources: Sequence[QdaSource],
    codebook: Sequence[Code],
    *,
    name: str = "",
    user_name: str = "Interview Reader",
    created: str | None = None,
) -> bytes:
    """A ``.qdpx`` archive of these interviews, their highlights and notes, and the codebook.

    A highlight that cannot be placed on the transcript as it is now is left out (its position in
    the text is unknown); everything else is written.
    """
    ns = PROJECT_NS
    stamp = created or now_iso()
    ET.register_namespace("", ns)
    titles = [s.annotated.transcript.title for s in sources]
    root = ET.Element(f"{{{ns}}}Project", {
        "name": _clean(name or "; ".join(titles) or APP_NAME), "origin": ORIGIN,
        "creatingUserGUID": USER_GUID, "creationDateTime": stamp,
    })  # fmt: skip
    users = ET.SubElement(root, f"{{{ns}}}Users")
    ET.SubElement(users, f"{{{ns}}}User", {"guid": USER_GUID, "name": _clean(user_name)})
    tree = code_tree(codebook)
    live_codes = {c.id for c in codebook if c.deleted is None}
    if tree:
        _codes_element(ET.SubElement(root, f"{{{ns}}}CodeBook"), tree, ns)
    files: dict[str, str] = {}
    notes: list[ET.Element] = []
    if sources:
        elements = ET.SubElement(root, f"{{{ns}}}Sources")
        for source in sources:
            notes += _source(elements, source, live_codes, files, stamp)
    if notes:
        ET.SubElement(root, f"{{{ns}}}Notes").extend(notes)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("project.qde", _ZIP_TIME), _xml(root))
        for file_name, text in files.items():
            archive.writestr(zipfile.ZipInfo(f"sources/{file_name}", _ZIP_TIME), text.encode("utf-8"))
    return out.getvalue()


def _source(
    parent: ET.Element, source: QdaSource, live_codes: set[str], files: dict[str, str], stamp: str
) -> list[ET.Element]:
    """Add one TextSource; returns the Note elements of its question notes."""
    ns = PROJECT_NS
    data = source.annotated
    transcript = data.transcript
    text = source_text(transcript)
    guid = guid_for("transcript", transcript.id)
    files[f"{guid}.txt"] = text.text
    element = ET.SubElement(parent, f"{{{ns}}}TextSource", {
        "guid": guid, "name": _clean(transcript.title), "plainTextPath": f"internal://{guid}.txt",
        "creatingUser": USER_GUID, "creationDateTime": stamp,
    })  # fmt: skip
    if transcript.source:
        ET.SubElement(element, f"{{{ns}}}Description").text = _clean(transcript.source)
    for highlight in data.highlights:
        placement = data.placements.get(highlight.id)
        if placement is None or placement.paragraph_id not in text.offsets:
            continue
        offset = text.offsets[placement.paragraph_id]
        selection = ET.SubElement(element, f"{{{ns}}}PlainTextSelection", {
            "guid": guid_for("highlight", highlight.id), "name": _clean(highlight.anchor.exact[:60]),
            "startPosition": str(offset + placement.start), "endPosition": str(offset + placement.end),
            "creatingUser": USER_GUID, "creationDateTime": highlight.created,
        })  # fmt: skip
        if highlight.note:
            ET.SubElement(selection, f"{{{ns}}}Description").text = _clean(highlight.note)
        for code_id in source.codes.get(highlight.id, ()):
            if code_id not in live_codes:
                continue
            coding = ET.SubElement(selection, f"{{{ns}}}Coding", {
                "guid": guid_for("coding", f"{highlight.id}:{code_id}"), "creatingUser": USER_GUID,
            })  # fmt: skip
            ET.SubElement(coding, f"{{{ns}}}CodeRef", {"targetGUID": guid_for("code", code_id)})
    notes = []
    for note in data.notes:
        note_guid = guid_for("question-note", note.id)
        ET.SubElement(element, f"{{{ns}}}NoteRef", {"targetGUID": note_guid})
        entry = ET.Element(f"{{{ns}}}Note", {
            "guid": note_guid, "name": f"{_clean(transcript.title)} · {note.question_id}",
            "creatingUser": USER_GUID, "creationDateTime": note.created,
        })  # fmt: skip
        ET.SubElement(entry, f"{{{ns}}}PlainTextContent").text = _clean(note.note)
        notes.append(entry)
    return notes
