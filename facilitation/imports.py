"""Importing a workshop from an ``okr-workshop/1`` file, through the rules typing goes through.

``workshop.interchange`` checks the document's shape: every section and field there,
each of its type, finite numbers, ids that point somewhere. Here every value then
meets the rule the engine applies when the same thing is typed: the ranges, the
product's words, the text limits (text is cleaned as typing cleans it), the dates
in order, the votes each person may place, one name per person ignoring case.

The rules are tables, one entry per field: a new field gets its rule by adding a
line to ``FIELD_RULES`` (or ``ROW_RULES`` for a rule over several fields of one
item, ``SETTINGS_RULES`` for a workshop setting). A field without an entry takes
text up to its column's length, or any whole number or finite number.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from facilitation.agenda import ON_ZERO_CHOICES, STATUSES
from facilitation.cycle import HEALTH_STATUSES
from facilitation.engine.agenda import MAX_STEP_MINUTES
from facilitation.engine.boards import CARD_KINDS, COLOURS
from facilitation.engine.okrs import (
    DEPENDENCY_DIRECTIONS,
    DEPENDENCY_STRENGTHS,
    HANDS,
    METRIC_KINDS,
    OBJECTIVE_STATUSES,
)
from facilitation.engine.voting import ROUND_STATUSES, SUBJECTS
from facilitation.quality import criteria, languages
from facilitation.rules import TEXT_LIMIT, Message, RuleError, Word, clean_text
from facilitation.scoring import CONFIDENCE_SCALE, WEEKS_IN_CYCLE, VerdictThresholds, check_score
from facilitation.templates import template_names
from facilitation.voting import BallotRules
from workshop import interchange
from workshop.interchange import InterchangeError, Plan
from workshop.models import Workshop
from workshop.store import Store

THIS_FIELD = Word("this field")
"""What a field rule calls its field; applying the rule puts the field's path in its place."""

FieldRule = Callable[[Any], Any]
"""Takes a field's value, returns the value to import or raises RuleError."""

MOST_SECONDS = MAX_STEP_MINUTES * 60
MOST_POSITION = 100_000
MOST_HANDS = 10_000


class ImportRefused(RuleError, InterchangeError):
    """A document that breaks a rule; the message names the field and the value."""


def import_workshop(store: Store, document: dict[str, Any]) -> int:
    """Add the document's workshop to the store as a new workshop; returns its id.

    The whole document is checked first; on any problem nothing is written.
    """
    plan = interchange.check_document(document)
    check_rules(plan)
    return interchange.write_plan(store, plan)


def import_text(store: Store, text: str) -> int:
    """``import_workshop`` for the text of a file."""
    return import_workshop(store, interchange.loads(text))


# ---------------------------------------------------------------- field rules


def text(limit: int = TEXT_LIMIT, *, required: bool = False) -> FieldRule:
    def rule(value: str) -> str:
        return clean_text(value, THIS_FIELD, required=required, limit=limit)

    return rule


def whole(low: int, high: int) -> FieldRule:
    return _between(
        low, high, Message("takes a whole number from {low:,} to {high:,}", low=low, high=high)
    )


def number(low: float, high: float) -> FieldRule:
    return _between(low, high, Message("takes a number from {low} to {high}", low=low, high=high))


def _between(low: float, high: float, refusal: Message) -> FieldRule:
    """A field that is empty or a number from ``low`` to ``high``; ``refusal`` says so."""

    def rule(value: float | None) -> float | None:
        if value is not None and not low <= value <= high:
            raise RuleError.saying(refusal)
        return value

    return rule


class OneOf:
    """A field that takes one of the product's words (or one of a few numbers)."""

    def __init__(self, *allowed: Any) -> None:
        self.allowed = allowed

    def __call__(self, value: Any) -> Any:
        if value not in self.allowed:
            words = ", ".join("null" if a is None else str(a) for a in self.allowed)
            raise RuleError("is not one of {words}", words=words)
        return value


one_of = OneOf


def score(value: float | None) -> float | None:
    return None if value is None else check_score(value)


def week(value: int) -> int:
    if not 1 <= value <= WEEKS_IN_CYCLE:
        raise RuleError("takes a week from 1 to {weeks}", weeks=WEEKS_IN_CYCLE)
    return value


def _criteria_ids() -> tuple[str, ...]:
    return tuple(c.id for kind in ("objective", "key_result") for c in criteria(kind))


POSITIONS = whole(0, MOST_POSITION)
HANDS_UP = whole(0, MOST_HANDS)

