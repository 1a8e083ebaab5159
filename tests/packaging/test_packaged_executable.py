"""The PyInstaller builds run on their own: no source tree, no virtualenv, no PYTHONPATH.

Each run starts a build (the folder build dist/interview-reader/interview-reader or the one-file build
dist/onefile/interview-reader) from an empty folder outside the repository with a minimal environment, so
a build passes only if it carries its own Python, Qt, resources and packages. The one-file build unpacks
itself at every start (most of a second), so it runs three times: --version, export, and the window.
"""

from __future__ import annotations

import configparser
import json
import platform
import re
import shutil
import struct
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

from desktop_app import __version__
from desktop_app.domain.parser import load_transcript
from desktop_app.storage.store import DB_NAME

REPO = Path(__file__).resolve().parents[2]
EXE_NAME = "interview-reader.exe" if sys.platform == "win32" else "interview-reader"
BUILDS = {
    "folder": REPO / "dist" / "interview-reader" / EXE_NAME,
    "onefile": REPO / "dist" / "onefile" / EXE_NAME,
}
BUNDLED_TRANSCRIPT = REPO / "resources" / "transcripts" / "sora-t-frontline.md"
TIMEOUT = 60  # seconds; the folder build starts in well under one, the one-file build in about one

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MENU_BAR_HEIGHT = 20  # pixels at the top of a screenshot; the offscreen menu bar is about 22 high
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
WAYLAND_LIBRARIES = {"libwayland-client.so.0", "libwayland-cursor.so.0", "libwayland-egl.so.1"}

# The size budget (docs/packaging.md): `make package-baseline` froze a plain PySide6 window with the same
# spec and trimming into this many bytes (PySide6-Essentials 6.11.3, Linux x86_64); the app may add 10%.
# Measure again after a PySide6 or Python upgrade.
BARE_WINDOW_FOLDER = 99_630_809
# Qt Multimedia for a transcript's recording (measured 2026-12-02, PySide6-Addons 6.11.3) adds 28.7 MB to
# the folder (103.4 → 132.1 MB): FFmpeg's five libraries (19.4 MB), QtMultimedia and its module (3.1 MB),
# QtNetwork (3.4 MB, QtMultimedia links it) and its Kerberos and brotli libraries. The FFmpeg plugin's links
# to QtQuick, QtQml and QtOpenGL (17 MB more) are cut: packaging/elf_links.py. The budget: 35 MB.
MULTIMEDIA_ALLOWANCE = 35_000_000
TARBALL_LIMIT = 40_000_000  # 28.8 MB before Qt Multimedia, 38.3 MB with it (42.5 MB before the cut)


def packaged_executable(build: str) -> Path:
    """The executable of ``build``; fail (not skip) when it is missing, saying how to build it."""
    executable = BUILDS[build]
    if not executable.is_file():
        pytest.fail(
            f"The {build} build {executable.relative_to(REPO)} does not exist. Build it with `make package` "
            "(PyInstaller, packaging/interview-reader.spec) and run the tests again.",
            pytrace=False,
        )
    return executable


def run_packaged(build: str, *args: str, folder: Path) -> subprocess.CompletedProcess[bytes]:
    """Run ``build``'s executable with ``args`` in ``folder`` with a clean environment."""
    assert REPO not in folder.resolve().parents, "the run folder must lie outside the repository"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(folder),
        "QT_QPA_PLATFORM": "offscreen",
        "INTERVIEW_READER_DATA_DIR": str(folder / "data"),
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        [str(packaged_executable(build)), *args],
        cwd=folder,
        env=env,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )


def describe(result: subprocess.CompletedProcess[bytes]) -> str:
    """Exit status and output of a run, for assertion messages."""
    return (
        f"exit status {result.returncode}\n"
        f"--- stdout ---\n{result.stdout.decode('utf-8', 'replace')[-2000:]}\n"
        f"--- stderr ---\n{result.stderr.decode('utf-8', 'replace')[-2000:]}"
    )


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk, which the format puts first."""
    assert data[:8] == PNG_SIGNATURE, f"not a PNG: starts with {data[:8]!r}"
    _length, chunk_type, width, height = struct.unpack(">I4sII", data[8:24])
    assert chunk_type == b"IHDR", f"the first PNG chunk is {chunk_type!r}, not IHDR"
    return width, height


@dataclass(frozen=True)
class WindowRun:
    """One start of the window with --screenshot: its folder, the process's result and the picture."""

    folder: Path
    result: subprocess.CompletedProcess[bytes]
    screenshot: Path


