"""The one font builder: the CJK-capable families the app reads and draws in."""

from __future__ import annotations

from PySide6.QtGui import QFont

READING_FONTS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "PingFang SC",
    "Microsoft YaHei",
    "Noto Sans",
    "sans-serif",
)
DEFAULT_POINT_SIZE = 13.0


def reading_font(
    point_size: float = DEFAULT_POINT_SIZE, family: str = "", base: QFont | None = None
) -> QFont:
    """``base`` (or a default font) with ``family`` first, then the CJK fallbacks, at ``point_size``.

    ``point_size`` ≤ 0 keeps the base font's size (the UI font, which follows the system).
    """
    font = QFont(base) if base is not None else QFont()
    first = [family] if family else []
    font.setFamilies([*first, *(f for f in READING_FONTS if f != family)])
    if point_size > 0:
        font.setPointSizeF(point_size)
    return font