FIELD_RULES: dict[tuple[str, str], FieldRule] = {
    ("workshop", "team"): text(200, required=True),
    ("workshop", "cycle_label"): text(100),
    ("workshop", "template"): one_of(*template_names()),
    ("participants", "name"): text(200, required=True),
    ("agenda_steps", "title"): text(200, required=True),
    ("agenda_steps", "planned_seconds"): whole(0, MOST_SECONDS),
    ("agenda_steps", "added_seconds"): whole(0, MOST_SECONDS),
    ("agenda_steps", "used_seconds"): number(0, 7 * 24 * 3600),
    ("agenda_steps", "grace_seconds"): whole(0, MOST_SECONDS),
    ("agenda_steps", "status"): one_of(*STATUSES),
    ("agenda_steps", "on_zero"): one_of(*ON_ZERO_CHOICES),
    ("past_key_results", "score"): score,
    ("cards", "text"): text(required=True),
    ("cards", "kind"): one_of(*CARD_KINDS),
    ("cards", "colour"): one_of(*COLOURS),
    ("objectives", "text"): text(required=True),
    ("objectives", "status"): one_of(*OBJECTIVE_STATUSES),
    ("objectives", "rank"): whole(1, MOST_POSITION),
    ("key_results", "text"): text(required=True),
    ("key_results", "unit"): text(50),
    ("key_results", "outcome_or_output"): one_of("", *HANDS["outcome_or_output"]),
    ("key_results", "leading_or_lagging"): one_of("", *HANDS["leading_or_lagging"]),
    ("key_results", "outcome_hands"): HANDS_UP,
    ("key_results", "output_hands"): HANDS_UP,
    ("key_results", "leading_hands"): HANDS_UP,
    ("key_results", "lagging_hands"): HANDS_UP,
    ("key_results", "rank"): whole(1, MOST_POSITION),
    ("key_results", "final_score"): score,
    ("initiatives", "owner"): text(200),
    ("checklist_answers", "criterion"): one_of(*_criteria_ids()),
    ("voting_rounds", "subject"): one_of(*SUBJECTS),
    ("voting_rounds", "title"): text(200),
    ("voting_rounds", "status"): one_of(*ROUND_STATUSES),
    ("voting_rounds", "counting"): one_of("dots", "manual"),
    ("voting_rounds", "cut_line"): whole(0, MOST_POSITION),
    ("round_options", "manual_count"): HANDS_UP,
    ("round_options", "tie_break_rank"): whole(0, MOST_POSITION),
    ("embedding_worksheets", "time_on_okr_percent"): whole(0, 100),
    ("worksheet_dependencies", "direction"): one_of(*DEPENDENCY_DIRECTIONS),
    ("worksheet_dependencies", "strength"): one_of(*DEPENDENCY_STRENGTHS),
    ("worksheet_dependencies", "team"): text(200),
    ("worksheet_metrics", "kind"): one_of(*METRIC_KINDS),
    ("comms_items", "owner"): text(200),
    ("confidence_checkins", "week"): week,
    ("confidence_checkins", "score"): one_of(*(level.value for level in CONFIDENCE_SCALE), None),
    ("confidence_checkins", "actual"): text(200),
    ("health_metrics", "name"): text(200, required=True),
    ("health_metrics", "status"): one_of(*HEALTH_STATUSES),
    ("weekly_notes", "week"): week,
    ("review_items", "text"): text(required=True),
}


def _ballot(row: Mapping[str, Any]) -> None:
    BallotRules(row["votes_per_person"], row["max_per_option"]).check()


ROW_RULES: dict[str, Callable[[Mapping[str, Any]], None]] = {
    "voting_rounds": _ballot,
}


# ---------------------------------------------------------------- settings


def _moment(value: Any) -> Any:
    if not isinstance(value, str):
        raise RuleError("takes a date and time like 2027-01-04T16:30:00")
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError as error:
        raise RuleError("takes a date and time like 2027-01-04T16:30:00") from error
    if moment.tzinfo is not None:
        raise RuleError("takes a local date and time, without an offset")
    return value


def _thresholds(value: Any) -> Any:
    fields = ("exceeded", "delivered", "fell_short")
    if not isinstance(value, dict) or set(value) - set(fields):
        raise RuleError("takes an object with {fields}", fields=", ".join(fields))
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value.values()):
        raise RuleError("takes numbers from 0.0 to 1.0")
    VerdictThresholds(**{k: float(v) for k, v in value.items()}).check()
    return value


SETTINGS_RULES: dict[str, FieldRule] = {
    "started_at": _moment,
    "ends_at": _moment,
    "timer_running_written_at": _moment,
    "verdict_thresholds": _thresholds,
    "language": one_of(*languages()),
}


# ---------------------------------------------------------------- applying them


def rule_for(section: str, column: Any) -> FieldRule | None:
    """The rule one field of a section meets; ``section`` is "workshop" for its head."""
    rule = FIELD_RULES.get((section, column.key))
    if rule is None and column.type.python_type is str:
        rule = text(getattr(column.type, "length", None) or TEXT_LIMIT)
    if rule is None and column.key == "position":
        rule = POSITIONS
    return rule