class WindowRuns:
    """The window of each build, started (in English) the first time a test asks for it, then shared."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        self._tmp_path_factory = tmp_path_factory
        self._runs: dict[str, WindowRun] = {}

    def __getitem__(self, build: str) -> WindowRun:
        if build not in self._runs:
            folder = self._tmp_path_factory.mktemp(f"window-{build}")
            shot = folder / "shot.png"
            result = run_packaged(build, "--screenshot", str(shot), folder=folder)
            self._runs[build] = WindowRun(folder, result, shot)
        return self._runs[build]


@pytest.fixture(scope="module")
def window_runs(tmp_path_factory: pytest.TempPathFactory) -> WindowRuns:
    """One start of each build's window for all the tests that look at it."""
    return WindowRuns(tmp_path_factory)


# -- both builds: what a user does ------------------------------------------------------------------------


@pytest.mark.parametrize("build", BUILDS)
def test_export_json_prints_the_bundled_transcript(build: str, tmp_path: Path) -> None:
    expected = load_transcript(BUNDLED_TRANSCRIPT)

    result = run_packaged(build, "export", "--format", "json", folder=tmp_path)

    assert result.returncode == 0, describe(result)
    exported = json.loads(result.stdout.decode("utf-8"))["transcript"]
    assert exported["title"] == expected.title
    assert exported["content_hash"] == expected.content_hash
    sections = exported["sections"]
    assert [(s["id"], s["title"]) for s in sections] == [(s.id, s.title) for s in expected.sections]
    assert [[(q["id"], q["text"]) for q in s["questions"]] for s in sections] == [
        [(q.id, q.text) for q in s.questions] for s in expected.sections
    ]


@pytest.mark.parametrize("build", BUILDS)
def test_screenshot_writes_a_png_of_the_window(build: str, window_runs: WindowRuns) -> None:
    run = window_runs[build]

    assert run.result.returncode == 0, describe(run.result)
    assert run.screenshot.is_file(), f"no screenshot written\n{describe(run.result)}"
    width, height = png_size(run.screenshot.read_bytes())
    assert width >= 600 and height >= 400, f"the screenshot is only {width}×{height}"


@pytest.mark.parametrize("build", BUILDS)
def test_starting_the_window_creates_the_annotation_store(
    build: str, window_runs: WindowRuns
) -> None:
    run = window_runs[build]

    assert run.result.returncode == 0, describe(run.result)
    assert (run.folder / "data" / DB_NAME).is_file(), (
        f"no {DB_NAME} in the data folder after the window started\n{describe(run.result)}"
    )


@pytest.mark.parametrize("build", BUILDS)
def test_version_is_the_package_version(build: str, tmp_path: Path) -> None:
    result = run_packaged(build, "--version", folder=tmp_path)

    assert result.returncode == 0, describe(result)
    assert result.stdout.decode("utf-8").split() == ["interview-reader", __version__]


# -- the folder build: what needs more of the bundle ------------------------------------------------------
# The one-file build carries the same files (one Analysis, one spec), so these run the faster build only.


def test_pdf_export_draws_the_chinese_text_with_a_cjk_font(tmp_path: Path) -> None:
    target = tmp_path / "transcript.pdf"

    result = run_packaged("folder", "export", "--format", "pdf", "-o", str(target), folder=tmp_path)

    assert result.returncode == 0, describe(result)
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-64:], "not a complete PDF"
    fonts = set(re.findall(rb"/FontName\s*/(?:[A-Z]{6}\+)?([^\s/<>\[\]]+)", pdf))
    assert any(re.search(rb"CJK|WenQuanYi|WQY|SourceHan|Droid", font, re.IGNORECASE) for font in fonts), (
        f"the PDF embeds no CJK font, only {sorted(fonts)}: the Chinese text would come out as boxes"
    )


def menu_bar(screenshot: Path) -> QImage:
    """The top strip of a window screenshot: the menu bar, whose titles are translated."""
    image = QImage(str(screenshot))
    assert not image.isNull(), f"Qt cannot read {screenshot}"
    return image.copy(0, 0, image.width(), MENU_BAR_HEIGHT)


def test_chinese_ui_is_translated_when_chosen_in_the_settings(
    tmp_path: Path, window_runs: WindowRuns
) -> None:
    english = window_runs["folder"]
    assert english.result.returncode == 0, describe(english.result)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "settings.ini").write_text("[ui]\nlanguage=zh_CN\n", encoding="utf-8")
    shot = tmp_path / "zh.png"

    result = run_packaged("folder", "--screenshot", str(shot), folder=tmp_path)

    assert result.returncode == 0, describe(result)
    # The menu titles (File, Edit... / 文件, 编辑...) change only if the bundle's
    # resources/i18n/interview_reader_zh_CN.qm was found and loaded.
    assert menu_bar(shot) != menu_bar(english.screenshot), (
        "the menu bar reads the same with language=zh_CN as in English: the Chinese translation was not "
        "loaded"
    )


