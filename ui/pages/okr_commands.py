"""Commands of the objective and key-result pages, one per user action."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from facilitation.engine.okrs import OkrEngine
from facilitation.engine.undo import Undo
from ui.commands import Changes, EngineCommand, adding
from ui.i18n import QT_TRANSLATE_NOOP, Words, translate
from ui.text import elided, quoted

OKRS = Changes(okrs=True)


def _okrs(text: str, do: Callable[[], Undo]) -> EngineCommand:
    return EngineCommand(text, OKRS, do)


# Objectives


def add_objective(okrs: OkrEngine, text: str, why_it_matters: str = "") -> EngineCommand:
    return adding(
        translate("okr_commands", "Add the objective “{0}”").format(elided(text, 40)),
        OKRS,
        partial(okrs.add_objective, text, why_it_matters),
        okrs.remove_objective,
    )


OBJECTIVE_FIELD_WORDS = Words(
    "okr_commands",
    {
        "text": QT_TRANSLATE_NOOP("okr_commands", "the objective"),
        "why_it_matters": QT_TRANSLATE_NOOP("okr_commands", "why it matters"),
    },
)
ANSWER_WORDS = Words(
    "okr_commands",
    {
        True: QT_TRANSLATE_NOOP("okr_commands", "Yes"),
        False: QT_TRANSLATE_NOOP("okr_commands", "No"),
        None: QT_TRANSLATE_NOOP("okr_commands", "Not answered"),
    },
)


def edit_objective(okrs: OkrEngine, objective_id: int, field: str, value: str) -> EngineCommand:
    """New wording for the objective or for why it matters."""
    words = OBJECTIVE_FIELD_WORDS[field]
    return _okrs(
        translate("okr_commands", "Edit {0}").format(words),
        partial(okrs.edit_objective, objective_id, **{field: value}),
    )


# Key results


def add_key_result(okrs: OkrEngine, objective_id: int, text: str) -> EngineCommand:
    return adding(
        translate("okr_commands", "Add the key result “{0}”").format(elided(text, 40)),
        OKRS,
        partial(okrs.add_key_result, objective_id, text),
        okrs.remove_key_result,
    )


def remove_key_result(okrs: OkrEngine, key_result_id: int, text: str) -> EngineCommand:
    return _okrs(
        translate("okr_commands", "Remove the key result “{0}”").format(elided(text, 40)),
        partial(okrs.remove_key_result, key_result_id),
    )


KEY_RESULT_FIELD_WORDS = Words(
    "okr_commands",
    {
        "text": QT_TRANSLATE_NOOP("okr_commands", "the key result"),
        "baseline": QT_TRANSLATE_NOOP("okr_commands", "the baseline"),
        "target": QT_TRANSLATE_NOOP("okr_commands", "the target"),
        "unit": QT_TRANSLATE_NOOP("okr_commands", "the unit"),
        "how_to_measure": QT_TRANSLATE_NOOP("okr_commands", "how to measure"),
        "data_source": QT_TRANSLATE_NOOP("okr_commands", "the data source"),
        "success_threshold": QT_TRANSLATE_NOOP("okr_commands", "what counts as success"),
        "partial_threshold": QT_TRANSLATE_NOOP("okr_commands", "what counts as partial success"),
        "no_impact_threshold": QT_TRANSLATE_NOOP("okr_commands", "what counts as no impact"),
        "negative_threshold": QT_TRANSLATE_NOOP("okr_commands", "what counts as a negative impact"),
    },
)


def edit_key_result(okrs: OkrEngine, key_result_id: int, field: str, value: Any) -> EngineCommand:
    """One field of a key result, typed in and finished."""
    words = KEY_RESULT_FIELD_WORDS.get(field, field)
    return _okrs(
        translate("okr_commands", "Edit {0}").format(words),
        partial(okrs.edit_key_result, key_result_id, **{field: value}),
    )


HANDS_QUESTIONS = Words(
    "okr_commands",
    {
        "outcome_or_output": QT_TRANSLATE_NOOP("okr_commands", "outcome or output"),
        "leading_or_lagging": QT_TRANSLATE_NOOP("okr_commands", "leading or lagging"),
    },
)


def record_hands(
    okrs: OkrEngine, key_result_id: int, question: str, first: int, second: int
) -> EngineCommand:
    """The hands counted for one of the two questions the room votes on by hand."""
    return _okrs(
        translate("okr_commands", "Count hands: {0}").format(
            HANDS_QUESTIONS.get(question, question)
        ),
        partial(okrs.record_hands, key_result_id, question, first, second),
    )


def set_answer(
    okrs: OkrEngine,
    criterion: str,
    label: str,
    answer: bool | None,
    *,
    objective_id: int | None = None,
    key_result_id: int | None = None,
) -> EngineCommand:
    """The room's yes, no, or not yet on one criterion of the facilitation sheet."""
    return _okrs(
        f"{label}: {ANSWER_WORDS[answer]}",
        partial(
            okrs.set_answer,
            criterion,
            answer,
            objective_id=objective_id,
            key_result_id=key_result_id,
        ),
    )


