"""The one renderer every sheet uses: font, styles, page frame, building to bytes.

A sheet module turns a snapshot into ``Document``s (a file name, a title, a list
of flowables) using the helpers here, so every sheet shares the same header, boxes,
tables and footer ("page x of y"). All type is 9 pt or larger; margins are 15 mm,
inside what any office printer reaches.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from typing import Any, TypeAlias

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from exports.bidi import bidi_paragraph, has_rtl
from exports.continued import LONGEST_HEADER_FIELD, continue_long_cells
from exports.flowables import (
    ACCENT,
    ACCENT_LIGHT,
    INK,
    LINE_LIGHT,
    MUTED,
    RULE,
    SMALL,
    WritingLines,
)
from exports.fonts import sheet_font
from exports.language import t
from exports.paper import Paper
from exports.paragraph import SheetParagraph
from exports.table import SheetTable
from exports.text import markup, printable

CELL_PADDING = 4.0
# More characters than any fixed-height box holds: such content is not measured.
LONG_TEXT = 1200
FOOTER_GAP = 16.0
# The line at the top of a continuation page that names the sheet it continues.
CONTINUED_HEADING = 22.0
# Footers and continuation headings kept laid out (a few per sheet).
LINES_KEPT = 256

# Table and box content: user text, a drawn piece, or several stacked.
Cell: TypeAlias = str | Flowable | list[Flowable]


@dataclass
class Document:
    """One PDF file: its name (before making it safe), title, footer line and content."""

    name: str
    title: str
    footer: str
    story: list[Flowable] = field(default_factory=list)
    # The heading of every page after the first: which sheet it continues.
    continued: str = ""


class Renderer:
    """Styles and helpers for one paper size."""

    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.font = sheet_font()
        page_width, page_height = paper.size
        self.width = page_width - 2 * paper.margin
        self.height = page_height - 2 * paper.margin - FOOTER_GAP
        self.styles = sheet_styles()

    # ------------------------------------------------------------ text

    def para(self, text: str, style: str = "body") -> Paragraph:
        """User text as a paragraph: printed exactly as typed, never read as markup."""
        paragraph_style = self.styles[style]
        font_style = self.font.style_of(paragraph_style.fontName)
        if has_rtl(text):
            return self._bidi([(text, font_style)], paragraph_style)
        return SheetParagraph(markup(text, font_style), paragraph_style)

    def _bidi(self, runs: Sequence[tuple[str, str]], style: ParagraphStyle) -> Paragraph:
        fonts = {name: self.font.font_name(name) for name in ("regular", "bold", "italic")}
        return bidi_paragraph(runs, style, markup, fonts)

    def rich(self, parts: Sequence[tuple[str, str]], style: str = "body") -> Paragraph:
        """One paragraph of (text, "b" | "i" | "") runs: our own emphasis, user text escaped."""
        styles = {"b": "bold", "i": "italic"}
        if any(has_rtl(text) for text, _ in parts):
            runs = [(text, styles.get(emphasis, "regular")) for text, emphasis in parts]
            return self._bidi(runs, self.styles[style])
        marked = []
        for text, emphasis in parts:
            escaped = markup(text, styles.get(emphasis, "regular"))
            marked.append(f"<{emphasis}>{escaped}</{emphasis}>" if emphasis else escaped)
        return SheetParagraph("".join(marked), self.styles[style])

    def cell(self, value: Cell, style: str = "body") -> list[Flowable]:
        """A table cell's content; an empty text is an empty cell, with nothing to lay out."""
        if isinstance(value, str):
            return [self.para(value, style)] if value else []
        if isinstance(value, list):
            return value
        return [value]

    # ------------------------------------------------------------ building blocks

    def header(self, title: str, tagline: str, fields: Sequence[tuple[str, str]]) -> list[Flowable]:
        """The sheet's title on the left; team, cycle... on the right, or lines to fill in."""
        left = [self.para(title, "title"), Spacer(1, 2), self.para(tagline, "tagline")]
        field_width = self.width * 0.40
        label_width = max(
            stringWidth(printable(label, "bold"), self.font.font_name("bold"), SMALL)
            for label, _ in fields
        )
        label_width += 2 * CELL_PADDING + 2
        rows = [
            [self.para(label, "label"), self.para(value or "", "field")] for label, value in fields
        ]
        field_table = SheetTable(
            rows,
            colWidths=[label_width, field_width - label_width],
            rowHeights=[None if value else 19 for _, value in fields],
            splitInRow=0,
        )
        field_table.longest_cell = LONGEST_HEADER_FIELD
        field_table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LINEBELOW", (1, 0), (1, -1), 0.6, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        table = SheetTable(
            [[left, field_table]],
            colWidths=[self.width - field_width, field_width],
            splitInRow=0,
        )
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), 10),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ("LINEBELOW", (0, 0), (-1, -1), 2, ACCENT),
                ]
            )
        )
        return [table, Spacer(1, 6)]

    def heading(self, text: str) -> Paragraph:
        return self.para(text, "heading")

    def boxes(
        self,
        boxes: Sequence[tuple[str, str, Cell]],
        min_height: float,
        widths: Sequence[float] | None = None,
    ) -> Table:
        """Labelled boxes side by side: (label, question, content); room to write below."""
        count = len(boxes)
        col_widths = list(widths) if widths else [self.width / count] * count
        heads = []
        for label, question, _ in boxes:
            head: list[Flowable] = [self.para(label, "label")]
            if question:
                head.append(self.para(question, "hint"))
            heads.append(head)
        bodies = [self.cell(content) for _, _, content in boxes]
        bodies = [
            self.with_room(body, width, min_height)
            for body, width in zip(bodies, col_widths, strict=True)
        ]
        table = SheetTable([heads, bodies], colWidths=col_widths, splitInRow=0)
        table.setStyle(self.box_style())
        return table

    def box_style(self) -> TableStyle:
        return table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.75, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
                # A box's heading never stands alone at the foot of a page.
                ("NOSPLIT", (0, 0), (-1, -1)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING + 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING + 1),
                ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )

    def with_room(
        self, flowables: list[Flowable], width: float, min_height: float
    ) -> list[Flowable]:
        """``flowables``, then ruled lines up to ``min_height``: room to write by hand."""
        if text_length(flowables) > LONG_TEXT:
            return flowables  # far taller than any box: no need to measure it
        used = content_height(flowables, width - 2 * (CELL_PADDING + 1))
        room = min_height - used - 2 * CELL_PADDING
        if room >= 12:
            return [*flowables, WritingLines(room)]
        return flowables

    def table(
        self,
        header: Sequence[Cell],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        min_row_height: float = 0,
        extra_style: Sequence[tuple[Any, ...]] = (),
        header_background: Any = ACCENT_LIGHT,
        title: str = "",
    ) -> Table:
        """A ruled table whose heading repeats on every page; rows at least ``min_row_height``.

        Rows grow with their text and split across pages, so nothing is clipped. A
        ``title`` is a first heading row across the whole table.
        """
        data: list[list[list[Flowable]]] = []
        heights: list[float | None] = []
        if title:
            data.append([[self.para(title, "label")]] + [[] for _ in header[1:]])
            heights.append(None)
        data.append([self.cell(h, "label") for h in header])
        heights.append(None)
        heading_rows = len(data)
        for row in rows:
            cells = [self.cell(value) for value in row]
            data.append(cells)
            fits = bool(min_row_height) and all(
                text_length(cell) <= LONG_TEXT
                and content_height(cell, width - 2 * CELL_PADDING) + 2 * CELL_PADDING
                <= min_row_height
                for cell, width in zip(cells, widths, strict=True)
            )
            heights.append(min_row_height if min_row_height and fits else None)
        table = SheetTable(
            data,
            colWidths=list(widths),
            rowHeights=heights,
            repeatRows=heading_rows,
            splitInRow=0,
        )
        style = [
            ("GRID", (0, 0), (-1, -1), 0.6, RULE),
            ("BACKGROUND", (0, 0), (-1, heading_rows - 1), header_background),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, heading_rows - 1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]
        if title:
            style += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT)]
        table.setStyle(table_style([*style, *extra_style]))
        return table

    def room_left(self, story: Sequence[Flowable]) -> float:
        """What is left of the first page after ``story`` (negative: it runs over)."""
        used = 0.0
        for flowable in story:
            if isinstance(flowable, KeepTogether):
                used += self.height - self.room_left(flowable._content)
                continue
            used += flowable.wrap(self.width, self.height)[1]
            used += flowable.getSpaceBefore() + flowable.getSpaceAfter()
        return self.height - used

    def note(self, text: str) -> Paragraph:
        return self.para(text, "small")

    # ------------------------------------------------------------ output

    def build(self, document: Document) -> bytes:
        """The PDF of ``document``, with ``footer`` and "page x of y" on every page."""
        buffer = io.BytesIO()
        margin = self.paper.margin
        template = BaseDocTemplate(
            buffer,
            pagesize=self.paper.size,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin + FOOTER_GAP,
            title=printable(document.title),
            author="OKR Workshop",
            creator="OKR Workshop",
            invariant=True,
            initialFontName=self.font.font_name(),
            initialFontSize=10,
        )
        template.addPageTemplates(self._page_templates(document.continued))
        canvas_maker = partial(
            NumberedCanvas,
            footer=document.footer,
            font=self.font.font_name(),
            margin=margin,
        )
        story = continue_long_cells(list(document.story), self.para)
        template.build(story, canvasmaker=canvas_maker)
        return buffer.getvalue()

    def _frame(self, heading: float = 0) -> Frame:
        margin = self.paper.margin
        return Frame(
            margin,
            margin + FOOTER_GAP,
            self.width,
            self.height - heading,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def _page_templates(self, continued: str) -> list[PageTemplate]:
        """One page frame; with ``continued``, later pages say at the top what they continue."""
        if not continued:
            return [PageTemplate(id="sheet", frames=[self._frame()])]
        heading = partial(self._draw_continued, continued)
        return [
            PageTemplate(id="sheet", frames=[self._frame()], autoNextPageTemplate="continued"),
            PageTemplate(id="continued", frames=[self._frame(CONTINUED_HEADING)], onPage=heading),
        ]

    def _draw_continued(self, continued: str, canvas: Canvas, _document: object) -> None:
        margin = self.paper.margin
        top = self.paper.size[1] - margin
        style = self.styles["label"]
        after = t(" (continued)")
        room = self.width - stringWidth(after, style.fontName, style.fontSize)
        text = fitted(continued, style.fontName, room, style.fontSize) + after
        canvas.saveState()
        one_line(canvas, text, style, margin, top - 12, self.width)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1)
        canvas.line(margin, top - 15, margin + self.width, top - 15)
        canvas.restoreState()


