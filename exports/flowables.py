"""Small drawn pieces of the sheets: tick boxes, lights, scales, bars, ruled lines."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from exports.fonts import sheet_font
from exports.language import decimal, t
from exports.text import printable

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#0b6e69")
ACCENT_LIGHT = colors.HexColor("#e3f1ef")
RULE = colors.HexColor("#9aa5b1")
LINE_LIGHT = colors.HexColor("#cbd2d9")
# Writing rules: dark enough to survive toner saving and a grey-scale copier.
WRITING_RULE = colors.HexColor("#7b8794")
LINE_SPACING = 8 * 72 / 25.4  # 8 mm: the height of a line written by hand
FILL = colors.HexColor("#f5f7fa")
LIGHT_COLOURS = {
    "green": colors.HexColor("#2f9e44"),
    "amber": colors.HexColor("#f59f00"),
    "red": colors.HexColor("#e03131"),
}
SMALL = 9.0


def _font(style: str = "regular") -> str:
    return sheet_font().font_name(style)


class TickBox(Flowable):  # type: ignore[misc]
    """A criterion's box: a tick for yes, a dash for no, empty when not asked yet."""

    def __init__(self, answer: bool | None, size: float = 10) -> None:
        super().__init__()
        self.answer = answer
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c, s = self.canv, self.size
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.rect(0, 0, s, s)
        if self.answer is True:
            c.setStrokeColor(ACCENT)
            c.setLineWidth(1.6)
            path = c.beginPath()
            path.moveTo(s * 0.18, s * 0.52)
            path.lineTo(s * 0.42, s * 0.22)
            path.lineTo(s * 0.84, s * 0.82)
            c.drawPath(path, stroke=1, fill=0)
        elif self.answer is False:
            c.setLineWidth(1.4)
            c.line(s * 0.25, s * 0.5, s * 0.75, s * 0.5)


class ScoreBoxes(Flowable):  # type: ignore[misc]
    """The four confidence scores as boxes to tick; the recorded one is ticked."""

    SCORES = (1.0, 0.7, 0.4, 0.0)

    def __init__(self, score: float | None, box: float = 10, gap: float = 6) -> None:
        super().__init__()
        self.score = score
        self.box = box
        self.gap = gap
        self.label_width = max(stringWidth(self.label(s), _font(), SMALL) for s in self.SCORES)

    @staticmethod
    def label(score: float) -> str:
        return decimal(f"{score:g}")

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        step = self.box + 3 + self.label_width + self.gap
        return step * len(self.SCORES) - self.gap, self.box

    def draw(self) -> None:
        x = 0.0
        for score in self.SCORES:
            ticked = self.score is not None and abs(self.score - score) < 0.01
            self.canv.saveState()
            self.canv.translate(x, 0)
            TickBox(True if ticked else None, self.box).drawOn(self.canv, 0, 0)
            self.canv.restoreState()
            self.canv.setFillColor(INK)
            self.canv.setFont(_font("bold" if ticked else "regular"), SMALL)
            self.canv.drawString(x + self.box + 3, 1.5, self.label(score))
            x += self.box + 3 + self.label_width + self.gap


class TrafficLights(Flowable):  # type: ignore[misc]
    """Green, amber and red lights with their initials; the current one is lit."""

    ORDER = (("green", "G"), ("amber", "A"), ("red", "R"))
    """Each light with the initial printed in it (in the sheets' language)."""

    def __init__(self, status: str, diameter: float = 14) -> None:
        super().__init__()
        self.status = status.strip().lower()
        self.diameter = diameter

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.diameter * 3 + 8, self.diameter

    def draw(self) -> None:
        c, d = self.canv, self.diameter
        for index, (name, initial) in enumerate(self.ORDER):
            cx = d / 2 + index * (d + 4)
            lit = self.status == name
            c.setLineWidth(0.8)
            c.setStrokeColor(LIGHT_COLOURS[name] if lit else RULE)
            c.setFillColor(LIGHT_COLOURS[name] if lit else colors.white)
            c.circle(cx, d / 2, d / 2 - 0.5, stroke=1, fill=1)
            c.setFillColor(colors.white if lit else MUTED)
            c.setFont(_font("bold"), SMALL)
            c.drawCentredString(cx, d / 2 - 3.2, t(initial))


