"""The CSV export: UTF-8 with BOM, one row per annotation, read back field by field, formulas defused."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest
from export_fixtures import EVIL_NOTE, LABELS, small_fixture, stamp, uid

from desktop_app.domain.export.as_csv import HEADER, defuse, to_csv


def read_back(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


def test_rows_come_back_field_by_field_in_reading_order() -> None:
    f = small_fixture()
    rows = read_back(to_csv(*f.args()))
    assert rows[0] == list(HEADER)
    assert rows[0] == [
        "section", "question", "speaker", "color", "label", "quote", "note", "created", "kind", "id"
    ]
    q1, q2, q3 = (q.text for q in f.transcript.questions())
    s1, s2 = (s.title for s in f.transcript.sections)
    assert rows[1:] == [
        ["", "", "", "blue", "疑问", "前言", "", stamp(4), "highlight", uid(4)],
        [s1, q1, "李雷", "yellow", "重点", "喜欢聊天", EVIL_NOTE, stamp(1), "highlight", uid(1)],
        [s1, q1, "李雷", "blue", "疑问", "很多人愿意听", "'=SUM(A1:A2)", stamp(6), "highlight", uid(6)],
        [s1, q1, "韩梅梅", "blue", "疑问", "我是", "'=SUM(A1:A2)", stamp(7), "highlight", uid(7)],
        [s1, q1, "韩梅梅", "pink", "金句", "拉进来", "", stamp(2), "highlight", uid(2)],
        [s1, q2, "", "", "", "", "值得追问:收入结构\n|表格| --- 行", stamp(11), "question-note", uid(11)],
        [s1, q2, "李雷", "green", "观点", "广告收入占七成", '要核实\n数据来源, "七成"', stamp(3), "highlight",
         uid(3)],
        [s2, q3, "韩梅梅", "yellow", "重点", "a==b", "'@某人 +1 -1", stamp(8), "highlight", uid(8)],
        [s2, q3, "韩梅梅", "orange", "待查", "被删掉了", "删掉了?", stamp(5), "orphan", uid(5)],
        ["", "", "", "", "", "", "旧问题的笔记", stamp(12), "orphan", uid(12)],
    ]


def test_quotes_commas_pipes_newlines_and_rules_survive_the_round_trip() -> None:
    f = small_fixture()
    tricky = 'a "quoted" word, a comma | a pipe\n---\nnew line\r\nCRLF line'
    h = replace(f.by_id(1), note=tricky)
    rows = read_back(to_csv(f.transcript, [h], f.placements, [], LABELS))
    assert len(rows) == 2
    assert rows[1][HEADER.index("note")] == tricky
    assert rows[1][HEADER.index("quote")] == "喜欢聊天"


def test_rows_end_in_crlf_and_the_file_is_utf8() -> None:
    f = small_fixture()
    data = to_csv(*f.args())
    assert data[3:].decode("utf-8").split("\r\n")[0] == ",".join(HEADER)
    assert data.endswith(b"\r\n")


def test_no_annotations_gives_the_header_only() -> None:
    f = small_fixture()
    assert read_back(to_csv(f.transcript, [], {}, [], LABELS)) == [list(HEADER)]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("---", "'---"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("a=1", "a=1"),
        ("普通文字", "普通文字"),
        ("", ""),
    ],
)
def test_formula_like_cells_get_a_leading_apostrophe(cell: str, expected: str) -> None:
    assert defuse(cell) == expected


def test_formula_injection_is_defused_in_every_column() -> None:
    f = small_fixture()
    labels = {**LABELS, f.by_id(1).color: "=HYPERLINK(\"http://x\")"}
    rows = read_back(to_csv(f.transcript, [f.by_id(1)], f.placements, [], labels))
    assert rows[1][HEADER.index("label")] == "'=HYPERLINK(\"http://x\")"
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
