"""The JSON interchange format ``okr-workshop/1``: one whole workshop in one file.

The document is a JSON object::

    {
      "format": "okr-workshop/1",
      "workshop": {"team": ..., "mission": ..., "current_step_id": 3, ...},
      "participants": [{"id": 1, "name": ..., "role": ..., ...}, ...],
      "agenda_steps": [...], "cards": [...], "objectives": [...], ...
    }

Every list item carries an ``id`` that is local to the document (1, 2, 3... in
the list's order) and every reference (``author_id``, ``objective_id``...) uses
those local ids, so a document never depends on the file it came from. Exporting,
importing into another file and exporting again gives the same document.

Each section holds exactly the columns of its table (``SECTIONS`` below names the
table; ``docs/interchange.md`` lists the fields). Dates are ISO 8601 strings, times
are UTC without an offset. Every field is required; ``null`` is allowed where the
table allows it. An import is checked whole before anything is written, and is
written in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Column, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

import resources
from okr_rules.messages import Message, SayingError, Word
from workshop import models
from workshop.models import Base, Workshop
from workshop.store import INTEGER_RANGE, Store

FORMAT = "okr-workshop/1"


class InterchangeError(SayingError, ValueError):
    """A document that cannot be imported; the message names the field."""


@dataclass(frozen=True)
class Section:
    key: str
    model: type[Base]
    # Columns that tie a row to rows of earlier sections; a row belongs to the
    # workshop when one of them points at an exported row. Empty: ``workshop_id``.
    owners: tuple[str, ...] = ()

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)

    def columns(self) -> list[Column[Any]]:
        table: Any = self.model.__table__
        return [c for c in table.columns if c.name not in ("id", "workshop_id")]


# In an order where every reference points at an earlier section, except a
# section's references to itself, which are set in a second pass.
SECTIONS: tuple[Section, ...] = (
    Section("participants", models.Participant),
    Section("agenda_steps", models.AgendaStep),
    Section("retro_items", models.RetroItem),
    Section("past_objectives", models.PastObjective),
    Section("past_key_results", models.PastKeyResult, owners=("past_objective_id",)),
    Section("cards", models.Card),
    Section("objectives", models.Objective),
    Section("key_results", models.KeyResult, owners=("objective_id",)),
    Section("initiatives", models.Initiative, owners=("key_result_id",)),
    Section("checklist_answers", models.ChecklistAnswer, owners=("objective_id", "key_result_id")),
    Section("voting_rounds", models.VotingRound),
    Section("round_options", models.RoundOption, owners=("round_id",)),
    Section("votes", models.Vote, owners=("round_id",)),
    Section("okr_stories", models.OkrStory),
    Section("embedding_worksheets", models.EmbeddingWorksheet),
    Section("worksheet_dependencies", models.WorksheetDependency),
    Section("worksheet_metrics", models.WorksheetMetric),
    Section("comms_items", models.CommsItem),
    Section("confidence_checkins", models.ConfidenceCheckIn, owners=("key_result_id",)),
    Section("health_metrics", models.HealthMetric),
    Section("weekly_notes", models.WeeklyNote),
    Section("review_items", models.ReviewItem),
    Section("review_answers", models.ReviewAnswer),
)
SECTION_BY_TABLE = {section.table: section for section in SECTIONS}

# Workshop fields carried in the document; ``previous_workshop_id`` points outside
# the document and is not carried.
WORKSHOP_FIELDS = (
    "team",
    "mission",
    "cycle_label",
    "cycle_start",
    "cycle_end",
    "template",
    "settings",
    "created_at",
    "updated_at",
    "last_opened_at",
)


def _referenced_section(column: Column[Any]) -> Section | None:
    for foreign_key in column.foreign_keys:
        return SECTION_BY_TABLE.get(foreign_key.column.table.name)
    return None


def _order_key(row: Any) -> tuple[int, int]:
    return (getattr(row, "position", 0) or 0, row.id)


# ---------------------------------------------------------------- export


def export_workshop(store: Store, workshop_id: int) -> dict[str, Any]:
    """The whole workshop as an ``okr-workshop/1`` document."""
    with store.reading() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None:
            raise InterchangeError(
                "There is no workshop {id} in {location}.", id=workshop_id, location=store.location
            )
        local_ids: dict[str, dict[int, int]] = {}
        document: dict[str, Any] = {"format": FORMAT}
        rows_by_section: dict[str, list[Any]] = {}
        for section in SECTIONS:
            rows = sorted(_rows_of(session, section, workshop_id, local_ids), key=_order_key)
            rows_by_section[section.key] = rows
            local_ids[section.table] = {row.id: index for index, row in enumerate(rows, 1)}
        head = {name: _to_json(getattr(workshop, name)) for name in WORKSHOP_FIELDS}
        head["current_step_id"] = local_ids["agenda_step"].get(workshop.current_step_id or -1)
        document["workshop"] = head
        for section in SECTIONS:
            document[section.key] = [
                _export_row(section, row, local_ids) for row in rows_by_section[section.key]
            ]
    return document


def _rows_of(
    session: Session, section: Section, workshop_id: int, local_ids: dict[str, dict[int, int]]
) -> list[Any]:
    model: Any = section.model
    if not section.owners:
        return list(session.scalars(select(model).where(model.workshop_id == workshop_id)))
    conditions = []
    for owner in section.owners:
        column = model.__table__.columns[owner]
        target = _referenced_section(column)
        assert target is not None, f"{section.key}.{owner} must reference a section"
        conditions.append(getattr(model, owner).in_(list(local_ids[target.table])))
    return list(session.scalars(select(model).where(or_(*conditions))))


def _export_row(section: Section, row: Any, local_ids: dict[str, dict[int, int]]) -> dict[str, Any]:
    item: dict[str, Any] = {"id": local_ids[section.table][row.id]}
    for column in section.columns():
        value = getattr(row, column.key)
        target = _referenced_section(column)
        if target is not None and value is not None:
            value = local_ids[target.table][value]
        item[column.key] = _to_json(value)
    return item


def _to_json(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- import


MAX_DOCUMENT_CHARACTERS = 50_000_000
"""Far beyond any workshop (a full one is a few hundred kilobytes)."""
MAX_NESTING = 32
"""Deeper than any document this program writes (settings nest three levels)."""


def loads(text: str) -> dict[str, Any]:
    """Parse a document, with a one-line message when it is not JSON this program can take.

    Numbers must be finite, nesting bounded, text free of broken characters.
    """
    if len(text) > MAX_DOCUMENT_CHARACTERS:
        raise InterchangeError(
            "The file has {count:,} characters; a workshop file has at most {limit:,}.",
            count=len(text),
            limit=MAX_DOCUMENT_CHARACTERS,
        )
    try:
        document = json.loads(text, parse_constant=_no_constant, parse_float=_finite_float)
    except json.JSONDecodeError as error:
        raise InterchangeError(
            "Not valid JSON: {detail} at line {line}, column {column}.",
            detail=error.msg,
            line=error.lineno,
            column=error.colno,
        ) from error
    except RecursionError as error:
        raise InterchangeError(
            "Not a workshop: the file nests deeper than {limit} levels.", limit=MAX_NESTING
        ) from error
    except ValueError as error:  # a number not finite, or too long to read
        raise InterchangeError("Not valid JSON here: {detail}.", detail=error) from error
    if not isinstance(document, dict):
        raise InterchangeError("Not an OKR Workshop document: expected a JSON object.")
    _check_nesting_and_text(document)
    return document


def _no_constant(name: str) -> Any:
    raise _FieldError(
        "{value} is not a number a workshop holds; numbers must be finite", value=name
    )


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _FieldError("{value} is too large a number; numbers must be finite", value=text[:30])
    return value


_BROKEN = re.compile("[\ud800-\udfff]")


def _check_nesting_and_text(document: dict[str, Any]) -> None:
    """Walk the document without recursion: bounded depth, no lone surrogates."""
    pending: list[tuple[Any, str, int]] = [(document, "", 0)]
    while pending:
        value, where, depth = pending.pop()
        if depth > MAX_NESTING:
            raise InterchangeError(
                "{where}: nests deeper than {limit} levels.", where=where, limit=MAX_NESTING
            )
        if isinstance(value, dict):
            for key, item in value.items():
                if _BROKEN.search(key):
                    raise InterchangeError(
                        "{where}: a key holds a broken character (half of a surrogate pair).",
                        where=where or Word("the document"),
                    )
                pending.append((item, f"{where}.{key}" if where else key, depth + 1))
        elif isinstance(value, list):
            pending.extend((item, f"{where}[{n}]", depth + 1) for n, item in enumerate(value))
        elif isinstance(value, str) and _BROKEN.search(value):
            raise InterchangeError(
                "{where}: holds a broken character (half of a surrogate pair).", where=where
            )


def write_plan(store: Store, plan: Plan) -> int:
    """Add a checked document's workshop to the store as a new one, in one transaction."""
    try:
        with store.transaction() as session:
            return _write(session, plan)
    except IntegrityError as error:
        detail = str(error.orig).replace("UNIQUE constraint failed: ", "").splitlines()[0]
        raise InterchangeError(
            "The document has two entries where only one is allowed ({detail}): "
            "nothing was imported.",
            detail=detail,
        ) from error