class Narrowing(Flowable):  # type: ignore[misc]
    """A drawing of a given width and height that narrows to fit a smaller room."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(self.width, available_width)
        return self.width, self.height


class PercentScale(Narrowing):
    """A 0-100% scale in steps of 10; the chosen value is marked, or none on a blank."""

    def __init__(self, percent: int | None, width: float, height: float = 34) -> None:
        super().__init__(width, height)
        self.percent = percent

    def draw(self) -> None:
        c = self.canv
        left, right = 12.0, self.width - 14.0
        span = right - left
        bar_y, bar_h = self.height - 16, 9
        c.setStrokeColor(RULE)
        c.setFillColor(FILL)
        c.rect(left, bar_y, span, bar_h, stroke=1, fill=1)
        if self.percent is not None:
            value = max(0, min(100, self.percent))
            c.setFillColor(ACCENT)
            c.rect(left, bar_y, span * value / 100, bar_h, stroke=0, fill=1)
        c.setFont(_font(), SMALL)
        for step in range(0, 101, 10):
            x = left + span * step / 100
            chosen = self.percent is not None and step == round(self.percent / 10) * 10
            c.setStrokeColor(INK)
            c.line(x, bar_y - 3, x, bar_y)
            c.setFillColor(INK)
            c.setFont(_font("bold" if chosen else "regular"), SMALL)
            c.drawCentredString(x, bar_y - 13, f"{step}%")


class RotatedLabel(Flowable):  # type: ignore[misc]
    """A column heading written upwards, on up to two lines, for narrow tick columns."""

    def __init__(self, text: str, height: float, size: float = SMALL) -> None:
        super().__init__()
        self.size = size
        self.height = height
        self.lines = self._lines(printable(text, "bold"), height - 4)
        self.width = len(self.lines) * (size + 1.5)

    def _lines(self, text: str, room: float) -> list[str]:
        lines: list[str] = []
        for word in text.split():
            if lines and stringWidth(f"{lines[-1]} {word}", _font("bold"), self.size) <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines or [""]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.rotate(90)
        c.setFillColor(INK)
        c.setFont(_font("bold"), self.size)
        for index, line in enumerate(self.lines):
            # After the rotation, x runs up the page and y runs to the left.
            c.drawString(2, -(index + 1) * (self.size + 1.5) + 2, line)
        c.restoreState()


class Bar(Narrowing):
    """One bar of a vote chart, with its count written after it."""

    def __init__(self, value: int, largest: int, width: float, height: float = 11) -> None:
        super().__init__(width, height)
        self.value = value
        self.largest = max(largest, 1)

    def draw(self) -> None:
        c = self.canv
        label = str(self.value)
        room = self.width - stringWidth(label, _font("bold"), SMALL) - 6
        length = room * self.value / self.largest
        c.setFillColor(ACCENT)
        c.rect(0, 0, length, self.height, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(_font("bold"), SMALL)
        c.drawString(length + 4, 2, label)


class WritingLines(Flowable):  # type: ignore[misc]
    """Ruled lines 8 mm apart: room to write by hand."""

    def __init__(
        self, height: float, spacing: float = LINE_SPACING, width: float = 0, last_label: str = ""
    ) -> None:
        super().__init__()
        self.height = height
        self.spacing = spacing
        self.fixed_width = width
        self.width = width
        # A prompt written at the right half of the last line ("Champion:").
        self.last_label = last_label

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(self.fixed_width or available_width, available_width)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if available_height < self.spacing:
            return []
        return [WritingLines(available_height), WritingLines(self.height - available_height)]

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(WRITING_RULE)
        c.setLineWidth(0.6)
        y = self.height - self.spacing
        last = y
        while y > -0.5:  # a height of n lines draws n rules, the last on its bottom edge
            c.line(0, y, self.width, y)
            last = y
            y -= self.spacing
        if self.last_label:
            c.setFillColor(MUTED)
            c.setFont(_font("italic"), SMALL)
            c.drawString(self.width * 0.55, last + 3, printable(self.last_label, "italic"))


class CutLine(Flowable):  # type: ignore[misc]
    """A dashed line with scissors, between paper ballots."""

    def __init__(self, label: str = "cut here") -> None:
        super().__init__()
        self.label = t(label)
        self.width = 0.0
        self.height = 14.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(RULE)
        c.setDash(4, 3)
        c.line(0, self.height / 2, self.width, self.height / 2)
        c.setDash()
        scissors = "✂ " if ord("✂") in sheet_font().coverage["regular"] else ""
        text = printable(f"{scissors}{self.label}")
        text_width = stringWidth(text, _font(), SMALL)
        c.setFillColor(colors.white)
        c.rect(8, 0, text_width + 8, self.height, stroke=0, fill=1)
        c.setFillColor(MUTED)
        c.setFont(_font(), SMALL)
        c.drawString(12, self.height / 2 - 3, text)
