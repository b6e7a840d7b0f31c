"""The start screen: the workshops in the file, a new workshop, another file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitation.rules import RuleError
from facilitation.templates import load_template, template_names
from facilitation.timer import WallClock
from facilitation.workshops import ROLES, new_workshop
from ui.i18n import QT_TRANSLATE_NOOP, Rows, current_language, refusal_text, translate
from ui.places import shown_location
from ui.vocabulary import ROLE_LABELS
from ui.widgets.rows import AnyIndex
from workshop import commands
from workshop.commands import WorkshopSummary
from workshop.store import Store, StoreError

TEAM, CYCLE, LAST_OPENED, WHERE = range(4)
HEADERS = Rows(
    "start_screen",
    (
        QT_TRANSLATE_NOOP("start_screen", "Team"),
        QT_TRANSLATE_NOOP("start_screen", "Cycle"),
        QT_TRANSLATE_NOOP("start_screen", "Last opened"),
        QT_TRANSLATE_NOOP("start_screen", "Where it stopped"),
    ),
)

IdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3


def when_text(moment: dt.datetime | None, today: dt.date) -> str:
    """A stored UTC moment as the facilitator reads it, in local time."""
    if moment is None:
        return translate("start_screen", "Never")
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    if local.date() == today:
        return translate("start_screen", "Today {0:%H:%M}").format(local)
    if local.date() == today - dt.timedelta(days=1):
        return translate("start_screen", "Yesterday {0:%H:%M}").format(local)
    shown = translate("start_screen", "d MMM yyyy")  # a date format: German puts a dot after d
    return QLocale().toString(QDate(local.year, local.month, local.day), shown)


def where_text(summary: WorkshopSummary) -> str:
    if summary.steps_total == 0:
        return translate("start_screen", "No agenda yet")
    if summary.steps_done >= summary.steps_total:
        return translate("start_screen", "Finished")
    progress = translate("start_screen", "{0} of {1} steps done").format(
        summary.steps_done, summary.steps_total
    )
    if summary.current_step_title:
        return f"{summary.current_step_title} ({progress})"
    return progress


class WorkshopListModel(QAbstractTableModel):
    def __init__(self, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self._rows: list[WorkshopSummary] = []
        self._today = today

    def set_workshops(self, summaries: Sequence[WorkshopSummary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(summary, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{HEADERS[index.column()]}: {self._text(summary, index.column())}"
        if role == IdRole:
            return summary.id
        if role == SummaryRole:
            return summary
        if role == SortRole:
            if index.column() == LAST_OPENED:
                return (summary.last_opened_at or summary.created_at).isoformat()
            return self._text(summary, index.column()).casefold()
        return None

    def _text(self, summary: WorkshopSummary, column: int) -> str:
        if column == TEAM:
            return summary.team
        if column == CYCLE:
            return summary.cycle_label or "—"
        if column == LAST_OPENED:
            return when_text(summary.last_opened_at, self._today())
        return where_text(summary)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


def next_quarter(today: dt.date) -> tuple[str, dt.date, dt.date]:
    """The label, first and last day of the quarter after today's."""
    quarter = (today.month - 1) // 3 + 1
    year = today.year
    quarter += 1
    if quarter == 5:
        quarter, year = 1, year + 1
    start = dt.date(year, 3 * quarter - 2, 1)
    end_month = 3 * quarter
    following = dt.date(year + 1, 1, 1) if end_month == 12 else dt.date(year, end_month + 1, 1)
    return f"Q{quarter} {year}", start, following - dt.timedelta(days=1)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ParticipantRow(QWidget):
    removeRequested = Signal(QWidget)

    def __init__(self, number: int, role: str = "contributor") -> None:
        super().__init__()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name"))
        self.name.setMinimumWidth(160)
        self.name.setAccessibleName(self.tr("Participant {0} name").format(number))
        self.role = QComboBox()
        for key in ROLES:
            self.role.addItem(ROLE_LABELS[key], key)
        self.role.setCurrentIndex(ROLES.index(role))
        self.role.setAccessibleName(self.tr("Participant {0} role").format(number))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove participant {0}").format(number))
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 3)
        layout.addWidget(self.role, 2)
        layout.addWidget(self.remove)

    def value(self) -> tuple[str, str]:
        return self.name.text(), str(self.role.currentData())


