"""The cockpit's shortcuts while the cursor is in a text field of a step page.

Under Linux's keyboard scheme a text field claims Ctrl+E (end of line) and Ctrl+K
(delete to the end of the line) before any shortcut sees them. The offscreen screen
the tests run on uses another scheme, so ``LinuxField`` claims them as Linux does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.clocks import FakeClock
from ui.cockpit import Cockpit
from ui.dialogs import ShortcutsSheet
from ui.export_dialog import ExportDialog

CTRL = Qt.KeyboardModifier.ControlModifier
LINUX_FIELD_KEYS = (QKeySequence("Ctrl+E"), QKeySequence("Ctrl+K"))


class LinuxField(QLineEdit):
    """A line edit that claims Ctrl+E and Ctrl+K, as every line edit does on Linux."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) in LINUX_FIELD_KEYS
        ):
            event.accept()
            return True
        return super().event(event)


def linux_field(qtbot: QtBot, cockpit: Cockpit, text: str) -> LinuxField:
    page = cockpit.page_area.widget()
    assert isinstance(page, QWidget) and page.layout() is not None
    field = LinuxField()
    page.layout().addWidget(field)
    field.show()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, text)
    assert QApplication.focusWidget() is field
    return field


def typing_in_first_field(qtbot: QtBot, cockpit: Cockpit, text: str) -> QLineEdit:
    """Click into the first step's "new objective" field and type, as the facilitator would."""
    field = cockpit.page_area.widget().findChild(QLineEdit)
    assert field is not None and field.isVisible()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, text)
    assert QApplication.focusWidget() is field
    return field


def step_title(cockpit: Cockpit) -> str:
    return cockpit.timer_bar.step_line.text().rpartition(" · ")[2]


def test_the_field_keeps_space_and_the_word_keys(qtbot: QtBot, cockpit: Cockpit) -> None:
    field = typing_in_first_field(qtbot, cockpit, "Win back")
    qtbot.keyClick(field, Qt.Key.Key_Space)
    qtbot.keyClicks(field, "trust")
    assert field.text() == "Win back trust"
    assert not cockpit.engine.agenda.running, "Space typed a space"
    qtbot.keyClick(field, Qt.Key.Key_Left, CTRL)
    assert field.cursorPosition() == len("Win back ")
    assert step_title(cockpit) == "Score last cycle", "Ctrl+Left moved the cursor, not the agenda"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.text() != "Win back trust", "Ctrl+Z undid the typing"


def test_the_cockpit_keys_work_while_typing(
    qtbot: QtBot, cockpit: Cockpit, clock: FakeClock
) -> None:
    field = typing_in_first_field(qtbot, cockpit, "Half-typed objective")
    qtbot.keyClick(field, Qt.Key.Key_F5)
    assert cockpit.engine.agenda.running
    clock.advance(60)
    qtbot.keyClick(field, Qt.Key.Key_1, CTRL)
    assert cockpit.engine.agenda.current_step().added_seconds == 60  # type: ignore[union-attr]
    qtbot.keyClick(field, Qt.Key.Key_B, CTRL)
    assert not cockpit.rail_panel.isVisible(), "Ctrl+B hid the agenda"
    qtbot.keyClick(field, Qt.Key.Key_B, CTRL)
    assert cockpit.rail_panel.isVisible()
    assert field.text() == "Half-typed objective", "no key reached the field as an edit"


def test_ctrl_e_exports_from_a_field_that_claims_it(qtbot: QtBot, cockpit: Cockpit) -> None:
    field = linux_field(qtbot, cockpit, "Half-typed")
    qtbot.keyClick(field, Qt.Key.Key_E, CTRL)
    dialogs = [d for d in cockpit.findChildren(ExportDialog) if d.isVisible()]
    assert len(dialogs) == 1, "Ctrl+E opened the export"
    dialogs[0].reject()


def test_without_the_cockpit_filter_such_a_field_swallows_ctrl_e(
    qtbot: QtBot, cockpit: Cockpit
) -> None:
    cockpit.typing_keys.stop()
    field = linux_field(qtbot, cockpit, "Half-typed")
    qtbot.keyClick(field, Qt.Key.Key_E, CTRL)
    assert not [d for d in cockpit.findChildren(ExportDialog) if d.isVisible()]


def test_next_and_previous_step_while_typing(qtbot: QtBot, cockpit: Cockpit) -> None:
    field = typing_in_first_field(qtbot, cockpit, "A past objective")
    qtbot.keyClick(field, Qt.Key.Key_PageDown, CTRL)
    assert step_title(cockpit) == "Retrospective: what we learned"
    retro_field = linux_field(qtbot, cockpit, "A note")
    qtbot.keyClick(retro_field, Qt.Key.Key_K, CTRL)
    assert step_title(cockpit) != "Retrospective: what we learned", "Ctrl+K skipped the step"
    qtbot.keyClick(QApplication.focusWidget() or cockpit, Qt.Key.Key_PageUp, CTRL)
    assert step_title(cockpit) == "Retrospective: what we learned"


def test_the_shortcuts_sheet_lists_the_keys_to_use_while_typing(cockpit: Cockpit) -> None:
    sheet = ShortcutsSheet([("Timer", cockpit.all_actions())])
    rows = {
        sheet.table.item(row, 1).text(): sheet.table.item(row, 2).text()
        for row in range(sheet.table.rowCount())
    }
    assert rows["Next step"] == "Ctrl+Right, Ctrl+PgDown"
    assert rows["Previous step"] == "Ctrl+Left, Ctrl+PgUp"
    assert rows["Start or pause"] == "Space, F5"
    assert "F5 for Space" in sheet.typing.text()
    sheet.deleteLater()