def choices() -> dict[tuple[str, str], tuple[Any, ...]]:
    """Every field that takes one of a fixed set of values, with the values."""
    fixed: dict[tuple[str, str], tuple[Any, ...]] = dict(interchange.choices())
    fixed.update(
        (key, rule.allowed) for key, rule in FIELD_RULES.items() if isinstance(rule, OneOf)
    )
    return fixed


def check_rules(plan: Plan) -> None:
    """Apply every rule to the checked document, cleaning text as typing does.

    Raises ImportRefused naming the first field that breaks one.
    """
    head = plan.workshop
    workshop_columns: Any = Workshop.__table__.columns
    for name in list(head):
        rule = rule_for("workshop", workshop_columns[name])
        head[name] = _apply(rule, head[name], f"workshop.{name}")
    _check_settings(head["settings"])
    start, end = head.get("cycle_start"), head.get("cycle_end")
    if start and end and end < start:
        raise ImportRefused(
            "workshop.cycle_end: {end} is before the cycle starts ({start}).",
            end=end.isoformat(),
            start=start.isoformat(),
        )
    for section in interchange.SECTIONS:
        rows = plan.sections[section.key]
        for index, row in enumerate(rows):
            where = f"{section.key}[{index}]"
            for column in section.columns():
                rule = rule_for(section.key, column)
                row[column.key] = _apply(rule, row[column.key], f"{where}.{column.key}")
            row_rule = ROW_RULES.get(section.key)
            if row_rule is not None:
                try:
                    row_rule(row)
                except RuleError as error:
                    raise ImportRefused(
                        "{where}: {error}", where=where, error=error.message
                    ) from None
    _check_names(plan)
    _check_votes(plan)


def _apply(rule: FieldRule | None, value: Any, where: str) -> Any:
    if rule is None:
        return value
    try:
        return rule(value)
    except RuleError as error:
        said = error.message
        if said.values.get("what") == THIS_FIELD:
            raise ImportRefused(said.template, **{**said.values, "what": where}) from None
        if str(said).endswith("."):
            raise ImportRefused(
                "{where}: {value} {reason}", where=where, value=_shown(value), reason=said
            ) from None
        raise ImportRefused(
            "{where}: {value} {reason}.", where=where, value=_shown(value), reason=said
        ) from None


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return repr(value if len(value) <= 30 else value[:27] + "...")
    return "null" if value is None else str(value)


def _check_settings(settings: dict[str, Any]) -> None:
    for key, value in settings.items():
        rule = SETTINGS_RULES.get(key)
        if rule is None:
            known = ", ".join(SETTINGS_RULES)
            raise ImportRefused(
                "workshop.settings.{key}: not a setting this version knows (it knows {known}).",
                key=key,
                known=known,
            )
        _apply(rule, value, f"workshop.settings.{key}")


def _check_names(plan: Plan) -> None:
    seen: dict[str, str] = {}
    for index, person in enumerate(plan.sections["participants"]):
        key = person["name"].casefold()
        if key in seen:
            raise ImportRefused(
                "participants[{index}].name: {name!r} is the same name as {other!r}; "
                "give each person one entry.",
                index=index,
                name=person["name"],
                other=seen[key],
            )
        seen[key] = person["name"]


def _check_votes(plan: Plan) -> None:
    """Votes point at an option of their own round, within each person's dots."""
    rounds = {r["id"]: r for r in plan.sections["voting_rounds"]}
    option_round = {o["id"]: o["round_id"] for o in plan.sections["round_options"]}
    for index, option in enumerate(plan.sections["round_options"]):
        if option["card_id"] is None and option["key_result_id"] is None:
            raise ImportRefused(
                "round_options[{index}]: names neither a card nor a key result to vote on.",
                index=index,
            )
    per_person: Counter[tuple[int, int]] = Counter()
    per_option: Counter[tuple[int, int, int]] = Counter()
    for index, vote in enumerate(plan.sections["votes"]):
        where = f"votes[{index}]"
        if option_round[vote["option_id"]] != vote["round_id"]:
            raise ImportRefused("{where}.option_id: that option is in another round.", where=where)
        voting_round = rounds[vote["round_id"]]
        round_id, person, option_id = vote["round_id"], vote["participant_id"], vote["option_id"]
        per_person[round_id, person] += 1
        per_option[round_id, person, option_id] += 1
        if per_person[round_id, person] > voting_round["votes_per_person"]:
            raise ImportRefused(
                "{where}: participant {participant} has more than the {count} votes of round "
                "{round}.",
                where=where,
                participant=person,
                count=voting_round["votes_per_person"],
                round=round_id,
            )
        if per_option[round_id, person, option_id] > voting_round["max_per_option"]:
            raise ImportRefused(
                "{where}: participant {participant} has more than {count} votes on one option "
                "of round {round}.",
                where=where,
                participant=person,
                count=voting_round["max_per_option"],
                round=round_id,
            )