def set_champion(
    okrs: OkrEngine, key_result_id: int, key_result_text: str, participant_id: int | None, name: str
) -> EngineCommand:
    what = (
        translate("okr_commands", "{0} champions").format(name)
        if participant_id is not None
        else translate("okr_commands", "No champion for")
    )
    return _okrs(
        f"{what} {quoted(key_result_text)}",
        partial(okrs.set_champion, key_result_id, participant_id),
    )


def set_okr_champion(okrs: OkrEngine, participant_id: int | None, name: str) -> EngineCommand:
    text = (
        translate("okr_commands", "{0} is the team's OKR champion").format(name)
        if participant_id
        else translate("okr_commands", "No OKR champion")
    )
    return _okrs(text, partial(okrs.set_okr_champion, participant_id))


# The OKR story


def edit_story(okrs: OkrEngine, objective_id: int | None, field: str, value: str) -> EngineCommand:
    words = field.replace("_", " ")
    return _okrs(
        translate("okr_commands", "Edit the story: {0}").format(words),
        partial(okrs.edit_story, objective_id, **{field: value}),
    )


# Initiatives


def add_initiative(
    okrs: OkrEngine, key_result_id: int, text: str, owner: str, priority: str
) -> EngineCommand:
    return adding(
        translate("okr_commands", "Add the initiative “{0}”").format(elided(text, 40)),
        OKRS,
        partial(okrs.add_initiative, key_result_id, text, owner, priority),
        okrs.remove_initiative,
    )


def edit_initiative(okrs: OkrEngine, initiative_id: int, field: str, value: str) -> EngineCommand:
    edit = partial(okrs.edit_initiative, initiative_id, **{field: value})
    return _okrs(translate("okr_commands", "Edit the initiative's {0}").format(field), edit)


def remove_initiative(okrs: OkrEngine, initiative_id: int, text: str) -> EngineCommand:
    return _okrs(
        translate("okr_commands", "Remove the initiative “{0}”").format(elided(text, 40)),
        partial(okrs.remove_initiative, initiative_id),
    )


# The communications plan


def add_comms_item(okrs: OkrEngine, fields: dict[str, str]) -> EngineCommand:
    what = fields.get("audience") or fields.get("message") or ""
    return adding(
        translate("okr_commands", "Add “{0}” to the communications plan").format(elided(what, 40)),
        OKRS,
        partial(okrs.add_comms_item, **fields),
        okrs.remove_comms_item,
    )


def edit_comms_item(okrs: OkrEngine, item_id: int, field: str, value: str) -> EngineCommand:
    edit = partial(okrs.edit_comms_item, item_id, **{field: value})
    return _okrs(translate("okr_commands", "Edit the communications plan: {0}").format(field), edit)


def remove_comms_item(okrs: OkrEngine, item_id: int) -> EngineCommand:
    return _okrs(
        translate("okr_commands", "Remove a line of the communications plan"),
        partial(okrs.remove_comms_item, item_id),
    )


# The embedding worksheet


def edit_worksheet(okrs: OkrEngine, field: str, value: Any, label: str) -> EngineCommand:
    return _okrs(
        translate("okr_commands", "Edit the worksheet: {0}").format(label),
        partial(okrs.edit_worksheet, **{field: value}),
    )


def edit_team(okrs: OkrEngine, field: str, value: str) -> EngineCommand:
    """The team's name or mission: field 1 of the worksheet."""
    words = "name" if field == "team" else field
    return _okrs(
        translate("okr_commands", "Edit the team's {0}").format(words),
        partial(okrs.edit_team, **{field: value}),
    )


def add_dependency(
    okrs: OkrEngine, direction: str, team: str, description: str, strength: str
) -> EngineCommand:
    return adding(
        translate("okr_commands", "Add the dependency on “{0}”").format(elided(team, 40)),
        OKRS,
        partial(okrs.add_dependency, direction, team, description, strength),
        okrs.remove_dependency,
    )


def remove_dependency(okrs: OkrEngine, dependency_id: int, team: str) -> EngineCommand:
    return _okrs(
        translate("okr_commands", "Remove the dependency on “{0}”").format(elided(team, 40)),
        partial(okrs.remove_dependency, dependency_id),
    )


def add_metric(okrs: OkrEngine, kind: str, text: str, sweet_spot: bool) -> EngineCommand:
    return adding(
        translate("okr_commands", "Add the metric “{0}”").format(elided(text, 40)),
        OKRS,
        partial(okrs.add_metric, kind, text, sweet_spot),
        okrs.remove_metric,
    )


def remove_metric(okrs: OkrEngine, metric_id: int, text: str) -> EngineCommand:
    return _okrs(
        translate("okr_commands", "Remove the metric “{0}”").format(elided(text, 40)),
        partial(okrs.remove_metric, metric_id),
    )