class NewWorkshopForm(QGroupBox):
    """Team, mission, cycle, template and participants of a new workshop."""

    created = Signal(int)

    def __init__(
        self, today: Callable[[], dt.date] = dt.date.today, wall: WallClock | None = None
    ) -> None:
        super().__init__(translate("NewWorkshopForm", "New workshop"))
        self.setObjectName("newWorkshop")
        self.store: Store | None = None
        self.wall = wall
        label, start, end = next_quarter(today())
        self.team = QLineEdit()
        self.team.setAccessibleName(self.tr("Team"))
        self.team.setPlaceholderText(self.tr("e.g. Customer support"))
        self.mission = QPlainTextEdit()
        self.mission.setAccessibleName(self.tr("Mission"))
        self.mission.setPlaceholderText(self.tr("Why the team exists, in a sentence"))
        self.mission.setTabChangesFocus(True)
        self.mission.setFixedHeight(64)
        self.cycle = QLineEdit()
        self.cycle.setAccessibleName(self.tr("Cycle label"))
        self.cycle.setPlaceholderText(self.tr("e.g. {0}").format(label))
        self.dates = QGroupBox(self.tr("Cycle dates"))
        self.dates.setCheckable(True)
        self.dates.setChecked(False)
        self.dates.setAccessibleName(self.tr("Cycle dates"))
        self.cycle_start = QDateEdit(QDate(start.year, start.month, start.day))
        self.cycle_start.setCalendarPopup(True)
        self.cycle_start.setDisplayFormat("d MMM yyyy")
        self.cycle_start.setAccessibleName(self.tr("First day of the cycle"))
        self.cycle_end = QDateEdit(QDate(end.year, end.month, end.day))
        self.cycle_end.setCalendarPopup(True)
        self.cycle_end.setDisplayFormat("d MMM yyyy")
        self.cycle_end.setAccessibleName(self.tr("Last day of the cycle"))
        dates = QHBoxLayout(self.dates)
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.cycle_start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.cycle_end)
        dates.addStretch(1)
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Agenda template"))
        # A long agenda title (German ones are) must not widen the form past the screen.
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template.setMinimumContentsLength(24)
        for name in template_names():
            agenda = load_template(name, current_language())
            self.template.addItem(
                self.tr("{0}, {1} min").format(agenda.title, agenda.planned_minutes), name
            )
        self.template_help = QLabel()
        self.template_help.setObjectName("hint")
        self.template_help.setWordWrap(True)
        self.template.currentIndexChanged.connect(self._describe_template)
        self._describe_template()

        self.people = QVBoxLayout()
        self.people.setSpacing(6)
        self.rows: list[ParticipantRow] = []
        self.add_person = QPushButton(self.tr("Add a participant"))
        self.add_person.setAccessibleName(self.tr("Add a participant"))
        self.add_person.clicked.connect(self._add_row_and_focus)
        self._add_row("facilitator")
        people = QVBoxLayout()
        people.addLayout(self.people)
        people.addWidget(self.add_person, 0, Qt.AlignmentFlag.AlignLeft)

        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the new workshop"))
        self.error.hide()
        self.create_button = QPushButton(self.tr("Create and open the workshop"))
        self.create_button.setObjectName("primaryButton")
        self.create_button.setAccessibleName(self.tr("Create and open the workshop"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        for line in (self.team, self.cycle):
            line.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Team"), self.team)
        form.addRow(self.tr("&Mission"), self.mission)
        form.addRow(self.tr("C&ycle"), self.cycle)
        form.addRow("", self.dates)
        form.addRow(self.tr("A&genda"), self.template)
        form.addRow("", self.template_help)
        form.addRow(self.tr("People"), people)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)

    def _describe_template(self) -> None:
        name = self.template.currentData()
        if name:
            self.template_help.setText(load_template(str(name), current_language()).description)

    def _add_row(self, role: str = "contributor") -> ParticipantRow:
        row = ParticipantRow(len(self.rows) + 1, role)
        row.removeRequested.connect(self._remove_row)
        row.name.returnPressed.connect(self.submit)
        self.rows.append(row)
        self.people.addWidget(row)
        return row

    def _add_row_and_focus(self) -> None:
        self._add_row().name.setFocus()

    def _remove_row(self, row: QWidget) -> None:
        if not isinstance(row, ParticipantRow) or row not in self.rows:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].name.setFocus()
        else:
            self.add_person.setFocus()

    def participants(self) -> list[tuple[str, str]]:
        return [row.value() for row in self.rows]

    def submit(self) -> int | None:
        """Create the workshop; a rule's refusal is shown above the button."""
        if self.store is None:
            self._show_error(self.tr("Open a workshop file first."))
            return None
        start = end = None
        if self.dates.isChecked():
            start = _date(self.cycle_start.date())
            end = _date(self.cycle_end.date())
        try:
            workshop_id = new_workshop(
                self.store,
                self.team.text(),
                str(self.template.currentData()),
                wall=self.wall,
                mission=self.mission.toPlainText(),
                cycle_label=self.cycle.text(),
                cycle_start=start,
                cycle_end=end,
                participants=self.participants(),
                language=current_language(),
            )
        except (RuleError, StoreError) as error:
            self._show_error(refusal_text(error))
            if not self.team.text().strip():
                self.team.setFocus()
            return None
        self.error.hide()
        self.created.emit(workshop_id)
        return workshop_id

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def reset(self) -> None:
        self.team.clear()
        self.mission.clear()
        self.cycle.clear()
        self.dates.setChecked(False)
        for row in list(self.rows):
            self._remove_row(row)
        self._add_row("facilitator")
        self.error.hide()


