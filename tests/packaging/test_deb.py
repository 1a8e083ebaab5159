"""The Debian package (`make deb`): its files, its .desktop entry, icons, lintian, and the app it installs.

The package is extracted with ``dpkg-deb -x`` into a temporary root (nothing is installed on the machine),
and the extracted executable runs from outside the checkout with a clean environment.
"""

from __future__ import annotations

import configparser
import os
import re
import subprocess
from pathlib import Path

import pytest
from test_packaged_executable import ICON_SIZES, PNG_SIGNATURE, REPO, TIMEOUT, describe, png_size

from desktop_app import __version__

NAME = "interview-reader"


def readme_libraries() -> set[str]:
    """The system libraries README.md's packaged-app section says a bare Debian 12 needs."""
    section = (REPO / "README.md").read_text(encoding="utf-8").split("## The packaged app", 1)[1]
    section = section.split("\n## ", 1)[0]
    spans = re.findall(r"`(lib[^`]+)`", section)
    return {name for span in spans for name in span.split()}


def architecture() -> str:
    """The machine's Debian architecture (amd64 here), as make deb names the package."""
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def deb_path() -> Path:
    """The package `make deb` builds; fail (not skip) when it is missing."""
    path = REPO / "dist" / f"{NAME}_{__version__}_{architecture()}.deb"
    if not path.is_file():
        pytest.fail(f"{path.relative_to(REPO)} does not exist. Build it with `make deb`.", pytrace=False)
    return path


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package's files, extracted into a temporary root."""
    folder = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "-x", str(deb_path()), str(folder)], check=True, timeout=TIMEOUT)
    return folder


def field(name: str) -> str:
    """A field of the package's control file."""
    result = subprocess.run(
        ["dpkg-deb", "--field", str(deb_path()), name], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def validate(desktop_file: Path) -> subprocess.CompletedProcess[str]:
    """desktop-file-validate's verdict on ``desktop_file`` (silent and 0 when it is valid)."""
    return subprocess.run(
        ["desktop-file-validate", str(desktop_file)], capture_output=True, text=True, timeout=TIMEOUT
    )


def test_the_control_file_names_the_app_its_version_and_what_qt_needs() -> None:
    assert field("Package") == NAME
    assert field("Version") == __version__
    assert field("Architecture") == architecture()
    depends = {part.split()[0] for part in field("Depends").split(",")}
    libraries = readme_libraries()
    assert {"libgl1", "libxcb-cursor0"} <= libraries  # the section still lists them
    assert libraries <= depends
    assert field("Recommends") == "fonts-noto-cjk"
    assert int(field("Installed-Size")) > 50_000  # KiB: the whole frozen folder is in it


def test_the_app_lies_under_opt_and_the_command_is_on_the_path(root: Path) -> None:
    executable = root / "opt" / NAME / NAME
    assert executable.is_file() and os.access(executable, os.X_OK)
    assert (root / "opt" / NAME / "_internal").is_dir()
    command = root / "usr" / "bin" / NAME
    assert command.is_symlink() and os.readlink(command) == f"/opt/{NAME}/{NAME}"
    # What the folder build keeps beside itself for tarball installs lives under /usr/share instead.
    assert not (root / "opt" / NAME / f"{NAME}.desktop").exists()
    assert (root / "usr" / "share" / "doc" / NAME / "copyright").is_file()


def test_the_desktop_entry_declares_the_url_scheme_and_the_transcript_types(root: Path) -> None:
    path = root / "usr" / "share" / "applications" / f"{NAME}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == f"{NAME} %u"
    types = desktop["MimeType"].split(";")
    assert "x-scheme-handler/interview-reader" in types and "text/markdown" in types and "text/vtt" in types
    check = validate(path)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr


def test_the_source_desktop_entry_is_valid() -> None:
    path = REPO / "packaging" / f"{NAME}.desktop"
    check = validate(path)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr


def test_the_icons_are_in_the_hicolor_theme_at_their_sizes(root: Path) -> None:
    themed = root / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        data = (themed / f"{size}x{size}" / "apps" / f"{NAME}.png").read_bytes()
        assert png_size(data) == (size, size)
    assert (themed / "scalable" / "apps" / f"{NAME}.svg").is_file()


def test_lintian_finds_no_errors() -> None:
    result = subprocess.run(
        ["lintian", "--no-tag-display-limit", str(deb_path())], capture_output=True, text=True, timeout=600
    )
    errors = [line for line in result.stdout.splitlines() if line.startswith("E:")]
    assert errors == [], result.stdout + result.stderr
    assert result.returncode == 0, result.stdout + result.stderr  # lintian fails (2) on errors only


def run_extracted(root: Path, folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """The extracted executable, through the /usr/bin symlink's target, run from ``folder``."""
    assert REPO not in folder.resolve().parents, "the run folder must lie outside the repository"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(folder),
        "QT_QPA_PLATFORM": "offscreen",
        "INTERVIEW_READER_DATA_DIR": str(folder / "data"),
        "LANG": "C.UTF-8",
    }
    executable = root / "opt" / NAME / NAME
    return subprocess.run(
        [str(executable), *args], cwd=folder, env=env, capture_output=True, timeout=TIMEOUT, check=False
    )


def test_the_installed_app_draws_its_window(root: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = run_extracted(root, tmp_path, "--screenshot", str(shot))
    assert result.returncode == 0, describe(result)
    data = shot.read_bytes()
    assert data[:8] == PNG_SIGNATURE and png_size(data) == (1280, 820)


def test_the_installed_app_opens_a_passage_link(root: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    link = "interview-reader://open/t-frontline-sora-2024#s1-q1-p2"
    result = run_extracted(root, tmp_path, link, "--screenshot", str(shot))
    assert result.returncode == 0, describe(result)
    bad = run_extracted(root, tmp_path, "interview-reader://open/x#p:9-1", "--screenshot", str(shot))
    assert bad.returncode == 2 and b"starts (9) after it ends (1)" in bad.stderr, describe(bad)
