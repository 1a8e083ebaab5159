"""Reading the codebook of a REFI-QDA ``.qdc`` file, or of the project inside a ``.qdpx`` archive.

Only the codebook is read: codes, their hierarchy, colours and descriptions, GUIDs kept. The file is
treated as untrusted: a document type declaration (entities) is refused, the archive's project file is
read with a size limit, and anything that is not a well-formed codebook is a ReaderError saying why.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

from desktop_app.domain.codes import Code, normal_color, normal_guid
from desktop_app.domain.errors import ReaderError
from desktop_app.domain.export.common import strip_controls
from desktop_app.domain.messages import Message

MAX_BYTES = 64 * 1024 * 1024
NAMESPACES = ("urn:QDA-XML:codebook:1.0", "urn:QDA-XML:project:1.0")
_FIX = Message("qda.choose", "Choose a REFI-QDA codebook (.qdc) or project (.qdpx).")


def _too_large(name: str) -> Message:
    return Message(
        "qda.too-large", "{name}: its project file is over {limit} MB.", name=name, limit=MAX_BYTES // 2**20
    )


def read_codebook(data: bytes, name: str) -> list[Code]:
    """The codes of a ``.qdc`` or ``.qdpx`` file's codebook, parents before children, in file order."""
    if data.startswith(b"PK"):
        data = _project_from_archive(data, name)
    if b"<!DOCTYPE" in data[:4096].upper() or b"<!ENTITY" in data.upper():
        raise ReaderError(
            Message(
                "qda.doctype",
                "{name}: the file declares a document type, which a codebook never needs.",
                name=name,
            ),
            _FIX,
        )
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise ReaderError(
            Message(
                "qda.not-xml",
                "{name}: it is not well-formed XML ({error}).",
                name=name,
                error=error,
            ),
            _FIX,
        ) from error
    namespace, _, tag = root.tag[1:].partition("}") if root.tag.startswith("{") else ("", "", root.tag)
    if namespace not in NAMESPACES or tag not in ("CodeBook", "Project"):
        raise ReaderError(
            Message(
                "qda.no-codebook",
                "{name}: it holds no REFI-QDA codebook (its root is <{tag}>).",
                name=name,
                tag=tag,
            ),
            _FIX,
        )
    book = root if tag == "CodeBook" else root.find(f"{{{namespace}}}CodeBook")
    if book is None:
        return []
    codes_element = book.find(f"{{{namespace}}}Codes")
    found: list[Code] = []
    if codes_element is not None:
        for element in codes_element.findall(f"{{{namespace}}}Code"):
            _read_code(element, namespace, "", found, name)
    return found


def _read_code(element: ET.Element, ns: str, parent: str, found: list[Code], name: str) -> None:
    guid = normal_guid(element.get("guid", ""))
    if guid is None:
        raise ReaderError(
            Message(
                "qda.bad-guid",
                "{name}: a code has no valid guid ({guid}).",
                name=name,
                guid=repr(element.get("guid", "")),
            ),
            _FIX,
        )
    if any(code.id == guid for code in found):
        raise ReaderError(
            Message(
                "qda.guid-twice",
                "{name}: the guid {guid} is used by two codes.",
                name=name,
                guid=guid,
            ),
            _FIX,
        )
    description = element.find(f"{{{ns}}}Description")
    found.append(Code(
        guid, strip_controls(element.get("name", "")).strip() or guid,
        normal_color(element.get("color", "")),
        strip_controls(description.text or "") if description is not None else "", parent,
    ))  # fmt: skip
    for child in element.findall(f"{{{ns}}}Code"):
        _read_code(child, ns, guid, found, name)


def _project_from_archive(data: bytes, name: str) -> bytes:
    """The ``project.qde`` inside a ``.qdpx`` archive, read with a size limit."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = [i for i in archive.infolist() if i.filename.lower().endswith(".qde")]
            if not entries:
                raise ReaderError(
                    Message(
                        "qda.no-project",
                        "{name}: the archive holds no project.qde.",
                        name=name,
                    ),
                    _FIX,
                )
            info = entries[0]
            if info.file_size > MAX_BYTES:
                raise ReaderError(_too_large(name), _FIX)
            with archive.open(info) as handle:
                content = handle.read(MAX_BYTES + 1)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as error:
        raise ReaderError(
            Message(
                "qda.bad-archive",
                "{name}: the archive cannot be read ({error}).",
                name=name,
                error=error,
            ),
            _FIX,
        ) from error
    if len(content) > MAX_BYTES:
        raise ReaderError(_too_large(name), _FIX)
    return content
