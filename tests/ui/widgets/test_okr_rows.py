"""The OKR pages' rows: how an item fares in the checks, and models that emit only real changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from facilitation.quality import Finding
from ui.widgets.okr_rows import CheckedItem, CheckedItemsModel, findings_summary, number_text

VAGUE = Finding("vague_verb", "warning", "Say what changes, not only that it improves.", (0, 7))
NO_NUMBER = Finding("no_number", "error", "A key result needs a number.")


def test_the_summary_counts_what_to_fix_check_and_consider() -> None:
    tip = Finding("short", "hint", "Shorter reads better.")
    assert findings_summary([]) == "✓ reads well"
    assert findings_summary([NO_NUMBER, VAGUE, tip]) == "1 to fix, 1 to check, 1 tip"
    assert findings_summary([tip, tip]) == "2 tips"


def test_numbers_read_as_a_person_types_them() -> None:
    assert [number_text(v) for v in (None, 40.0, 12.5, 1_200_000.0)] == [
        "",
        "40",
        "12.5",
        "1200000",
    ]


def test_a_changed_item_repaints_its_row_alone(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    model = CheckedItemsModel()
    first = CheckedItem("objective", 1, "Releases are calm", ())
    second = CheckedItem("key_result", 2, "Improve deploys", (VAGUE,))
    model.set_rows([first, second])
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "Improve deploys\n1 to check"
    renamed = CheckedItem("key_result", 2, "Deploys from 9 to 2 days", ())
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as changed:
        model.set_rows([first, renamed])
    assert changed.args[0].row() == 1
    assert model.index(1, 0).data() == "Deploys from 9 to 2 days\n✓ reads well"
    assert model.index(1, 0).data(CheckedItemsModel.KindRole) == "key_result"
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([second])
    assert model.rowCount() == 1
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Improve deploys"
