"""``convert`` on the raw seed gives the bundled transcript's structure, compared through ``export``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.cli import run_command

SEED = Path(__file__).resolve().parents[1] / "data" / "000_076cd2ad6264824a.txt"


def without_ids(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: without_ids(v) for k, v in node.items() if k not in ("id", "content_hash")}
    if isinstance(node, list):
        return [without_ids(v) for v in node]
    return node


def exported(transcript: Path | None, tmp_path: Path, capsys) -> dict[str, Any]:
    args = ["export", "--format", "json", "--data-dir", str(tmp_path / "none")]
    if transcript is not None:
        args += ["--transcript", str(transcript)]
    assert run_command(args) == 0
    return json.loads(capsys.readouterr().out)["transcript"]


def test_converting_the_raw_seed_gives_the_bundled_structure_and_text(tmp_path: Path, capsys) -> None:
    out = tmp_path / "seed.md"
    assert run_command(["convert", str(SEED), "-o", str(out)]) == 0
    assert "UTF-8" in capsys.readouterr().err
    ours = without_ids(exported(out, tmp_path, capsys))
    bundled = without_ids(exported(None, tmp_path, capsys))
    # What a plain-text file cannot hold: the title, the source, the bios, the opening section's name.
    for key in ("title", "source"):
        ours.pop(key), bundled.pop(key)
    for speaker in ours["speakers"] + bundled["speakers"]:
        speaker.pop("bio")
    ours["sections"][0].pop("title"), bundled["sections"][0].pop("title")
    assert ours == bundled


def test_converting_a_file_without_speakers_says_so(tmp_path: Path, capsys) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("今天天气很好。\n我们去公园散步。\n", encoding="utf-8")
    assert run_command(["convert", str(plain), "-o", str(tmp_path / "out.md")]) == 1
    err = capsys.readouterr().err
    assert "notes.txt" in err and "Traceback" not in err
    assert not (tmp_path / "out.md").exists()