@cache
def sheet_styles() -> dict[str, ParagraphStyle]:
    """The sheets' paragraph styles, made once: read paragraphs are kept per style."""
    font = sheet_font()
    regular, bold = font.font_name("regular"), font.font_name("bold")
    italic = font.font_name("italic")
    styles = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=17, leading=20, textColor=INK),
        "tagline": ParagraphStyle(
            "tagline", fontName=italic, fontSize=10, leading=13, textColor=MUTED
        ),
        "heading": ParagraphStyle(
            "heading",
            fontName=bold,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "label": ParagraphStyle(
            "label", fontName=bold, fontSize=SMALL, leading=11.5, textColor=ACCENT
        ),
        "hint": ParagraphStyle(
            "hint", fontName=italic, fontSize=SMALL, leading=11.5, textColor=MUTED
        ),
        "body": ParagraphStyle("body", fontName=regular, fontSize=10, leading=13, textColor=INK),
        "strong": ParagraphStyle("strong", fontName=bold, fontSize=10, leading=13, textColor=INK),
        "big": ParagraphStyle("big", fontName=bold, fontSize=12.5, leading=16, textColor=INK),
        "small": ParagraphStyle(
            "small", fontName=regular, fontSize=SMALL, leading=11.5, textColor=MUTED
        ),
        "cell": ParagraphStyle(
            "cell", fontName=regular, fontSize=SMALL, leading=11.5, textColor=INK
        ),
        # Cells of a table that must keep to one page: the same type, set tighter.
        "dense": ParagraphStyle(
            "dense", fontName=regular, fontSize=SMALL, leading=10.4, textColor=INK
        ),
        "centred": ParagraphStyle(
            "centred",
            fontName=bold,
            fontSize=SMALL,
            leading=11.5,
            textColor=INK,
            alignment=TA_CENTER,
        ),
        "field": ParagraphStyle("field", fontName=regular, fontSize=10, leading=13, textColor=INK),
        "right": ParagraphStyle(
            "right",
            fontName=regular,
            fontSize=10,
            leading=13,
            textColor=INK,
            alignment=TA_RIGHT,
        ),
    }
    return styles


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style in the sheet font: ReportLab would otherwise name Helvetica in the PDF."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), sheet_font().font_name()), *commands])


