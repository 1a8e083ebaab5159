"""Cut a shared library's links to libraries it names but only reaches on a path the app never takes.

PySide6-Addons' FFmpeg media plugin (plugins/multimedia/libffmpegmediaplugin.so) links QtQuick, QtQml and
QtOpenGL, and with QtQuick come QtQmlModels, QtQmlMeta and QtQmlWorkerScript: 17 MB of the 46 MB that Qt
Multimedia adds to the build. `readelf --dyn-syms` shows what for: two QtQuick symbols (QQuickWindow's
staticMetaObject and grabWindow()) and six QtOpenGL ones (QOpenGLCompositor, QOpenGLFramebufferObject),
all on the window-capture path (QWindowCapture grabbing a QQuickWindow, or the eglfs compositor's screen);
nothing from QtQml at all. Playing a recording through QMediaPlayer, QAudioOutput and QVideoWidget never
reaches them.

``unlink`` writes a copy of such a library without the DT_NEEDED entries of the given libraries and without
their symbol-version requirements, and turns the undefined symbols that those libraries provided into weak
ones. The plugin is linked with BIND_NOW, so every symbol is looked up when the plugin loads: a weak symbol
that no loaded library defines is 0 instead of an error. ``qobject_cast<QQuickWindow *>`` then never
matches (no QQuickWindow exists in a process without QtQuick), so grabWindow() is never called.

Plain ELF64 little-endian (Linux x86_64 and aarch64); the file keeps its size and layout, only a few
entries in .dynamic, .gnu.version_r, .gnu.version and .dynsym change.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

SHT_DYNAMIC, SHT_DYNSYM = 6, 11
SHT_GNU_VERNEED, SHT_GNU_VERSYM = 0x6FFFFFFE, 0x6FFFFFFF
DT_NULL, DT_NEEDED, DT_VERNEEDNUM = 0, 1, 0x6FFFFFFF
STB_WEAK, SHN_UNDEF, VER_NDX_GLOBAL = 2, 0, 1
SYM = struct.Struct("<IBBHQQ")  # Elf64_Sym: name, info, other, shndx, value, size
VERNEED = struct.Struct("<HHIII")  # Elf64_Verneed: version, cnt, file, aux, next
VERNAUX = struct.Struct("<IHHII")  # Elf64_Vernaux: hash, flags, other, name, next
DYN = struct.Struct("<qQ")  # Elf64_Dyn: tag, value


@dataclass
class Section:
    """Where a section lies in the file."""

    type: int
    offset: int
    size: int
    link: int
    header: int  # file offset of the section header itself (sh_info is rewritten for .gnu.version_r)


def sections(data: bytes | bytearray) -> list[Section]:
    """The section headers of the ELF64 little-endian file ``data``."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError("not a little-endian ELF64 file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    out = []
    for i in range(shnum):
        at = shoff + i * shentsize
        _name, kind, _flags, _addr, offset, size, link = struct.unpack_from("<IIQQQQI", data, at)
        out.append(Section(kind, offset, size, link, at))
    return out


Need = tuple[int, int, list[tuple[int, int, int, int]]]  # version, file, [(hash, flags, index, name)]


