"""The embedding OKR worksheet: how the OKRs will live in the team after the workshop.

Its twelve numbered fields: the team and its mission, who works on the OKRs, how
they help us, the check-in rhythm, when updates are due, the dependency map, the
share of time spent on OKRs, the OKR champion, hopes, fears, the metrics map
(outputs, leading and lagging indicators, with the sweet spot) and the themes coming
up. Opened from the agenda or from the menu.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitation.engine.okrs import DependencyView, MetricView
from ui.commands import Changes
from ui.i18n import QT_TRANSLATE_NOOP, Words, translate
from ui.pages.base import Page
from ui.pages.context import PageContext
from ui.pages.okr_commands import (
    add_dependency,
    add_metric,
    edit_team,
    edit_worksheet,
    remove_dependency,
    remove_metric,
)
from ui.reflow import Columns, any_width_drop_down, columns
from ui.vocabulary import DEPENDENCY_DIRECTIONS, DEPENDENCY_STRENGTHS, METRIC_KINDS
from ui.widgets.fields import CommitLineEdit, CommitTextEdit
from ui.widgets.okr_rows import big_list, current_id
from ui.widgets.parts import button, entry, label
from ui.widgets.rows import RowsModel
from workshop.snapshot import load_snapshot

KINDS = ("worksheet",)

NOT_SET = -10
"""The time spinner's value for "not decided yet"."""

TEXT_FIELDS = Words(
    "worksheet",
    {
        "people": (
            "2",
            QT_TRANSLATE_NOOP("worksheet", "People and teams working on our OKRs"),
            QT_TRANSLATE_NOOP("worksheet", "Who takes part, and who helps?"),
        ),
        "benefits": (
            "3",
            QT_TRANSLATE_NOOP("worksheet", "How will OKRs help us?"),
            QT_TRANSLATE_NOOP("worksheet", "What should be better because we use OKRs?"),
        ),
        "checkin_cadence": (
            "4",
            QT_TRANSLATE_NOOP("worksheet", "Check-in meeting: rhythm, day, time"),
            QT_TRANSLATE_NOOP("worksheet", "Mondays at 9:30, 20 minutes"),
        ),
        "update_due": (
            "5",
            QT_TRANSLATE_NOOP("worksheet", "When is the update due?"),
            QT_TRANSLATE_NOOP("worksheet", "Fridays by noon, before the check-in"),
        ),
        "okr_champion": (
            "8",
            QT_TRANSLATE_NOOP("worksheet", "OKR champion"),
            QT_TRANSLATE_NOOP("worksheet", "Who keeps the OKRs alive between check-ins?"),
        ),
        "hopes": (
            "9",
            QT_TRANSLATE_NOOP("worksheet", "OKR hopes"),
            QT_TRANSLATE_NOOP("worksheet", "What are we hoping OKRs will do for us?"),
        ),
        "fears": (
            "10",
            QT_TRANSLATE_NOOP("worksheet", "OKR fears"),
            QT_TRANSLATE_NOOP("worksheet", "What could go wrong, and what would we do then?"),
        ),
        "upcoming_themes": (
            "12",
            QT_TRANSLATE_NOOP("worksheet", "Upcoming OKR themes"),
            QT_TRANSLATE_NOOP("worksheet", "What is likely to matter next cycle?"),
        ),
    },
)
SINGLE_LINE = ("checkin_cadence", "update_due")
"""Fields where Return saves rather than starting a new line."""


def section_title(number: str, words: str, buddy: QWidget | None = None) -> QWidget:
    shown = label(f"{number}. {words}", "fieldLabel", bold=True)
    if buddy is not None:
        shown.setBuddy(buddy)
    return shown


def dependency_line(row: DependencyView) -> str:
    """“We depend on Security (hard dependency): sign-off on …” as the room says it."""
    strength = DEPENDENCY_STRENGTHS.get(row.strength, row.strength).lower()
    who = (
        translate("worksheet", "We depend on {0}").format(row.team)
        if row.direction == "we_depend"
        else translate("worksheet", "{0} depends on us").format(row.team)
    )
    about = f": {row.description}" if row.description else ""
    return f"{who} ({strength}){about}"


class DependenciesModel(RowsModel[DependencyView]):
    DirectionRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 3

    def key(self, row: DependencyView) -> Hashable:
        return row.id

    def show(self, row: DependencyView, role: int) -> Any:
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return dependency_line(row)
        if role == self.DirectionRole:
            return row.direction
        return None


