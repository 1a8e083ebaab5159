"""The HTML export: one self-contained page, the whole transcript, marks, notes and nothing that runs."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

from export_fixtures import EVIL_NOTE, EXPORTED_AT, LABELS, TEXT, TITLE, small_fixture, uid

from desktop_app.domain.anchoring import make_anchor, place_all
from desktop_app.domain.annotations import PAINT, Color
from desktop_app.domain.export.as_html import to_html
from desktop_app.domain.export.common import ORPHANS_TITLE
from desktop_app.domain.parser import parse_transcript


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    plain: str = ""  # the text without the note numbers (<sup>) after marks
    ancestors: list[Element] = field(default_factory=list)

    def inside(self, tag: str, **attrs: str) -> bool:
        return any(
            a.tag == tag and all(a.attrs.get(k) == v for k, v in attrs.items()) for a in self.ancestors
        )


class Page(HTMLParser):
    """Every element of the page with its attributes, text and ancestors."""

    VOID = frozenset({"meta", "br", "link", "img", "input", "hr"})

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.open: list[Element] = []
        self.data: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, ancestors=list(self.open))
        self.elements.append(element)
        if tag not in self.VOID:
            self.open.append(element)
        elif tag == "br":
            self.handle_data("\n")

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1].tag == tag, f"</{tag}> closes <{self.open[-1].tag}>"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.data.append(data)
        in_sup = any(e.tag == "sup" for e in self.open)
        for element in self.open:
            element.text += data
            if not in_sup:
                element.plain += data

    def find(self, tag: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag]

    def by_id(self, ident: str) -> Element:
        (element,) = [e for e in self.elements if e.attrs.get("id") == ident]
        return element


def page_of_fixture() -> tuple[str, Page]:
    f = small_fixture()
    html = to_html(*f.args(), exported_at=EXPORTED_AT)
    return html, Page(html)


def test_the_page_runs_nothing_and_loads_nothing() -> None:
    html, page = page_of_fixture()
    assert html.startswith("<!DOCTYPE html>\n")
    assert page.open == []
    tags = {e.tag for e in page.elements}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "base", "form", "svg"}
    assert "<script" not in html.lower()
    assert [e for e in page.elements if "src" in e.attrs] == []
    for element in page.elements:
        for name, value in element.attrs.items():
            assert not name.startswith("on"), element
            if name == "href":
                assert value.startswith(("#", "interview-reader://open/")), element
    ids = {e.attrs["id"] for e in page.elements if "id" in e.attrs}
    assert {e.attrs["href"][1:] for e in page.find("a") if e.attrs["href"].startswith("#")} <= ids
    (style,) = page.find("style")
    assert "url(" not in style.text and "@import" not in style.text
    assert "http" not in style.text


def test_head_has_title_language_and_cjk_fonts() -> None:
    _, page = page_of_fixture()
    (html_element,) = page.find("html")
    assert html_element.attrs["lang"] == "zh-Hans"
    (title,) = page.find("title")
    assert title.text == TITLE
    assert page.find("meta")[0].attrs == {"charset": "utf-8"}
    (main,) = page.find("main")
    assert main.attrs["lang"] == "zh-Hans"
    style = page.find("style")[0].text
    assert '"Noto Sans CJK SC"' in style and '"PingFang SC"' in style and '"Microsoft YaHei"' in style
    english = Page(to_html(*small_fixture().args(), exported_at="x", lang="en"))
    assert english.find("html")[0].attrs["lang"] == "en"


def test_print_styles_keep_meaning_without_backgrounds() -> None:
    _, page = page_of_fixture()
    style = page.find("style")[0].text
    print_rules = style[style.index("@media print") :]
    assert "size: A4" in print_rules
    assert "break-inside: avoid" in print_rules and "page-break-inside: avoid" in print_rules
    for color in Color:
        rule = next(line for line in style.splitlines() if line.startswith(f"mark.c-{color} "))
        assert PAINT[color] in rule
        assert "text-decoration-style" in rule
    assert "text-decoration-line: underline" in style


def test_the_whole_transcript_is_there_with_speakers_in_their_colours() -> None:
    f = small_fixture()
    _, page = page_of_fixture()
    for paragraph in f.transcript.paragraphs():
        row = page.by_id(paragraph.id)
        (text,) = [e for e in page.elements if e.tag == "p" and row in e.ancestors]
        assert text.plain == (f"{paragraph.speaker}：" if paragraph.speaker else "") + paragraph.text
    for section in f.transcript.sections:
        titles = [e.text for e in page.find("h2") if section.id == e.ancestors[-1].attrs.get("id")]
        assert titles == [section.title]
    speakers = {s.name: s.color for s in f.transcript.speakers}
    style = page.find("style")[0].text
    who = [e for e in page.elements if "who" in e.attrs.get("class", "").split()]
    assert {e.text for e in who} == set(speakers)
    for element in who:
        css_class = element.attrs["class"].split()[1]
        assert f".{css_class} {{ color: {speakers[element.text]}; }}" in style


def test_marks_hold_the_quotes_in_their_colours_with_labels_as_titles() -> None:
    f = small_fixture()
    _, page = page_of_fixture()
    marks = [m for m in page.find("mark") if m.inside("main")]
    expected = [f.by_id(n) for n in (4, 1, 6, 7, 2, 3, 8)]
    assert [(m.text, m.attrs["class"], m.attrs["title"]) for m in marks] == [
        (h.anchor.exact, f"c-{h.color}", LABELS[h.color]) for h in expected
    ] + [("被删掉了", "c-orange", LABELS[Color.ORANGE])]
    assert "继续做下去" not in [m.text for m in marks]  # the deleted highlight
    legend = [m for m in page.find("mark") if m.inside("header")]
    assert [(m.text, m.attrs["class"]) for m in legend] == [(LABELS[c], f"c-{c}") for c in Color]


def test_notes_sit_beside_their_paragraph_as_escaped_text() -> None:
    html, page = page_of_fixture()
    assert "</div><script>" not in html
    assert "&lt;/div&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html
    notes = [e for e in page.elements if e.tag == "div" and "note" in e.attrs.get("class", "").split()]
    row = page.by_id("s1-q1-p2")
    assert [n.text for n in notes if row in n.ancestors] == [f"1 · 重点{EVIL_NOTE}", "2 · 疑问=SUM(A1:A2)"]
    refs = [e for e in page.elements if e.tag == "sup" and row in e.ancestors]
    assert [r.text for r in refs] == ["1", "2"]
    assert page.by_id("n-1").attrs["class"] == "note c-yellow"
    assert page.by_id(f"h-{uid(1)}").text == "喜欢聊天"
    assert "".join(page.data).count("alert(1)") == 1


def test_question_notes_sit_under_their_question_and_orphans_come_last() -> None:
    _, page = page_of_fixture()
    question = page.by_id("s1-q2")
    (qnote,) = [e for e in page.elements if e.tag == "aside" and "qnote" in e.attrs.get("class", "")]
    assert question in qnote.ancestors
    assert qnote.text.endswith("值得追问:收入结构\n|表格| --- 行")
    headings = [e.text for e in page.find("h2")]
    assert headings[-1] == ORPHANS_TITLE
    (orphans,) = [e for e in page.elements if e.attrs.get("class") == "orphans"]
    assert "「被删掉了」" in orphans.text and "删掉了?" in orphans.text and "旧问题的笔记" in orphans.text
    assert "韩梅梅 · 待查" in orphans.text
    assert "已删除" not in "".join(page.data)


def test_overlapping_highlights_are_split_at_their_edges() -> None:
    f = small_fixture()
    t = f.transcript
    text = t.find("s1-q2-p2").text  # 还过得去,广告收入占七成。
    a = f.by_id(3)
    b = replace(a, id=uid(50), color=Color.PINK, note="整句", anchor=make_anchor("s1-q2-p2", text, 0, 8))
    c = replace(a, id=uid(51), color=Color.BLUE, note="同起点", anchor=make_anchor("s1-q2-p2", text, 0, 2))
    placements = place_all(((h.id, h.anchor) for h in (a, b, c)), t)
    page = Page(to_html(t, [a, b, c], placements, [], LABELS, exported_at=EXPORTED_AT))
    marks = [(m.text, m.attrs["class"], m.attrs["title"]) for m in page.find("mark") if m.inside("main")]
    assert marks == [
        ("还过", "c-blue", "金句 · 疑问"),
        ("得去,", "c-pink", "金句"),
        ("广告收", "c-green", "金句 · 观点"),  # the one that starts last is on top
        ("入占七成", "c-green", "观点"),
    ]
    ids = {e.attrs["id"] for e in page.elements if "id" in e.attrs}
    assert {f"h-{uid(3)}", f"h-{uid(50)}", f"h-{uid(51)}", "n-1", "n-2", "n-3"} <= ids
    assert {e.attrs["href"][1:] for e in page.find("a") if e.attrs["href"].startswith("#")} <= ids
    notes = [e.text for e in page.elements if e.tag == "div" and "note" in e.attrs.get("class", "").split()]
    assert notes == ["1 · 金句整句", "2 · 疑问同起点", '3 · 观点要核实\n数据来源, "七成"']


def test_titles_and_labels_are_escaped() -> None:
    f = small_fixture()
    labels = {**LABELS, Color.YELLOW: '<b onclick="x">重点</b>'}
    html = to_html(f.transcript, f.highlights, f.placements, f.notes, labels, exported_at="<i>now</i>")
    page = Page(html)
    assert "b" not in {e.tag for e in page.elements} and "i" not in {e.tag for e in page.elements}
    assert page.by_id(f"h-{uid(1)}").attrs["title"] == '<b onclick="x">重点</b>'
    assert "单元测试 <script> · 导出于 / Exported <i>now</i>" in "".join(page.data)


def test_transcript_text_and_question_notes_are_escaped() -> None:
    f = small_fixture()
    raw = "我是被 <b>他</b> 拉进来的 & <script>x()</script>"
    t = parse_transcript(TEXT.replace("我是被他拉进来的。", raw), "x.md")
    qnote = replace(f.notes[0], note="<i>问题</i> <script>alert(2)</script>")
    page = Page(to_html(t, [], {}, [qnote], LABELS, exported_at=EXPORTED_AT))
    assert not {"b", "i", "script"} & {e.tag for e in page.elements}
    row = page.by_id("s1-q1-p3")
    assert raw in row.text
    (aside,) = [e for e in page.elements if e.tag == "aside"]
    assert aside.text.endswith("<i>问题</i> <script>alert(2)</script>")
