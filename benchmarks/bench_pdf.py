"""Time and peak memory of the PDF export: the bundled interview, and big sets of highlights.

    python benchmarks/bench_pdf.py [HIGHLIGHTS ...]      (default: 0 1000 10000 100000)

Each export runs in its own process under GNU time (peak resident memory, see measure.py). With
``HIGHLIGHTS`` > 0 the bundled interview is repeated (benchmarks/scale.py) until it has a paragraph
for every highlight, and each paragraph gets one highlight on its first characters, every other
one with a note: the shape of a heavily annotated reading, not highlights piled on one paragraph.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from measure import GNU_TIME, MIB, PYTHON, ROOT

DEFAULT = (0, 1000, 10000, 100000)


def child(count: int, out: Path) -> None:
    """Build the annotated transcript with ``count`` highlights and write its PDF to ``out``."""
    from scale import scaled_text

    from desktop_app import paths
    from desktop_app.domain.anchoring import make_anchor
    from desktop_app.domain.annotations import DEFAULT_LABELS, Color, Highlight
    from desktop_app.domain.export import Annotated
    from desktop_app.domain.parser import load_transcript, parse_transcript
    from desktop_app.render import write_pdf

    bundled = load_transcript(paths.bundled_transcript())
    per_copy = sum(1 for _ in bundled.paragraphs())
    times = max(1, -(-count // per_copy))
    transcript = parse_transcript(scaled_text(times), "scaled.md") if count else bundled
    colours = list(Color)
    highlights = []
    for n, paragraph in enumerate(list(transcript.paragraphs())[:count]):
        end = min(8, len(paragraph.text))
        stamp = "2026-01-01T00:00:00.000Z"
        question = transcript.question_of(paragraph.id)
        highlights.append(
            Highlight(
                id=f"00000000-0000-4000-8000-{n:012d}", transcript_id=transcript.id,
                content_hash=transcript.content_hash,
                anchor=make_anchor(paragraph.id, paragraph.text, 0, end),
                question_id=question.id if question else "", speaker=paragraph.speaker or "",
                color=colours[n % len(colours)], note=f"笔记 {n}" if n % 2 else "",
                group_id=f"00000000-0000-4000-8000-{n:012d}", created=stamp, updated=stamp,
            )
        )
    labels = {color: zh for color, (zh, _en) in DEFAULT_LABELS.items()}
    out.write_bytes(write_pdf(Annotated.of(transcript, highlights, []), labels, False))


def measure(count: int, folder: Path) -> tuple[float, float, int, int]:
    """Seconds, peak MiB, PDF bytes and pages of one export with ``count`` highlights."""
    out = folder / f"export-{count}.pdf"
    command = [PYTHON, __file__, "--child", str(count), str(out)]
    if GNU_TIME:
        command = [GNU_TIME, "-f", "%M", *command]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
    wall = time.perf_counter() - start
    peak_kib = int(done.stderr.strip().splitlines()[-1]) if GNU_TIME else 0
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=False).stdout
    pages = next((int(line.split()[1]) for line in info.splitlines() if line.startswith("Pages:")), 0)
    return wall, peak_kib * 1024 / MIB, out.stat().st_size, pages


def main(argv: list[str]) -> int:
    """Measure each requested size and print a Markdown table."""
    if argv[:1] == ["--child"]:
        child(int(argv[1]), Path(argv[2]))
        return 0
    counts = [int(a) for a in argv] or list(DEFAULT)
    print("| highlights | seconds | peak RSS (MiB) | PDF (MB) | pages |")
    print("|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for count in counts:
            wall, peak, size, pages = measure(count, Path(folder))
            print(f"| {count} | {wall:.1f} | {peak:.0f} | {size / 1e6:.1f} | {pages} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