class MetricsModel(RowsModel[MetricView]):
    """The metrics of one kind; the ones in the sweet spot are starred."""

    SweetSpotRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 3

    def key(self, row: MetricView) -> Hashable:
        return row.id

    def show(self, row: MetricView, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return ("★ " if row.sweet_spot else "") + row.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            spot = self.tr(" (in the OKR sweet spot)") if row.sweet_spot else ""
            return f"{row.text}{spot}"
        if role == self.SweetSpotRole:
            return row.sweet_spot
        return None


class TimeOnOkrs(QSpinBox):
    """Percent of the team's time on OKRs, in steps of ten; saved when focus leaves."""

    def __init__(self, on_commit: Callable[[int | None], bool]) -> None:
        super().__init__()
        self.setRange(NOT_SET, 100)
        self.setSingleStep(10)
        self.setSuffix(" %")
        self.setSpecialValueText(self.tr("not decided yet"))
        self.setAccessibleName(self.tr("Share of our time spent on OKRs"))
        self.setMinimumHeight(52)
        self.on_commit = on_commit
        self.stored: int | None = None
        self.editingFinished.connect(self.finish)

    def show_value(self, value: int | None) -> None:
        self.stored = value
        if not self.hasFocus():
            self.setValue(NOT_SET if value is None else value)

    def chosen(self) -> int | None:
        return None if self.value() < 0 else self.value()

    def finish(self) -> None:
        if self.chosen() != self.stored and not self.on_commit(self.chosen()):
            self.setValue(NOT_SET if self.stored is None else self.stored)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish()


class WorksheetPage(Page):
    page_title = QT_TRANSLATE_NOOP("WorksheetPage", "Embedding OKR worksheet")
    page_hint = QT_TRANSLATE_NOOP(
        "WorksheetPage",
        "How the OKRs will live in the team after today. Fill in what the room "
        "agrees; every field is saved when you move on.",
    )
    shows = Changes(okrs=True)

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.team_values = {"team": "", "mission": ""}
        self.team_name = CommitLineEdit(
            self.tr("1. Team"), self._team_saver("team"), self.tr("The team's name")
        )
        self.mission = CommitTextEdit(
            self.tr("1. Mission"),
            self._team_saver("mission"),
            placeholder=self.tr("What the team is for, in a sentence"),
            lines=2,
        )
        self.fields: dict[str, CommitLineEdit | CommitTextEdit] = {}
        for field, (_number, words, prompt) in TEXT_FIELDS.items():
            if field == "okr_champion":
                self.fields[field] = CommitLineEdit(words, self._saver(field, words), prompt)
            else:
                self.fields[field] = CommitTextEdit(
                    words,
                    self._saver(field, words),
                    placeholder=prompt,
                    lines=2,
                    single_line=field in SINGLE_LINE,
                )
        self.use_champion = button("", self.tr("Use the team's OKR champion"))
        self.use_champion.clicked.connect(self._use_okr_champion)
        self.champion_name = ""
        self.time = TimeOnOkrs(self._save_time)

        self.dependencies_model = DependenciesModel()
        self.dependencies = big_list(self.tr("6. Dependency map"), self.dependencies_model)
        self.new_direction = QComboBox()
        self.new_direction.setAccessibleName(self.tr("Who depends on whom"))
        for key, words in DEPENDENCY_DIRECTIONS.items():
            self.new_direction.addItem(words, key)
        self.new_strength = QComboBox()
        self.new_strength.setAccessibleName(self.tr("How strong the dependency is"))
        for drop_down in (self.new_direction, self.new_strength):
            any_width_drop_down(drop_down)
        for key, words in DEPENDENCY_STRENGTHS.items():
            self.new_strength.addItem(words, key)
        self.new_team = entry(self.tr("The other team"), self.tr("Which team?"))
        self.new_description = entry(self.tr("What the dependency is about"), self.tr("On what?"))
        self.new_team.returnPressed.connect(self.add_dependency)
        self.new_description.returnPressed.connect(self.add_dependency)
        self.add_dependency_button = button(self.tr("Add"), self.tr("Add the dependency"))
        self.add_dependency_button.clicked.connect(self.add_dependency)
        self.remove_dependency_button = button(
            self.tr("Remove"), self.tr("Remove the chosen dependency")
        )
        self.remove_dependency_button.clicked.connect(self.remove_dependency)

        self.metric_models = {kind_: MetricsModel() for kind_ in METRIC_KINDS}
        self.metric_lists = {
            kind_: big_list(
                self.tr("11. Metrics map: {0}").format(words), self.metric_models[kind_]
            )
            for kind_, words in METRIC_KINDS.items()
        }
        self.metric_choice: str | None = None
        for kind_, view in self.metric_lists.items():
            view.selectionModel().currentChanged.connect(
                lambda current, _old, k=kind_: self._metric_chosen(k, current.isValid())
            )
        self.new_metric_kind = QComboBox()
        self.new_metric_kind.setAccessibleName(self.tr("Kind of metric"))
        for key, words in METRIC_KINDS.items():
            self.new_metric_kind.addItem(words, key)
        self.new_metric = entry(self.tr("New metric"), self.tr("A metric we watch…"))
        self.new_metric.returnPressed.connect(self.add_metric)
        self.sweet_spot = QCheckBox(self.tr("In the sweet spot"))
        self.sweet_spot.setAccessibleName(self.tr("The new metric is in the OKR sweet spot"))
        self.add_metric_button = button(self.tr("Add"), self.tr("Add the metric"))
        self.add_metric_button.clicked.connect(self.add_metric)
        self.remove_metric_button = button(self.tr("Remove"), self.tr("Remove the chosen metric"))
        self.remove_metric_button.clicked.connect(self.remove_metric)

        self._lay_out()
        self.refresh()

    # Layout

    def _lay_out(self) -> None:
        first = QVBoxLayout()
        first.addWidget(section_title("1", self.tr("Team and mission")))
        first.addWidget(self.team_name)
        first.addWidget(self.mission)
        first.addSpacing(6)
        for field in ("people", "benefits"):
            self._add_field(first, field)
        second = QVBoxLayout()
        for column in (first, second):
            column.setSpacing(4)
        for field in ("checkin_cadence", "update_due"):
            self._add_field(second, field)
        second.addWidget(
            section_title("7", self.tr("How much of our time goes to OKRs?"), self.time)
        )
        second.addWidget(self.time)
        second.addSpacing(6)
        self._add_field(second, "okr_champion")
        second.addWidget(self.use_champion, 0, Qt.AlignmentFlag.AlignLeft)
        third = QVBoxLayout()
        third.setSpacing(4)
        for field in ("hopes", "fears", "upcoming_themes"):
            self._add_field(third, field)

        dependencies = QVBoxLayout()
        dependencies.setSpacing(6)
        dependencies.addWidget(section_title("6", self.tr("Dependency map"), self.dependencies))
        dependencies.addWidget(self.dependencies, 1)
        adding = QGridLayout()
        adding.addWidget(self.new_direction, 0, 0)
        adding.addWidget(self.new_strength, 0, 1)
        adding.addWidget(self.new_team, 1, 0)
        adding.addWidget(self.new_description, 1, 1)
        adding.addWidget(self.add_dependency_button, 2, 0, Qt.AlignmentFlag.AlignLeft)
        adding.addWidget(self.remove_dependency_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        dependencies.addLayout(adding)

        metrics = QVBoxLayout()
        metrics.setSpacing(6)
        metrics.addWidget(section_title("11", self.tr("Metrics map")))
        lists = Columns(spacing=16)
        for kind_, words in METRIC_KINDS.items():
            kind_list = QVBoxLayout()
            kind_list.addWidget(label(words, "fieldLabel", bold=True))
            kind_list.addWidget(self.metric_lists[kind_])
            lists.add(kind_list, 1, 220)
        metrics.addLayout(lists)
        metrics.addWidget(label(self.tr("★ in the OKR sweet spot"), "pageNote"))
        adding_metric = columns(
            (self.new_metric_kind, 0, 0),
            (self.new_metric, 1, 300),
            (self.sweet_spot, 0, 0),
            (self.add_metric_button, 0, 0),
            (self.remove_metric_button, 0, 0),
            spacing=10,
        )
        metrics.addLayout(adding_metric)

        # Three columns of fields, then the two maps; on a narrower screen each wraps
        # below the one before, and the page scrolls as one sheet.
        top = Columns(spacing=36)
        for column in (first, second, third):
            column.addStretch(1)
            top.add(column, 1, 360)
        self.body.addLayout(top)
        self.body.addLayout(columns((dependencies, 2, 420), (metrics, 3, 520), spacing=36), 1)

    def _add_field(self, layout: QVBoxLayout, field: str) -> None:
        number, words, _prompt = TEXT_FIELDS[field]
        layout.addWidget(section_title(number, words, self.fields[field]))
        layout.addWidget(self.fields[field])
        layout.addSpacing(6)

    # Reading

    def reload(self) -> None:
        okrs = self.engine.okrs
        values = okrs.worksheet()
        for field, edit in self.fields.items():
            edit.set_value(getattr(values, field))
        self.time.show_value(values.time_on_okr_percent)
        snapshot = load_snapshot(self.context.store, self.context.workshop_id)
        self.team_values = {"team": snapshot.team, "mission": snapshot.mission}
        self.team_name.set_value(snapshot.team)
        self.mission.set_value(snapshot.mission)
        champion = next((p.name for p in okrs.participants() if p.is_okr_champion), "")
        self.champion_name = champion
        self.use_champion.setText(self.tr("Use {0}, the team's OKR champion").format(champion))
        self.use_champion.setVisible(bool(champion) and champion != values.okr_champion)
        dependencies = okrs.dependencies()
        self.dependencies_model.set_rows(dependencies)
        self.remove_dependency_button.setEnabled(bool(dependencies))
        metrics = okrs.metrics()
        for kind_, model in self.metric_models.items():
            model.set_rows([m for m in metrics if m.kind == kind_])
        self.remove_metric_button.setEnabled(bool(metrics))

    # Acting

    def _saver(self, field: str, words: str) -> Callable[[str], bool]:
        return lambda value: self.run(edit_worksheet(self.engine.okrs, field, value, words))

    def _team_saver(self, field: str) -> Callable[[str], bool]:
        return lambda value: self.run(edit_team(self.engine.okrs, field, value))

    def _save_time(self, value: int | None) -> bool:
        return self.run(edit_worksheet(self.engine.okrs, "time_on_okr_percent", value, "time"))

    def _use_okr_champion(self) -> None:
        edit = self.fields["okr_champion"]
        if self.champion_name and self._saver("okr_champion", self.tr("OKR champion"))(
            self.champion_name
        ):
            edit.set_value(self.champion_name, force=True)

    def add_dependency(self) -> None:
        direction = str(self.new_direction.currentData())
        strength = str(self.new_strength.currentData())
        team, description = self.new_team.text(), self.new_description.text()
        if self.run(add_dependency(self.engine.okrs, direction, team, description, strength)):
            self.new_team.clear()
            self.new_description.clear()
            self.new_team.setFocus()

    def remove_dependency(self) -> None:
        dependency_id = current_id(self.dependencies)
        row = self.dependencies_model.row_of(dependency_id)
        if row >= 0:
            team = self.dependencies_model.rows[row].team
            self.run(remove_dependency(self.engine.okrs, dependency_id, team))

    def add_metric(self) -> None:
        kind_ = str(self.new_metric_kind.currentData())
        text, spot = self.new_metric.text(), self.sweet_spot.isChecked()
        if self.run(add_metric(self.engine.okrs, kind_, text, spot)):
            self.new_metric.clear()
            self.sweet_spot.setChecked(False)
            self.new_metric.setFocus()

    def _metric_chosen(self, kind_: str, chosen: bool) -> None:
        """One metric is chosen at a time, across the three lists."""
        if not chosen:
            return
        self.metric_choice = kind_
        for other, view in self.metric_lists.items():
            if other != kind_ and view.currentIndex().isValid():
                view.selectionModel().clear()

    def chosen_metric(self) -> tuple[int, str] | None:
        if self.metric_choice is None:
            return None
        view = self.metric_lists[self.metric_choice]
        metric_id = current_id(view)
        model = self.metric_models[self.metric_choice]
        row = model.row_of(metric_id)
        return (metric_id, model.rows[row].text) if row >= 0 else None

    def remove_metric(self) -> None:
        chosen = self.chosen_metric()
        if chosen is not None:
            metric_id, text = chosen
            self.run(remove_metric(self.engine.okrs, metric_id, text))


def make_page(context: PageContext, kind: str) -> QWidget:
    return WorksheetPage(context)
