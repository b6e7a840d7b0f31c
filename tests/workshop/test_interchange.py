"""The okr-workshop/1 JSON format: lossless round trips and clear refusals."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from facilitation import imports
from tests.workshop.samples import HOSTILE_TEXT, build_full_workshop
from workshop import commands, interchange
from workshop.store import Store, open_store


@pytest.fixture
def document(store: Store) -> dict[str, Any]:
    return interchange.export_workshop(store, build_full_workshop(store))


def test_the_document_names_its_format_and_carries_every_part(document: dict[str, Any]) -> None:
    assert document["format"] == "okr-workshop/1"
    for key in (
        "participants",
        "agenda_steps",
        "cards",
        "votes",
        "objectives",
        "key_results",
        "initiatives",
        "embedding_worksheets",
        "okr_stories",
        "past_key_results",
        "confidence_checkins",
        "review_items",
        "review_answers",
    ):
        assert document[key], key
    assert document["workshop"]["team"] == "Field Support"
    assert document["past_key_results"][0]["score"] == 0.3
    assert document["key_results"][0]["final_score"] == 0.6
    assert document["weekly_notes"][0]["slowing_us"] == "Two vans off the road"


def test_references_use_ids_local_to_the_document(document: dict[str, Any]) -> None:
    assert [p["id"] for p in document["participants"]] == [1, 2]
    key_result = document["key_results"][0]
    assert key_result["champion_id"] == 2  # Bo, the second participant
    assert document["cards"][0]["cluster_id"] == 2
    assert document["workshop"]["current_step_id"] == 2


def test_round_trip_gives_the_same_document(document: dict[str, Any], tmp_path: Path) -> None:
    other = open_store(tmp_path / "elsewhere.sqlite")
    try:
        # A workshop already there shifts every database id in the new file.
        build_full_workshop(other, team="Already here")
        imported = imports.import_workshop(other, interchange.loads(interchange.dumps(document)))
        again = interchange.export_workshop(other, imported)
    finally:
        other.close()
    assert again == document
    assert again["retro_items"][0]["text"] == HOSTILE_TEXT


def _refusal(store: Store, document: dict[str, Any]) -> str:
    before = commands.list_workshops(store)
    with pytest.raises(interchange.InterchangeError) as refused:
        imports.import_workshop(store, document)
    assert commands.list_workshops(store) == before, "nothing may be written"
    message = str(refused.value)
    assert "\n" not in message
    return message


def test_an_unknown_format_is_refused(store: Store, document: dict[str, Any]) -> None:
    document["format"] = "okr-workshop/7"
    assert _refusal(store, document).startswith("format:")


def test_a_missing_format_is_refused(store: Store, document: dict[str, Any]) -> None:
    del document["format"]
    assert _refusal(store, document).startswith("format: missing")


def test_a_missing_field_is_named(store: Store, document: dict[str, Any]) -> None:
    del document["key_results"][0]["target"]
    assert _refusal(store, document) == "key_results[0].target: missing."


def test_an_ill_typed_field_is_named(store: Store, document: dict[str, Any]) -> None:
    document["key_results"][0]["baseline"] = "twelve"
    assert _refusal(store, document) == (
        "key_results[0].baseline: expected a number, got text 'twelve'."
    )


def test_a_boolean_is_not_taken_for_a_number(store: Store, document: dict[str, Any]) -> None:
    document["agenda_steps"][0]["planned_seconds"] = True
    assert "agenda_steps[0].planned_seconds: expected a whole number" in _refusal(store, document)


def test_a_null_where_a_value_is_needed_is_named(store: Store, document: dict[str, Any]) -> None:
    document["participants"][1]["name"] = None
    assert _refusal(store, document) == "participants[1].name: must not be null."


def test_a_reference_to_nothing_is_named(store: Store, document: dict[str, Any]) -> None:
    document["key_results"][0]["champion_id"] = 42
    assert _refusal(store, document) == (
        "key_results[0].champion_id: no participants item with id 42."
    )


def test_a_bad_date_is_named(store: Store, document: dict[str, Any]) -> None:
    document["workshop"]["cycle_start"] = "next Monday"
    assert _refusal(store, document).startswith("workshop.cycle_start: expected a date")


def test_a_missing_section_is_named(store: Store, document: dict[str, Any]) -> None:
    del document["votes"]
    assert _refusal(store, document).startswith("votes: missing")


def test_a_failure_late_in_the_document_writes_nothing(
    store: Store, document: dict[str, Any]
) -> None:
    broken = copy.deepcopy(document)
    broken["weekly_notes"][0]["week"] = "one"
    assert _refusal(store, broken).startswith("weekly_notes[0].week")


def test_text_that_is_not_json_gets_one_line() -> None:
    with pytest.raises(interchange.InterchangeError) as refused:
        interchange.loads('{"format": "okr-workshop/1",')
    assert str(refused.value).startswith("Not valid JSON")
    assert "\n" not in str(refused.value)


def test_json_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(interchange.InterchangeError, match="expected a JSON object"):
        interchange.loads("[1, 2, 3]")


def test_the_format_document_lists_every_field() -> None:
    """docs/interchange.md names every section and field the format carries."""
    doc = (Path(__file__).parents[2] / "docs" / "interchange.md").read_text("utf-8")
    parts = {chunk.split("\n", 1)[0].strip(): chunk for chunk in doc.split("\n### ")[1:]}
    assert set(parts) == {"workshop", *(s.key for s in interchange.SECTIONS)}
    for name in (*interchange.WORKSHOP_FIELDS, "current_step_id"):
        assert f"`{name}`" in parts["workshop"], name
    for section in interchange.SECTIONS:
        for column in section.columns():
            assert f"`{column.key}`" in parts[section.key], f"{section.key}.{column.key}"


def test_a_review_note_outside_stop_start_continue_is_refused(
    store: Store, document: dict[str, Any]
) -> None:
    broken = copy.deepcopy(document)
    broken["review_items"][0]["column"] = "later"
    assert _refusal(store, broken) == (
        "review_items[0].column: text 'later' is not one of stop, start, continue."
    )
