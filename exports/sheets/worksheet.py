"""The embedding OKR worksheet: the twelve numbered fields that make OKRs part of the week."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from exports.flowables import ACCENT_LIGHT, FILL, LINE_SPACING, PercentScale
from exports.language import t
from exports.renderer import Cell, Document, Renderer
from exports.sheets.common import one_file
from workshop.snapshot import DependencySnapshot, MetricSnapshot, WorkshopSnapshot

TITLE = "Embedding OKR worksheet"
TAGLINE = "How our OKRs become part of the team's week."
FIELD_ROOM = 46.0
# A blank field: four handwritten lines of 8 mm.
BLANK_FIELD_ROOM = 4 * LINE_SPACING + 12
GAP = 6.0
DIRECTIONS = (("we_depend", "We depend on others"), ("they_depend", "Others depend on us"))
STRENGTHS = (("feedback", "Feedback only"), ("hard", "Hard dependency: they build or sign off"))
METRIC_KINDS = (
    ("output", "Outputs", "What we make or do"),
    ("leading", "Leading indicators", "Early signs that behaviour changes"),
    ("lagging", "Lagging indicators", "The results that show up later"),
)


def worksheet_sheet(snapshot: WorkshopSnapshot, r: Renderer) -> list[Document]:
    sheet = snapshot.worksheet
    team: list[Flowable] = [r.para(snapshot.team, "strong")] if snapshot.team else []
    if snapshot.mission:
        team.append(r.para(snapshot.mission))
    half = r.width / 2
    story: list[Flowable] = r.header(
        t(TITLE),
        t(TAGLINE),
        [(t("Team"), snapshot.team), (t("Cycle"), snapshot.cycle_label), (t("Date"), "")],
    )
    wide, middle, narrow = r.width * 0.37, r.width * 0.34, r.width * 0.29
    room = BLANK_FIELD_ROOM if snapshot.blank else FIELD_ROOM
    # On paper the twelve fields take two pages: 1 to 6, then 7 to 12.
    turn: Flowable = PageBreak() if snapshot.blank else Spacer(1, GAP)
    story += [
        r.boxes(
            [
                (t("1. Team and mission"), "", team),
                (t("2. People and teams on our OKRs"), "", sheet.people),
                (t("8. OKR champion"), "", sheet.okr_champion),
            ],
            room,
            widths=[wide, middle, narrow],
        ),
        r.boxes(
            [
                (t("3. How will OKRs benefit us?"), "", sheet.benefits),
                (t("4. Check-ins: cadence, day, time"), "", sheet.checkin_cadence),
                (t("5. When is the update due?"), "", sheet.update_due),
            ],
            room,
            widths=[wide, middle, narrow],
        ),
        Spacer(1, GAP),
        _dependencies(r, sheet.dependencies, room),
        turn,
        r.boxes(
            [
                (
                    t(
                        "7. How much of our time will we spend on OKRs (the rest is business "
                        "as usual)?"
                    ),
                    "",
                    PercentScale(sheet.time_on_okr_percent, r.width - 12),
                )
            ],
            0,
        ),
        Spacer(1, GAP),
        r.boxes(
            [
                (t("9. OKR hopes: what do we hope they bring?"), "", sheet.hopes),
                (t("10. OKR fears: what worries us?"), "", sheet.fears),
            ],
            room,
            widths=[half, half],
        ),
        Spacer(1, GAP),
        _metrics(r, sheet.metrics, room),
        Spacer(1, GAP),
        r.boxes([(t("12. Upcoming OKR themes"), "", sheet.upcoming_themes)], room),
    ]
    return one_file(snapshot, TITLE, story, file_title="Embedding worksheet")


def _dependency_cell(r: Renderer, items: list[DependencySnapshot]) -> list[Flowable]:
    cell: list[Flowable] = []
    for item in items:
        parts = [(item.team, "b")]
        if item.description:
            parts.append((f": {item.description}" if item.team else item.description, ""))
        cell.append(r.rich(parts))
    return cell


def _dependencies(r: Renderer, dependencies: tuple[DependencySnapshot, ...], room: float) -> Table:
    label_width = 100.0
    column = (r.width - label_width) / 2
    header: list[Cell] = ["", *[t(label) for _, label in STRENGTHS]]
    rows: list[list[Cell]] = []
    for direction, direction_label in DIRECTIONS:
        row: list[Cell] = [r.para(t(direction_label), "strong")]
        for strength, _ in STRENGTHS:
            items = [
                d
                for d in dependencies
                if d.direction == direction and (d.strength or "feedback") == strength
            ]
            row.append(_dependency_cell(r, items))
        rows.append(row)
    return r.table(
        header,
        rows,
        [label_width, column, column],
        min_row_height=room,
        extra_style=[("BACKGROUND", (0, 2), (0, -1), FILL)],
        header_background=FILL,
        title=t("6. Dependency mapping"),
    )


def _metrics(r: Renderer, metrics: tuple[MetricSnapshot, ...], room: float) -> Table:
    """Outputs, leading and lagging side by side; the leading column is the sweet spot."""
    column = r.width / 3
    header: list[Cell] = [
        [r.para(t(label), "label"), r.para(t(hint), "hint")] for _, label, hint in METRIC_KINDS
    ]
    cells: list[Cell] = []
    for kind, _, _ in METRIC_KINDS:
        cell: list[Flowable] = []
        for metric in metrics:
            if metric.kind == kind:
                star = "★ " if metric.sweet_spot else "• "
                cell.append(r.para(star + metric.text))
        cells.append(cell)
    sweet = r.rich(
        [
            (t("OKR sweet spot: "), "b"),
            (
                t(
                    "key results live between what we do and what shows up later: "
                    "leading indicators the team can move. ★ marks the sweet spot."
                ),
                "",
            ),
        ],
        "small",
    )
    return r.table(
        header,
        [cells, [sweet, "", ""]],
        [column] * 3,
        min_row_height=room,
        extra_style=[
            ("SPAN", (0, 3), (2, 3)),
            ("BACKGROUND", (1, 2), (1, 2), ACCENT_LIGHT),
        ],
        header_background=FILL,
        title=t("11. Metrics mapping"),
    )
