"""Size of the frozen builds vs the bare window frozen with the same trimming (benchmarks/bare-window.spec).

    python benchmarks/bench_size.py [--quick]        (builds the bare window into a scratch folder first)

Folder builds: ``du -sb`` and the size of the folder as a .tar.xz made the way the Makefile makes the
release archive (tar --sort=name, xz -9, one thread; both archives are made at the same time, one per
core). One-file builds: the executable's size. MB = 10⁶ bytes. ``--quick`` leaves out the .tar.xz.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bare_build import BareBuilds, build_all
from bench_startup import APP_FOLDER, APP_ONEFILE
from measure import Row, emit

GROUP = "Size (MB = 10⁶ bytes)"
XZ = ["xz", "-9", "-T1", "-c"]


def du(folder: Path) -> int:
    done = subprocess.run(["du", "-sb", str(folder)], capture_output=True, text=True, check=True)
    return int(done.stdout.split()[0])


def tar_xz_sizes(folders: list[Path]) -> list[int | None]:
    """The .tar.xz size of each folder, all compressed at once; None where tar or xz failed (e.g. the
    folder changed while it was read: another build ran)."""
    pipes = []
    for folder in folders:
        tar = subprocess.Popen(["tar", "--sort=name", "--owner=0", "--group=0", "--numeric-owner", "-C",
                                str(folder.parent), "-cf", "-", folder.name], stdout=subprocess.PIPE)
        xz = subprocess.Popen(XZ, stdin=tar.stdout, stdout=subprocess.PIPE)
        assert tar.stdout is not None
        tar.stdout.close()
        pipes.append((tar, xz))
    sizes: list[int | None] = []
    for tar, xz in pipes:
        assert xz.stdout is not None
        size = 0
        while chunk := xz.stdout.read(1 << 20):
            size += len(chunk)
        xz.wait()
        tar.wait()
        sizes.append(size if tar.returncode == 0 and xz.returncode == 0 else None)
    return sizes


def rows(bare: BareBuilds, archive: bool = True) -> list[Row]:
    out: list[Row] = []
    if not APP_FOLDER.is_file() or bare.folder is None:
        why = "not built" if not APP_FOLDER.is_file() else "bare build failed"
        out.append(Row(GROUP, "one-folder build, du -sb", None, None, "MB", note=why))
    else:
        app_dir = APP_FOLDER.parent
        out.append(Row(GROUP, "one-folder build, du -sb", du(app_dir) / 1e6, du(bare.folder) / 1e6, "MB"))
        if archive:
            app_xz, bare_xz = tar_xz_sizes([app_dir, bare.folder])
            if app_xz is None or bare_xz is None:
                out.append(Row(GROUP, "one-folder build as .tar.xz (xz -9)", None, None, "MB",
                               note="tar failed: the folder changed while read?"))
            else:
                out.append(Row(GROUP, "one-folder build as .tar.xz (xz -9)", app_xz / 1e6, bare_xz / 1e6,
                               "MB"))
        else:
            out.append(Row(GROUP, "one-folder build as .tar.xz (xz -9)", None, None, "MB",
                           note="left out (--quick)"))
    if not APP_ONEFILE.is_file() or bare.onefile is None:
        why = "not built" if not APP_ONEFILE.is_file() else "bare build failed"
        out.append(Row(GROUP, "one-file build", None, None, "MB", note=why))
    else:
        out.append(Row(GROUP, "one-file build", APP_ONEFILE.stat().st_size / 1e6,
                       bare.onefile.stat().st_size / 1e6, "MB"))
    return out


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-size-") as tmp:
        emit(rows(build_all(Path(tmp), onefile=APP_ONEFILE.is_file()), archive="--quick" not in sys.argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
