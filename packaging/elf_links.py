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
    type: int
    offset: int
    size: int
    link: int
    header: int  # file offset of the section header itself (sh_info is rewritten for .gnu.version_r)


def sections(data: bytes) -> list[Section]:
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


def c_string(data: bytes | bytearray, at: int) -> str:
    return bytes(data[at:data.index(b"\0", at)]).decode()


def unlink(source: Path, target: Path, libraries: set[str]) -> list[str]:
    """Write ``source`` to ``target`` without its links to ``libraries``; return the symbols made weak.

    Raises ValueError when a symbol of those libraries is defined in ``source`` (not a link then).
    """
    data = bytearray(source.read_bytes())
    by_type = {s.type: s for s in sections(bytes(data))}
    dynamic, dynsym = by_type[SHT_DYNAMIC], by_type[SHT_DYNSYM]
    strtab = sections(bytes(data))[dynamic.link].offset  # .dynstr, shared by .dynsym and .gnu.version_r

    def name(offset: int) -> str:
        return c_string(data, strtab + offset)

    dropped_versions: set[int] = set()
    verneed = by_type.get(SHT_GNU_VERNEED)
    kept_needs = 0
    if verneed is not None:
        # Read the chain of requirements, then write back the ones kept, one after another, from its start.
        needs: list[tuple[tuple[int, int, int], list[tuple[int, int, int, int]]]] = []
        at = verneed.offset
        while True:
            version, count, file, aux, nxt = VERNEED.unpack_from(data, at)
            auxes, aux_at = [], at + aux
            for _ in range(count):
                vhash, flags, other, vname, anext = VERNAUX.unpack_from(data, aux_at)
                auxes.append((vhash, flags, other, vname))
                aux_at += anext
            if name(file) in libraries:
                dropped_versions.update(other for _, _, other, _ in auxes)
            else:
                needs.append(((version, len(auxes), file), auxes))
            if nxt == 0:
                break
            at += nxt
        data[verneed.offset:verneed.offset + verneed.size] = bytes(verneed.size)
        at = verneed.offset
        for i, ((version, count, file), auxes) in enumerate(needs):
            size = VERNEED.size + count * VERNAUX.size
            VERNEED.pack_into(data, at, version, count, file, VERNEED.size, 0 if i == len(needs) - 1 else size)
            for j, (vhash, flags, other, vname) in enumerate(auxes):
                anext = 0 if j == count - 1 else VERNAUX.size
                VERNAUX.pack_into(data, at + VERNEED.size + j * VERNAUX.size, vhash, flags, other, vname, anext)
            at += size
        kept_needs = len(needs)
        struct.pack_into("<I", data, verneed.header + 0x2C, kept_needs)  # sh_info: number of entries

    # .dynamic without the DT_NEEDED entries of ``libraries``, padded with DT_NULL to its old size.
    entries = [DYN.unpack_from(data, dynamic.offset + i) for i in range(0, dynamic.size, DYN.size)]
    kept = [(tag, value) for tag, value in entries if not (tag == DT_NEEDED and name(value) in libraries)]
    kept = [(tag, kept_needs if tag == DT_VERNEEDNUM else value) for tag, value in kept]
    for i, (tag, value) in enumerate(kept + [(DT_NULL, 0)] * (len(entries) - len(kept))):
        DYN.pack_into(data, dynamic.offset + i * DYN.size, tag, value)

    weakened = []
    versym = by_type.get(SHT_GNU_VERSYM)
    if versym is not None and dropped_versions:
        for index in range(dynsym.size // SYM.size):
            at = dynsym.offset + index * SYM.size
            st_name, info, other, shndx, value, size = SYM.unpack_from(data, at)
            version, = struct.unpack_from("<H", data, versym.offset + 2 * index)
            if version & 0x7FFF not in dropped_versions:
                continue
            if shndx != SHN_UNDEF:
                raise ValueError(f"{source.name} defines {name(st_name)} of a library to unlink")
            SYM.pack_into(data, at, st_name, (STB_WEAK << 4) | (info & 0xF), other, shndx, value, size)
            struct.pack_into("<H", data, versym.offset + 2 * index, VER_NDX_GLOBAL)
            weakened.append(name(st_name))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(bytes(data))
    target.chmod(source.stat().st_mode)
    return weakened
