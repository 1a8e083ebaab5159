"""Build the frozen baseline (benchmarks/bare-window.spec) into a scratch folder, folder and one-file.

    python benchmarks/bare_build.py [SCRATCH]       (default: a new folder under /tmp)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from measure import BENCH, PYTHON, ROOT

SPEC = BENCH / "bare-window.spec"


@dataclass
class BareBuilds:
    folder: Path | None  # the folder holding bare-window and _internal/
    onefile: Path | None  # the one-file executable
    seconds: dict[str, float]


def build(scratch: Path, onefile: bool) -> tuple[Path | None, float]:
    """Build the bare window into ``scratch``; its executable's path (None if the build failed)."""
    kind = "onefile" if onefile else "folder"
    dist, work = scratch / f"dist-{kind}", scratch / f"work-{kind}"
    cmd = [PYTHON, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", "--distpath", str(dist),
           "--workpath", str(work), str(SPEC)]
    if onefile:
        cmd += ["--", "--onefile"]
    began = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - began
    exe = dist / "bare-window" / "bare-window" if not onefile else dist / "bare-window"
    if done.returncode != 0 or not exe.is_file():
        print(f"bare_build: the {kind} build failed:\n{done.stderr[-2000:]}", file=sys.stderr)
        return None, seconds
    return exe, seconds


def build_all(scratch: Path, onefile: bool = True) -> BareBuilds:
    folder, folder_s = build(scratch, onefile=False)
    seconds = {"folder": folder_s}
    one = None
    if onefile:
        one, seconds["onefile"] = build(scratch, onefile=True)
    return BareBuilds(folder.parent if folder else None, one, seconds)


def main() -> int:
    scratch = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="bare-window-"))
    builds = build_all(scratch)
    print(f"folder: {builds.folder}\none-file: {builds.onefile}\nseconds: {builds.seconds}")
    return 0 if builds.folder and builds.onefile else 1


if __name__ == "__main__":
    sys.exit(main())
