"""Copying with a citation: 「…」——宋东桓,《title》."""

from __future__ import annotations

from collections.abc import Sequence


def cite(text: str, speakers: Sequence[str], title: str) -> str:
    """``text`` quoted, followed by who said it and where."""
    quoted = " ".join(line.strip() for line in text.splitlines() if line.strip())
    who = "、".join(dict.fromkeys(s for s in speakers if s))
    source = f"《{title}》" if title else ""
    attribution = ",".join(part for part in (who, source) if part)
    return f"「{quoted}」" + (f"——{attribution}" if attribution else "")