# -- the folder build's contents: what went in, what was left out -----------------------------------------


def internal() -> Path:
    """The folder build's _internal/, where PyInstaller puts everything but the executable."""
    return packaged_executable("folder").parent / "_internal"


def test_only_the_qt_modules_the_app_imports_are_bundled() -> None:
    pyside = internal() / "PySide6"
    modules = {p.name.split(".", 1)[0] for p in pyside.glob("Qt*.*") if p.suffix in (".so", ".pyd")}
    # QtMultimedia's module imports QtNetwork's.
    assert modules == {"QtCore", "QtGui", "QtWidgets", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork"}
    qt_libraries = {p.name.split(".", 1)[0] for p in (pyside / "Qt" / "lib").iterdir()}
    # QtNetwork, QtOpenGL, QtQuick and QtQml are there as libraries only: the FFmpeg plugin links them.
    assert not qt_libraries & {"libQt6Svg", "libQt6PrintSupport", "libQt6Pdf", "libQt6VirtualKeyboard"}


def test_platform_plugins_are_xcb_wayland_and_offscreen_and_no_image_formats() -> None:
    plugins = internal() / "PySide6" / "Qt" / "plugins"
    platforms = {p.name for p in (plugins / "platforms").iterdir()}
    assert platforms == {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"}
    assert not (plugins / "imageformats").exists(), "PNG is built into QtGui; no image plugin is needed"
    assert not (plugins / "iconengines").exists(), "the window icon is a PNG; no SVG icon engine is needed"


def test_translations_are_those_of_the_shipped_language_only() -> None:
    qt_translations = {p.name for p in (internal() / "PySide6" / "Qt" / "translations").iterdir()}
    assert qt_translations == {"qtbase_zh_CN.qm"}
    ours = {p.name for p in (internal() / "resources" / "i18n").iterdir()}
    # Chinese, English plural forms, and the Qt dialog strings qtbase_zh_CN lacks; never the .ts sources.
    assert ours == {"interview_reader_zh_CN.qm", "interview_reader_en.qm", "qt_extra_zh_CN.qm"}


def test_the_window_icon_is_bundled_as_pngs_without_the_svg() -> None:
    icons = internal() / "resources" / "icons"
    for size in ICON_SIZES:
        assert png_size((icons / f"interview-reader-{size}.png").read_bytes()) == (size, size)
    assert not list(internal().rglob("*.svg")), "an SVG in the bundle would need QtSvg to be read"


def test_bundled_binaries_are_stripped() -> None:
    unstripped = []
    for binary in sorted(internal().rglob("*.so*")):
        if binary.is_symlink() or not binary.is_file():
            continue
        sections = subprocess.run(
            ["readelf", "--section-headers", "--wide", str(binary)],
            capture_output=True, text=True, timeout=TIMEOUT, check=True,
        ).stdout
        if re.search(r"\]\s+\.symtab\s", sections):
            unstripped.append(str(binary.relative_to(internal())))
    assert not unstripped, f"binaries with their symbol tables still in: {unstripped}"


def test_trimmed_bundle_misses_no_library() -> None:
    """Every bundled binary finds what it links: in the bundle, or among the target's system libraries."""
    spec = find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations
    qt_libraries = {p.name for p in (Path(spec.submodule_search_locations[0]) / "Qt" / "lib").iterdir()}
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(internal())}
    trimmed, absent = {}, {}
    for binary in sorted(internal().rglob("*.so*")):
        if binary.is_symlink() or not binary.is_file():
            continue
        ldd = subprocess.run(["ldd", str(binary)], env=env, capture_output=True, text=True, timeout=TIMEOUT)
        lost = set(re.findall(r"^\s*(\S+) => not found", ldd.stdout, re.MULTILINE))
        name = str(binary.relative_to(internal()))
        if lost & qt_libraries:
            trimmed[name] = sorted(lost & qt_libraries)
        # Wayland's client libraries are the target's (every Wayland desktop has them); this machine may not.
        if lost - qt_libraries - WAYLAND_LIBRARIES:
            absent[name] = sorted(lost - qt_libraries - WAYLAND_LIBRARIES)
    assert not trimmed, f"bundled binaries link Qt libraries the build left out: {trimmed}"
    assert not absent, (
        f"bundled binaries link libraries that are neither bundled nor installed here: {absent}; if the spec "
        "leaves them to the system, docs/packaging.md and scripts/bootstrap.sh must name their packages"
    )


# -- what `make package` makes for people to install -------------------------------------------------------


def test_desktop_entry_and_themed_icons_lie_beside_the_executable() -> None:
    folder = packaged_executable("folder").parent
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(folder / "interview-reader.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == "interview-reader"
    assert desktop["Icon"] == "interview-reader"
    assert desktop["Name[zh_CN]"] == "访谈阅读器"
    for size in ICON_SIZES:
        themed = folder / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "interview-reader.png"
        assert png_size(themed.read_bytes()) == (size, size)
    assert (folder / "icons" / "hicolor" / "scalable" / "apps" / "interview-reader.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(folder / "interview-reader.desktop")],
            capture_output=True, text=True, timeout=TIMEOUT,
        )
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr


def tarball() -> Path:
    """The folder build as the .tar.xz that ships; fail when `make package` has not made it."""
    path = REPO / "dist" / f"interview-reader-{__version__}-linux-{platform.machine()}.tar.xz"
    if not path.is_file():
        pytest.fail(f"{path.relative_to(REPO)} does not exist; build it with `make package`.", pytrace=False)
    return path


def test_tarball_holds_the_folder_build_under_one_top_folder() -> None:
    executable = packaged_executable("folder")
    with tarfile.open(tarball(), "r:xz") as archive:
        members = {member.name: member for member in archive.getmembers()}
    assert all(name.split("/", 1)[0] == "interview-reader" for name in members)
    packed = members["interview-reader/interview-reader"]
    assert packed.mode & 0o111, "the executable lost its executable bit"
    assert packed.size == executable.stat().st_size, "the tarball is older than the folder build"
    assert packed.uname == "" and packed.uid == 0, "the build machine's owner leaked into the tarball"
    for name in ("interview-reader.desktop", "_internal/resources/transcripts/sora-t-frontline.md"):
        assert f"interview-reader/{name}" in members


def folder_size(folder: Path) -> int:
    """Bytes in the files under ``folder`` (what `du -sb` counts, without directories)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


def test_downloads_stay_small() -> None:
    folder = folder_size(packaged_executable("folder").parent)
    assert folder <= BARE_WINDOW_FOLDER * 1.10 + MULTIMEDIA_ALLOWANCE, (
        f"the folder build is {folder / 1e6:.1f} MB, more than 10% over a bare PySide6 window built the same "
        f"way ({BARE_WINDOW_FOLDER / 1e6:.1f} MB, `make package-baseline`) plus Qt Multimedia "
        f"({MULTIMEDIA_ALLOWANCE / 1e6:.0f} MB): what did the app start bundling?"
    )
    packed = tarball().stat().st_size
    assert packed < TARBALL_LIMIT, f"the .tar.xz is {packed / 1e6:.1f} MB, over {TARBALL_LIMIT / 1e6:.0f} MB"


def test_icon_pngs_are_rendered_from_the_current_svg() -> None:
    check = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "render_icons.py"), "--check"],
        capture_output=True, text=True, timeout=TIMEOUT,
    )
    assert check.returncode == 0, check.stderr


def test_the_icon_check_allows_one_level_of_antialiasing_and_no_more(qapp) -> None:
    # Qt renders a few edge pixels a level apart on a CPU with AVX-512: the same SVG, not a stale PNG.
    sys.path.insert(0, str(REPO / "packaging"))
    try:
        import render_icons
    finally:
        sys.path.remove(str(REPO / "packaging"))
    fresh = render_icons.render(render_icons.load_renderer(), 48)
    nearly, changed = fresh.copy(), fresh.copy()
    pixel = fresh.pixel(24, 24)
    nearly.setPixel(24, 24, pixel ^ 0x01)  # one level of blue
    changed.setPixel(24, 24, pixel ^ 0x40)
    assert render_icons._same(fresh, nearly)
    assert not render_icons._same(fresh, changed)
    assert not render_icons._same(fresh, fresh.scaled(32, 32))


def test_windows_and_macos_icons_hold_every_size(tmp_path: Path) -> None:
    ico, icns = tmp_path / "icon.ico", tmp_path / "icon.icns"
    written = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "render_icons.py"), "--ico", str(ico), "--icns", str(icns)],
        capture_output=True, text=True, timeout=TIMEOUT,
    )
    assert written.returncode == 0, written.stderr
    # Qt's own .ico and .icns readers (image format plugins of the development install) read them back.
    assert image_sizes(ico) == [16, 24, 32, 48, 64, 128, 256]
    assert sorted(set(image_sizes(icns))) == [16, 32, 64, 128, 256, 512, 1024]


def image_sizes(path: Path) -> list[int]:
    """The widths of the square images in a multi-image file, as Qt reads them."""
    reader = QImageReader(str(path))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert image.width() == image.height(), f"image {index} of {path.name} is not square"
        sizes.append(image.width())
    return sizes