class StartScreen(QWidget):
    openRequested = Signal(int)
    cycleRequested = Signal(int)
    """The check-ins and review of a workshop, asked for by its id."""
    openFileRequested = Signal()
    newFileRequested = Signal()

    def __init__(
        self, today: Callable[[], dt.date] = dt.date.today, wall: WallClock | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("startScreen")
        self.store: Store | None = None
        heading = QLabel(self.tr("OKR Workshop"))
        heading.setObjectName("startHeading")
        self.location = QLabel()
        self.location.setTextFormat(Qt.TextFormat.PlainText)
        self.location.setObjectName("hint")
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long path is cut at the window's edge (its tooltip has it whole), never widening it.
        self.location.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setObjectName("formError")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.model = WorkshopListModel(today)
        self.table = QTableView()
        self.table.setObjectName("workshopList")
        self.table.setAccessibleName(self.tr("Workshops in this file"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open_index)
        self.empty = QLabel(
            self.tr("No workshops in this file yet. Create the first one on the right.")
        )
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)

        self.open_button = QPushButton(self.tr("Open the selected workshop"))
        self.open_button.setAccessibleName(self.tr("Open the selected workshop"))
        self.open_button.clicked.connect(self._open_selected)
        self.cycle_button = QPushButton(self.tr("Check-ins and review…"))
        self.cycle_button.setAccessibleName(
            self.tr("Check-ins and review of the selected workshop")
        )
        self.cycle_button.setToolTip(
            self.tr("The weekly check-ins, the trends and the end-of-cycle review (Ctrl+Shift+K)")
        )
        self.cycle_button.clicked.connect(self._cycle_selected)
        self.open_file = QPushButton(self.tr("Open another file…"))
        self.open_file.setAccessibleName(self.tr("Open another workshop file"))
        self.open_file.clicked.connect(self.openFileRequested)
        self.new_file = QPushButton(self.tr("New file…"))
        self.new_file.setAccessibleName(self.tr("Start a new workshop file"))
        self.new_file.clicked.connect(self.newFileRequested)
        chosen = QHBoxLayout()
        chosen.addWidget(self.open_button)
        chosen.addWidget(self.cycle_button)
        chosen.addStretch(1)
        files = QHBoxLayout()
        files.addWidget(self.location, 1)
        files.addWidget(self.open_file)
        files.addWidget(self.new_file)

        recent = QGroupBox(self.tr("Workshops in this file"))
        recent_layout = QVBoxLayout(recent)
        recent_layout.addWidget(self.table, 1)
        recent_layout.addWidget(self.empty)
        recent_layout.addLayout(chosen)

        self.form = NewWorkshopForm(today, wall)
        self.form.created.connect(self.openRequested)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setWidget(self.form)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The form scrolls down on a short screen, never sideways: it takes the width it
        # needs and the list of workshops gives way.
        self.form_area.setMinimumWidth(
            self.form.minimumSizeHint().width()
            + self.form_area.verticalScrollBar().sizeHint().width()
        )

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(recent, 3)
        columns.addWidget(self.form_area, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(heading)
        layout.addLayout(files)
        layout.addWidget(self.problem)
        layout.addLayout(columns, 1)

    def set_store(self, store: Store | None, problem: str = "") -> None:
        self.store = store
        self.form.store = store
        self.location.setText(
            self.tr("File: {0}").format(shown_location(store.location))
            if store
            else self.tr("No file open")
        )
        self.location.setToolTip(self.location.text())
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.refresh()

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def refresh(self) -> None:
        summaries: list[WorkshopSummary] = []
        if self.store is not None:
            try:
                summaries = commands.list_workshops(self.store)
            except StoreError as error:
                self.show_problem(refusal_text(error))
        self.model.set_workshops(summaries)
        has_rows = bool(summaries)
        self.empty.setVisible(not has_rows)
        self.open_button.setEnabled(has_rows)
        self.cycle_button.setEnabled(has_rows)
        self.form.create_button.setEnabled(self.store is not None)
        if has_rows:
            self.table.selectRow(0)

    def focus_first(self) -> None:
        if self.model.rowCount() and self.store is not None:
            self.table.setFocus()
        else:
            self.form.team.setFocus()

    def _open_index(self, index: QModelIndex) -> None:
        workshop_id = self.model.data(index, IdRole)
        if isinstance(workshop_id, int):
            self.openRequested.emit(workshop_id)

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        workshop_id = self.model.data(rows[0], IdRole) if rows else None
        return workshop_id if isinstance(workshop_id, int) else None

    def _cycle_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is not None:
            self.cycleRequested.emit(workshop_id)