def text_length(flowables: Sequence[Flowable]) -> int:
    return sum(len(f.text) for f in flowables if isinstance(f, Paragraph))


def content_height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        _, height = flowable.wrap(width, 1e6)
        total += height
        if isinstance(flowable, Paragraph):
            total += flowable.style.spaceBefore + flowable.style.spaceAfter
    return total


def fitted(text: str, font: str, room: float, size: float = SMALL) -> str:
    """``text`` on one line, cut with "…" to fit ``room`` points (in one pass)."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= room:
        return text
    room -= stringWidth("…", font, size)
    used, end = 0.0, 0
    while end < len(text):
        used += stringWidth(text[end], font, size)
        if used > room:
            break
        end += 1
    return text[:end].rstrip() + "…"


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Draws the footer on every page once the page count is known."""

    def __init__(self, *args: Any, footer: str, font: str, margin: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._footer_font = font
        self._margin = margin
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        y = self._margin - 2
        page = t("Page {number} of {total}", number=number, total=total)
        self.saveState()
        self.setStrokeColor(LINE_LIGHT)
        self.setLineWidth(0.5)
        self.line(self._margin, y + 11, width - self._margin, y + 11)
        self.setFont(self._footer_font, SMALL)
        self.setFillColor(MUTED)
        room = width - 2 * self._margin - stringWidth(page, self._footer_font, SMALL) - 20
        one_line(self, self._footer, footer_style(self._footer_font), self._margin, y, room)
        self.drawRightString(width - self._margin, y, page)
        self.restoreState()


@cache
def footer_style(font: str) -> ParagraphStyle:
    return ParagraphStyle("footer", fontName=font, fontSize=SMALL, leading=11, textColor=MUTED)


def one_line(
    canvas: Canvas, text: str, style: ParagraphStyle, x: float, y: float, room: float
) -> None:
    """``text`` cut to one line of ``room`` points, its baseline at ``y``, in any script."""
    _laid_out_line(text, style, room).drawOn(canvas, x, y - 2.5)


@lru_cache(maxsize=LINES_KEPT)
def _laid_out_line(text: str, style: ParagraphStyle, room: float) -> Paragraph:
    """The line laid out once: every page of a sheet prints the same footer."""
    font = sheet_font()
    style_name = font.style_of(style.fontName)
    text = fitted(text, style.fontName, room, style.fontSize)
    if has_rtl(text):
        fonts = {name: font.font_name(name) for name in ("regular", "bold", "italic")}
        line: Paragraph = bidi_paragraph([(text, style_name)], style, markup, fonts)
    else:
        line = SheetParagraph(markup(text, style_name), style)
    line.wrap(room + 10, 20)
    return line