@dataclass
class Plan:
    """A document whose shape, types and references are right, ready to check and write."""

    workshop: dict[str, Any]
    current_step: int | None
    sections: dict[str, list[dict[str, Any]]]


_Checker = Callable[[Any], Any]


def _expect(kind: Word | Message, test: Callable[[Any], bool]) -> _Checker:
    def check(value: Any) -> Any:
        if not test(value):
            raise _FieldError("expected {kind}, got {value}", kind=kind, value=_describe(value))
        return value

    return check


def _parse_date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise _FieldError("expected a date (YYYY-MM-DD), got {value}", value=_describe(value))
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise _FieldError(
            "expected a date (YYYY-MM-DD), got {value}", value=_describe(value)
        ) from error


def _parse_datetime(value: Any) -> dt.datetime:
    if not isinstance(value, str):
        raise _FieldError("expected a date and time, got {value}", value=_describe(value))
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError as error:
        raise _FieldError(
            "expected a date and time, got {value}", value=_describe(value)
        ) from error
    if parsed.tzinfo is not None:
        raise _FieldError(
            "expected a date and time in UTC without an offset, got {value}",
            value=_describe(value),
        )
    return parsed


def _is_int(value: Any) -> bool:
    """A whole number that every store keeps (PostgreSQL's INTEGER)."""
    low, high = INTEGER_RANGE
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _as_float(value: Any) -> float:
    if not (_is_int(value) or isinstance(value, float)):
        raise _FieldError("expected a number, got {value}", value=_describe(value))
    return float(value)


