"""Large transcripts for benchmarks: the bundled interview repeated N times.

The front matter and the preface are kept once; the id becomes ``<id>-x<N>``; the sections are
repeated with their titles suffixed by the copy number, ``(1)`` … ``(N)``; the speakers stay the same.

    python benchmarks/scale.py FOLDER      # writes the 10×, 100× and 1000× transcripts into FOLDER
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from desktop_app.paths import bundled_transcript

SIZES = (10, 100, 1000)
_HEADING = re.compile(r"^(##[ \t]+.+?)[ \t#]*$")


def _split(text: str) -> tuple[list[str], list[str], list[str]]:
    """Front matter lines (both '---' included), preface lines, section lines."""
    lines = text.replace("\r\n", "\n").split("\n")
    close = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    body = lines[close + 1 :]
    first = next(i for i, line in enumerate(body) if _HEADING.match(line))
    return lines[: close + 1], body[:first], body[first:]


def scaled_text(times: int) -> str:
    """The bundled transcript's text with its sections repeated ``times`` times."""
    if times < 1:
        raise ValueError("times must be at least 1")
    front, preface, sections = _split(bundled_transcript().read_text(encoding="utf-8"))
    front = [
        re.sub(r"^id:[ \t]*(.+?)[ \t]*$", rf"id: \g<1>-x{times}", line) if line.startswith("id:") else line
        for line in front
    ]
    out = [*front, *preface]
    for copy in range(1, times + 1):
        for line in sections:
            heading = _HEADING.match(line)
            out.append(f"{heading.group(1)} ({copy})" if heading else line)
    return "\n".join(out).rstrip("\n") + "\n"


def write_scaled(times: int, folder: Path) -> Path:
    """Write the ``times``× transcript into ``folder`` and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"sora-t-frontline-x{times}.md"
    path.write_text(scaled_text(times), encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    """Write the 10×, 100× and 1000× transcripts into the folder named on the command line."""
    if len(argv) != 1:
        print("usage: python benchmarks/scale.py FOLDER", file=sys.stderr)
        return 2
    for times in SIZES:
        path = write_scaled(times, Path(argv[0]))
        print(f"{times:>5}×  {path}  {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
