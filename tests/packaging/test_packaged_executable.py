"""The PyInstaller build runs on its own: no source tree, no virtualenv, no PYTHONPATH.

Each test starts dist/interview-reader/interview-reader from an empty folder outside the repository with a
minimal environment, so the build passes only if it carries its own Python, Qt, resources and packages.
"""

from __future__ import annotations

import json
import re
import struct
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.domain.parser import load_transcript

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "interview-reader"
EXECUTABLE = BUNDLE / ("interview-reader.exe" if sys.platform == "win32" else "interview-reader")
BUNDLED_TRANSCRIPT = REPO / "resources" / "transcripts" / "sora-t-frontline.md"
TIMEOUT = 60  # seconds; the build starts in well under one

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def packaged_executable() -> Path:
    """The built executable; fail (not skip) when it is missing, saying how to build it."""
    if not EXECUTABLE.is_file():
        pytest.fail(
            f"The packaged executable {EXECUTABLE.relative_to(REPO)} does not exist. Build it with "
            "`make package` (PyInstaller, packaging/interview-reader.spec) and run the tests again.",
            pytrace=False,
        )
    return EXECUTABLE


def run_packaged(*args: str, folder: Path) -> subprocess.CompletedProcess[bytes]:
    """Run the executable with ``args`` in ``folder`` with a clean environment."""
    assert REPO not in folder.resolve().parents, "the run folder must lie outside the repository"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(folder),
        "QT_QPA_PLATFORM": "offscreen",
        "INTERVIEW_READER_DATA_DIR": str(folder / "data"),
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        [str(packaged_executable()), *args],
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


def test_export_json_prints_the_bundled_transcript(tmp_path: Path) -> None:
    expected = load_transcript(BUNDLED_TRANSCRIPT)

    result = run_packaged("export", "--format", "json", folder=tmp_path)

    assert result.returncode == 0, describe(result)
    exported = json.loads(result.stdout.decode("utf-8"))["transcript"]
    assert exported["title"] == expected.title
    assert exported["content_hash"] == expected.content_hash
    sections = exported["sections"]
    assert [(s["id"], s["title"]) for s in sections] == [(s.id, s.title) for s in expected.sections]
    assert [[(q["id"], q["text"]) for q in s["questions"]] for s in sections] == [
        [(q.id, q.text) for q in s.questions] for s in expected.sections
    ]


def test_screenshot_writes_a_png_of_the_window(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"

    result = run_packaged("--screenshot", str(target), folder=tmp_path)

    assert result.returncode == 0, describe(result)
    assert target.is_file(), f"no screenshot written\n{describe(result)}"
    width, height = png_size(target.read_bytes())
    assert width >= 600 and height >= 400, f"the screenshot is only {width}×{height}"


def test_version_is_the_package_version(tmp_path: Path) -> None:
    result = run_packaged("--version", folder=tmp_path)

    assert result.returncode == 0, describe(result)
    assert result.stdout.decode("utf-8").split() == ["interview-reader", __version__]


def test_trimmed_bundle_misses_no_qt_library() -> None:
    """Every bundled binary finds the Qt libraries it links after the spec's trimming."""
    packaged_executable()
    spec = find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations
    qt_libraries = {p.name for p in (Path(spec.submodule_search_locations[0]) / "Qt" / "lib").iterdir()}
    internal = BUNDLE / "_internal"
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(internal)}
    missing = {}
    for binary in sorted(internal.rglob("*.so*")):
        if binary.is_symlink() or not binary.is_file():
            continue
        ldd = subprocess.run(["ldd", str(binary)], env=env, capture_output=True, text=True, timeout=TIMEOUT)
        # System libraries absent from this machine (libwayland-cursor without a Wayland desktop) are the
        # target's business; a Qt library that is absent was trimmed by mistake.
        lost = set(re.findall(r"^\s*(\S+) => not found", ldd.stdout, re.MULTILINE)) & qt_libraries
        if lost:
            missing[str(binary.relative_to(BUNDLE))] = sorted(lost)
    assert not missing, f"bundled binaries link Qt libraries the build left out: {missing}"