CHECKERS: dict[type, _Checker] = {
    str: _expect(Word("text"), lambda v: isinstance(v, str)),
    int: _expect(
        Message(
            "a whole number from {low:,} to {high:,}", low=INTEGER_RANGE[0], high=INTEGER_RANGE[1]
        ),
        _is_int,
    ),
    float: _as_float,
    bool: _expect(Word("true or false"), lambda v: isinstance(v, bool)),
    dict: _expect(Word("an object"), lambda v: isinstance(v, dict)),
    dt.date: _parse_date,
    dt.datetime: _parse_datetime,
}


class _FieldError(SayingError, ValueError):
    """What is wrong with one value; the document's error puts the field's path before it."""


def _describe(value: Any) -> str | Message:
    """The value as a message shows it: JSON's own words, or the kind and the value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return Message("text {text}", text=repr(shown))
    if isinstance(value, list):
        return Word("a list")
    if isinstance(value, dict):
        return Word("an object")
    return f"{type(value).__name__} {value!r}"


def _check_value(column: Column[Any], value: Any, where: str) -> Any:
    if value is None:
        if column.nullable:
            return None
        raise InterchangeError("{where}: must not be null.", where=where)
    python_type = dict if isinstance(column.type, JSON) else column.type.python_type
    checker = CHECKERS[python_type]
    try:
        return checker(value)
    except _FieldError as error:
        raise InterchangeError("{where}: {problem}.", where=where, problem=error) from None


def check_document(document: dict[str, Any]) -> Plan:
    """The document's shape, types, ids and references; the first problem, by name."""
    if "format" not in document:
        raise InterchangeError('format: missing; expected "okr-workshop/1".')
    if document["format"] != FORMAT:
        raise InterchangeError(
            'format: {value} is not a format this version reads (it reads "{format}").',
            value=_describe(document["format"]),
            format=FORMAT,
        )
    head = document.get("workshop")
    if not isinstance(head, dict):
        raise InterchangeError("workshop: expected an object, got {value}.", value=_describe(head))
    workshop_columns: Any = Workshop.__table__.columns
    workshop_values: dict[str, Any] = {}
    for name in WORKSHOP_FIELDS:
        if name not in head:
            raise InterchangeError("{where}: missing.", where=f"workshop.{name}")
        workshop_values[name] = _check_value(workshop_columns[name], head[name], f"workshop.{name}")
    if not workshop_values["team"].strip():
        raise InterchangeError("workshop.team: must not be empty.")

    known: dict[str, set[int]] = {}
    sections: dict[str, list[dict[str, Any]]] = {}
    for section in SECTIONS:
        items = document.get(section.key)
        if items is None:
            raise InterchangeError(
                "{where}: missing (use [] when there are none).", where=section.key
            )
        if not isinstance(items, list):
            raise InterchangeError(
                "{where}: expected a list, got {value}.", where=section.key, value=_describe(items)
            )
        own_ids = {
            item["id"] for item in items if isinstance(item, dict) and _is_int(item.get("id"))
        }
        checked = []
        for index, item in enumerate(items):
            where = f"{section.key}[{index}]"
            if not isinstance(item, dict):
                raise InterchangeError(
                    "{where}: expected an object, got {value}.", where=where, value=_describe(item)
                )
            checked.append(_check_item(section, item, where, known, own_ids))
        ids = [item["id"] for item in checked]
        if len(set(ids)) != len(ids):
            raise InterchangeError("{where}: two items share the same id.", where=section.key)
        known[section.table] = set(ids)
        sections[section.key] = checked

    current_step = head.get("current_step_id")
    if current_step is not None and (
        not _is_int(current_step) or current_step not in known["agenda_step"]
    ):
        raise InterchangeError(
            "workshop.current_step_id: no agenda step with id {value}.",
            value=_describe(current_step),
        )
    for section in SECTIONS:
        _check_no_loops(section, sections[section.key])
    return Plan(workshop=workshop_values, current_step=current_step, sections=sections)


