"""Render the app icon from resources/icons/interview-reader.svg with Qt's SVG renderer.

    python packaging/render_icons.py                  # (re)write resources/icons/interview-reader-<size>.png
    python packaging/render_icons.py --check          # exit 1 if those PNGs no longer match the SVG
    python packaging/render_icons.py --ico packaging/interview-reader.ico     # a Windows icon, nothing else
    python packaging/render_icons.py --icns packaging/interview-reader.icns   # a macOS icon, nothing else

The PNGs are kept in the repository, so a build does not depend on the renderer and the app finds its
window icon when it runs from source too; `make package` re-renders them only when the SVG or this script
changed. The .ico (Windows) and .icns (macOS) files are written only when asked for: the spec uses them
when it builds on those systems. The app itself never loads the SVG, so the build needs no QtSvg.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "interview-reader.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can describe
# .icns entries holding PNG data, by the size of their image (the "@2x" types repeat a size for Retina).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64), (b"ic07", 128),
    (b"ic08", 256), (b"ic13", 256), (b"ic09", 512), (b"ic14", 512), (b"ic10", 1024),
)


def png_path(size: int) -> Path:
    """Where the ``size``×``size`` rendering lives."""
    return ICONS / f"interview-reader-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon drawn at ``size``×``size`` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs: bytes; PySide6 6.11: str
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding ``pngs`` (size → PNG data); Windows Vista and later read PNG entries."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size == 256 else size  # 0 stands for 256 in the one-byte width and height
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding ``pngs`` (size → PNG data) under the entry types of ICNS_TYPES."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def load_renderer() -> QSvgRenderer:
    """The SVG, parsed; exits with a message if Qt cannot read it."""
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.exit(f"render_icons.py: Qt cannot read {SVG}")
    return renderer


def stale_pngs(renderer: QSvgRenderer) -> list[str]:
    """The PNGs that are missing or whose pixels differ from a fresh rendering of the SVG."""
    stale = []
    for size in SIZES:
        path = png_path(size)
        stored = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
        if stored.isNull() or not _same(stored, render(renderer, size)):
            stale.append(str(path.relative_to(ROOT)))
    return stale


# Qt's raster engine picks its code for the machine's CPU: on one with AVX-512 a dozen antialiased edge
# pixels of the same SVG came out one level apart. A changed SVG moves far more than that.
TOLERANCE = 2  # levels per channel


def _same(stored: QImage, fresh: QImage) -> bool:
    """Whether two renderings are the same picture, within TOLERANCE per channel."""
    if stored.size() != fresh.size():
        return False
    if stored == fresh:
        return True
    old, new = bytes(stored.constBits()), bytes(fresh.constBits())
    return len(old) == len(new) and all(abs(a - b) <= TOLERANCE for a, b in zip(old, new, strict=True))


def main(argv: list[str] | None = None) -> int:
    """Render, check, or write the platform icon files, as the command line asks."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only compare the PNGs with the SVG")
    parser.add_argument("--ico", metavar="FILE.ico", type=Path, help="write a Windows icon (only)")
    parser.add_argument("--icns", metavar="FILE.icns", type=Path, help="write a macOS icon (only)")
    args = parser.parse_args(argv)
    renderer = load_renderer()
    if args.check:
        stale = stale_pngs(renderer)
        if stale:
            print(
                f"render_icons.py: {', '.join(stale)} no longer match {SVG.relative_to(ROOT)}; "
                "run `make icons` (python packaging/render_icons.py) and commit the PNGs.",
                file=sys.stderr,
            )
            return 1
        return 0
    if args.ico or args.icns:
        # Only the files asked for: the PNGs in resources/icons stay as they are.
        wanted = {*ICO_SIZES, *(size for _, size in ICNS_TYPES)}
        pngs = {size: png_bytes(render(renderer, size)) for size in wanted}
        if args.ico:
            args.ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
            print(f"render_icons.py: wrote {args.ico}")
        if args.icns:
            args.icns.write_bytes(icns_bytes(pngs))
            print(f"render_icons.py: wrote {args.icns}")
        return 0
    for size in SIZES:
        png_path(size).write_bytes(png_bytes(render(renderer, size)))
    sizes = ", ".join(map(str, SIZES))
    print(f"render_icons.py: wrote {len(SIZES)} PNGs ({sizes} px) in {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
