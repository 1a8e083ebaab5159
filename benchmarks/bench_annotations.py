"""Time from the highlight action to the committed row, through the window and through the store.

    python benchmarks/bench_annotations.py [N] [--json]      (default N = 1000)

Prints median and p99 in milliseconds (with --json: one JSON object, what run_all.py reads).
Run offscreen: QT_QPA_PLATFORM=offscreen (make bench sets it).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from desktop_app.domain.anchoring import make_anchor
from desktop_app.domain.annotations import Color
from desktop_app.gui.actions import Act
from desktop_app.gui.launch import application, build_window
from desktop_app.storage.store import AnnotationStore


def summary(name: str, samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    return f"| {name} | {len(ms)} | {statistics.median(ms):.2f} | {p99:.2f} | {ms[-1]:.2f} |"


def through_the_window(n: int, folder: Path) -> list[float]:
    application()
    window, _ = build_window(None, folder)
    window.show()
    window.panel.show()  # the Annotations panel open: each new highlight is listed as it is made
    window.panel.raise_()
    assert window.panel.isVisible()
    window.navigation.select_node("s1-q1")
    paragraph = window.transcript.find("s1-q1-p2")
    samples = []
    for i in range(n):
        start = i % (len(paragraph.text) - 8)
        window.pane.marks.select_passage("s1-q1-p2", start, start + 6)
        began = time.perf_counter()
        window.action(Act.HIGHLIGHT).trigger()  # returns after the row is committed
        samples.append(time.perf_counter() - began)
    assert len(window.store.highlights(window.transcript.id)) == n
    assert window.panel.model.rowCount(window.panel.model.index(0, 0)) == n  # every one listed
    window.store.close()
    return samples


def through_the_store(n: int, folder: Path) -> list[float]:
    samples = []
    text = "要理解Sora的厉害之处,我们首先得审视以往的视频生成技术。" * 4
    with AnnotationStore.open(folder) as store:
        for i in range(n):
            anchor = make_anchor("s1-q1-p2", text, i % 40, i % 40 + 6)
            began = time.perf_counter()
            store.add_highlights("bench", "hash", [(anchor, "s1-q1", "宋东桓")], Color.YELLOW)
            samples.append(time.perf_counter() - began)
    return samples


def figures(samples: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in samples)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    return {"median": statistics.median(ms), "p99": p99, "worst": ms[-1]}


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--json"]
    n = int(args[0]) if args else 1000
    with tempfile.TemporaryDirectory() as tmp:
        window = through_the_window(n, Path(tmp) / "gui")
        store = through_the_store(n, Path(tmp) / "store")
    if "--json" in sys.argv:
        print(json.dumps({"n": n, "window": figures(window), "store": figures(store)}))
        return
    print("| highlight, action → committed row | n | median ms | p99 ms | worst ms |")
    print("|---|---|---|---|---|")
    print(summary("window, Annotations panel open: select + actionHighlight (write, repaint, list)", window))
    print(summary("store: add_highlights (one transaction, synchronous=FULL)", store))


if __name__ == "__main__":
    main()