class _Library:
    """A shared library's bytes, with the sections that ``unlink`` changes."""

    def __init__(self, data: bytearray) -> None:
        self.data = data
        found = sections(data)
        by_type = {s.type: s for s in found}
        self.dynamic, self.dynsym = by_type[SHT_DYNAMIC], by_type[SHT_DYNSYM]
        self.verneed, self.versym = by_type.get(SHT_GNU_VERNEED), by_type.get(SHT_GNU_VERSYM)
        self.strtab = found[self.dynamic.link].offset  # .dynstr, shared by .dynsym and .gnu.version_r

    def name(self, offset: int) -> str:
        """The string at ``offset`` in .dynstr."""
        end = self.data.index(b"\0", self.strtab + offset)
        return bytes(self.data[self.strtab + offset:end]).decode()

    def needs(self) -> list[Need]:
        """The symbol-version requirements (.gnu.version_r), one per library."""
        out: list[Need] = []
        if self.verneed is None:
            return out
        at = self.verneed.offset
        while True:
            version, count, file, aux, nxt = VERNEED.unpack_from(self.data, at)
            auxes, aux_at = [], at + aux
            for _ in range(count):
                vhash, flags, index, vname, anext = VERNAUX.unpack_from(self.data, aux_at)
                auxes.append((vhash, flags, index, vname))
                aux_at += anext
            out.append((version, file, auxes))
            if nxt == 0:
                return out
            at += nxt

    def write_needs(self, needs: list[Need]) -> None:
        """Write ``needs`` back over .gnu.version_r, one after another from its start (it only shrinks)."""
        assert self.verneed is not None
        data, at = self.data, self.verneed.offset
        data[at:at + self.verneed.size] = bytes(self.verneed.size)
        for i, (version, file, auxes) in enumerate(needs):
            size = VERNEED.size + len(auxes) * VERNAUX.size
            last = i == len(needs) - 1
            VERNEED.pack_into(data, at, version, len(auxes), file, VERNEED.size, 0 if last else size)
            for j, (vhash, flags, index, vname) in enumerate(auxes):
                anext = 0 if j == len(auxes) - 1 else VERNAUX.size
                aux_at = at + VERNEED.size + j * VERNAUX.size
                VERNAUX.pack_into(data, aux_at, vhash, flags, index, vname, anext)
            at += size
        struct.pack_into("<I", data, self.verneed.header + 0x2C, len(needs))  # sh_info: entries

    def drop_needed(self, libraries: set[str], needs: int) -> None:
        """.dynamic without the DT_NEEDED entries of ``libraries`` (DT_NULL after the last one kept)."""
        start, size = self.dynamic.offset, self.dynamic.size
        entries = [DYN.unpack_from(self.data, start + i) for i in range(0, size, DYN.size)]
        kept = [(tag, needs if tag == DT_VERNEEDNUM else value) for tag, value in entries
                if not (tag == DT_NEEDED and self.name(value) in libraries)]
        for i, (tag, value) in enumerate(kept + [(DT_NULL, 0)] * (len(entries) - len(kept))):
            DYN.pack_into(self.data, start + i * DYN.size, tag, value)

    def weaken(self, versions: set[int]) -> list[str]:
        """Make the undefined symbols of ``versions`` weak and unversioned; return their names."""
        weakened: list[str] = []
        if self.versym is None or not versions:
            return weakened
        for index in range(self.dynsym.size // SYM.size):
            at, version_at = self.dynsym.offset + index * SYM.size, self.versym.offset + 2 * index
            st_name, info, other, shndx, value, size = SYM.unpack_from(self.data, at)
            version, = struct.unpack_from("<H", self.data, version_at)
            if version & 0x7FFF not in versions:
                continue
            if shndx != SHN_UNDEF:
                raise ValueError(f"defines {self.name(st_name)} of a library to unlink")
            SYM.pack_into(self.data, at, st_name, (STB_WEAK << 4) | (info & 0xF), other, shndx, value, size)
            struct.pack_into("<H", self.data, version_at, VER_NDX_GLOBAL)
            weakened.append(self.name(st_name))
        return weakened


def unlink(source: Path, target: Path, libraries: set[str]) -> list[str]:
    """Write ``source`` to ``target`` without its links to ``libraries``; return the symbols made weak.

    Raises ValueError when ``source`` defines a symbol versioned for one of those libraries.
    """
    library = _Library(bytearray(source.read_bytes()))
    kept: list[Need] = []
    dropped: set[int] = set()
    for need in library.needs():
        if library.name(need[1]) in libraries:
            dropped.update(index for _, _, index, _ in need[2])
        else:
            kept.append(need)
    if library.verneed is not None:
        library.write_needs(kept)
    library.drop_needed(libraries, len(kept))
    weakened = library.weaken(dropped)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(bytes(library.data))
    target.chmod(source.stat().st_mode)
    return weakened
