"""packaging/elf_links.py on the FFmpeg media plugin of the installed PySide6-Addons wheel.

The build's copy of the plugin must load, with every symbol bound at once as the plugin asks (BIND_NOW),
in a process that has no QtQuick, QtQml or QtOpenGL: tests/packaging/test_packaged_player.py then checks
that the packaged build plays with it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import PySide6

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

from elf_links import unlink  # noqa: E402

QT = Path(PySide6.__file__).parent / "Qt"
PLUGIN = QT / "plugins" / "multimedia" / "libffmpegmediaplugin.so"
CUT = {"libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6OpenGL.so.6"}


def readelf(*args: str, path: Path) -> str:
    return subprocess.run(["readelf", "--wide", *args, str(path)], capture_output=True, text=True,
                          check=True).stdout


def needed(path: Path) -> set[str]:
    return set(re.findall(r"NEEDED\)\s+Shared library: \[([^\]]+)\]", readelf("-d", path=path)))


def test_the_copy_names_none_of_the_cut_libraries(tmp_path: Path) -> None:
    copy = tmp_path / "plugins" / "multimedia" / PLUGIN.name
    assert needed(PLUGIN) >= CUT  # what the wheel's plugin links

    weak = unlink(PLUGIN, copy, CUT)

    assert not needed(copy) & CUT
    assert needed(copy) >= {"libQt6Multimedia.so.6", "libavcodec.so.61", "libQt6Gui.so.6"}
    versions = readelf("-V", path=copy)
    assert not any(f"File: {name}" in versions for name in CUT)
    assert "File: libQt6Multimedia.so.6" in versions
    # Only window capture's symbols became weak: QQuickWindow's and the OpenGL compositor's.
    assert weak and all(re.search(r"QQuickWindow|QOpenGL", name) for name in weak), weak
    assert copy.stat().st_size == PLUGIN.stat().st_size


def test_the_copy_loads_without_qtquick(tmp_path: Path) -> None:
    copy = tmp_path / "plugins" / "multimedia" / PLUGIN.name
    unlink(PLUGIN, copy, CUT)
    (tmp_path / "lib").symlink_to(QT / "lib")  # the plugin's RUNPATH: $ORIGIN/../../lib
    probe = (
        "import ctypes, os, sys\n"
        "ctypes.CDLL(sys.argv[1], os.RTLD_NOW)\n"
        "print(open('/proc/self/maps').read())\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, str(copy)], capture_output=True, text=True,
                          env={"LD_BIND_NOW": "1", "PATH": "/usr/bin:/bin"}, check=False)
    assert done.returncode == 0, done.stderr
    assert "libffmpegmediaplugin.so" in done.stdout and "libavformat.so.61" in done.stdout
    assert not re.search(r"libQt6(Quick|Qml|OpenGL)\.so", done.stdout)