def _check_no_loops(section: Section, items: list[dict[str, Any]]) -> None:
    """A reference within a section (a parent, a run-off of a round) never leads back."""
    for column in section.columns():
        if _referenced_section(column) is not section:
            continue
        points_to = {item["id"]: item[column.key] for item in items}
        ends_well: set[int] = set()  # chains already followed to their end
        for start in points_to:
            seen = {start}
            current = points_to[start]
            while current is not None and current not in ends_well:
                if current in seen:
                    raise InterchangeError(
                        "{where}: the {field} of item {item} leads back to itself.",
                        where=section.key,
                        field=column.key,
                        item=str(start),
                    )
                seen.add(current)
                current = points_to.get(current)
            ends_well |= seen


def choices() -> dict[tuple[str, str], tuple[str, ...]]:
    """Fields that hold one of the product's words, with the words they may hold."""
    words = resources.vocabulary()
    return {
        ("participants", "role"): tuple(words["roles"]),
        ("retro_items", "board"): tuple(words["retro_moments"]),
        ("retro_items", "column"): tuple(words["retro_columns"]),
        ("initiatives", "priority"): tuple(words["priorities"]),
        ("review_items", "column"): tuple(words["review_columns"]),
        ("review_answers", "question"): tuple(words["review_questions"]),
    }


def _check_item(
    section: Section,
    item: dict[str, Any],
    where: str,
    known: dict[str, set[int]],
    own_ids: set[int],
) -> dict[str, Any]:
    if "id" not in item:
        raise InterchangeError("{where}: missing.", where=f"{where}.id")
    if not _is_int(item["id"]):
        raise InterchangeError(
            "{where}: expected a whole number, got {value}.",
            where=f"{where}.id",
            value=_describe(item["id"]),
        )
    values: dict[str, Any] = {"id": item["id"]}
    for column in section.columns():
        field_where = f"{where}.{column.key}"
        if column.key not in item:
            raise InterchangeError("{where}: missing.", where=field_where)
        value = _check_value(column, item[column.key], field_where)
        allowed = choices().get((section.key, column.key))
        if allowed is not None and value not in allowed:
            raise InterchangeError(
                "{where}: {value} is not one of {allowed}.",
                where=field_where,
                value=_describe(value),
                allowed=", ".join(allowed),
            )
        target = _referenced_section(column)
        if target is not None and value is not None:
            pool = own_ids if target is section else known.get(target.table, set())
            if value not in pool:
                raise InterchangeError(
                    "{where}: no {section} item with id {value}.",
                    where=field_where,
                    section=target.key,
                    value=str(value),
                )
        values[column.key] = value
    return values


def _write(session: Session, plan: Plan) -> int:
    workshop = Workshop(**plan.workshop)
    session.add(workshop)
    session.flush()
    new_ids: dict[str, dict[int, int]] = {}
    for section in SECTIONS:
        model: Any = section.model
        mapping: dict[int, int] = {}
        new_ids[section.table] = mapping
        # References within the section are set once all its rows exist.
        self_refs: list[tuple[Any, str, int]] = []
        for item in plan.sections[section.key]:
            values: dict[str, Any] = {}
            pending: list[tuple[str, int]] = []
            for column in section.columns():
                value = item[column.key]
                target = _referenced_section(column)
                if target is section and value is not None:
                    values[column.key] = None
                    pending.append((column.key, value))
                elif target is not None and value is not None:
                    values[column.key] = new_ids[target.table][value]
                else:
                    values[column.key] = value
            if "workshop_id" in model.__table__.columns:
                values["workshop_id"] = workshop.id
            row = model(**values)
            session.add(row)
            session.flush()
            mapping[item["id"]] = row.id
            self_refs.extend((row, key, ref) for key, ref in pending)
        for row, key, ref in self_refs:
            setattr(row, key, mapping[ref])
    if plan.current_step is not None:
        workshop.current_step_id = new_ids["agenda_step"][plan.current_step]
    session.flush()
    return workshop.id
