"""The bad-input suite on the JSON interchange: hostile text travels without change."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest

from facilitation import imports
from facilitation.rules import RuleError
from tests.hostile import HOSTILE_STRINGS
from tests.workshop.samples import build_full_workshop
from workshop import interchange
from workshop.store import open_store


def _is_date(value: str) -> bool:
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("name", HOSTILE_STRINGS)
def test_hostile_text_in_every_text_field_survives_export_and_import(
    tmp_path: Path, name: str
) -> None:
    text = HOSTILE_STRINGS[name]
    source = open_store(tmp_path / "source.sqlite")
    document = interchange.export_workshop(source, build_full_workshop(source))
    source.close()
    filled = 0
    expected = copy.deepcopy(document)
    words = imports.choices()
    columns = {section.key: section.model.__table__.columns for section in interchange.SECTIONS}
    for section, rows in document.items():
        if not isinstance(rows, list):
            continue
        for index, row in enumerate(rows):
            for field, value in row.items():
                if isinstance(value, str) and not _is_date(value) and (section, field) not in words:
                    # Names are unique within a workshop: keep two people apart.
                    typed = f"{text} {index}" if section == "participants" else text
                    rule = imports.rule_for(section, columns[section][field])
                    try:
                        kept = rule(typed) if rule else typed
                    except RuleError:
                        continue  # what typing refuses, import refuses: tested below
                    row[field] = typed
                    expected[section][index][field] = kept
                    filled += 1
    assert filled > 40

    target = open_store(tmp_path / "target.sqlite")
    try:
        try:
            imported = imports.import_workshop(
                target, interchange.loads(interchange.dumps(document))
            )
        except interchange.InterchangeError as refusal:
            assert "\n" not in str(refusal)
            pytest.fail(f"hostile text was refused: {refusal}")
        again = interchange.export_workshop(target, imported)
    finally:
        target.close()
    assert again == expected


@pytest.mark.parametrize("name", HOSTILE_STRINGS)
def test_hostile_text_as_a_whole_document_is_refused_in_one_line(name: str) -> None:
    with pytest.raises(interchange.InterchangeError) as refused:
        interchange.loads(HOSTILE_STRINGS[name])
    assert "\n" not in str(refused.value)


def test_two_people_with_one_name_are_refused_in_one_line(tmp_path: Path) -> None:
    source = open_store(tmp_path / "source.sqlite")
    document = interchange.export_workshop(source, build_full_workshop(source))
    source.close()
    for person in document["participants"]:
        person["name"] = "Ana"
    target = open_store(tmp_path / "target.sqlite")
    try:
        with pytest.raises(interchange.InterchangeError, match="is the same name as") as refused:
            imports.import_workshop(target, document)
        assert "\n" not in str(refused.value)
    finally:
        target.close()


def test_a_word_outside_the_products_choices_is_refused_in_one_line(tmp_path: Path) -> None:
    source = open_store(tmp_path / "source.sqlite")
    document = interchange.export_workshop(source, build_full_workshop(source))
    source.close()
    document["initiatives"][0]["priority"] = "urgent"
    target = open_store(tmp_path / "target.sqlite")
    try:
        with pytest.raises(interchange.InterchangeError) as refused:
            imports.import_workshop(target, document)
    finally:
        target.close()
    assert str(refused.value) == (
        "initiatives[0].priority: text 'urgent' is not one of must, should, could, wont."
    )
