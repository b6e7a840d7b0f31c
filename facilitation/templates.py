"""Agenda templates: the workshop formats, kept as data in ``resources/agendas``.

A template is written in English; its ``translations`` hold the title, description
and step titles (by step kind) in other languages. A workshop stores the titles of
the language it was created in, so changing the window's language later keeps them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

import resources
from facilitation.rules import RuleError


class UnknownTemplate(RuleError):
    pass


@dataclass(frozen=True)
class StepTemplate:
    kind: str
    title: str
    minutes: int
    optional: bool = False
    max_minutes: int | None = None


@dataclass(frozen=True)
class AgendaTemplate:
    name: str
    title: str
    description: str
    steps: tuple[StepTemplate, ...]

    @property
    def planned_minutes(self) -> int:
        return sum(step.minutes for step in self.steps)


SOURCE_LANGUAGE = "en"


def template_names() -> list[str]:
    return sorted(p.stem for p in resources.path("agendas").glob("*.json"))


@cache
def load_template(name: str, language: str = SOURCE_LANGUAGE) -> AgendaTemplate:
    """The template in ``language``; in English where it has no such translation."""
    source = resources.path("agendas", f"{name}.json")
    if not source.is_file():
        known = ", ".join(template_names())
        raise UnknownTemplate(
            'There is no agenda template "{name}". Known templates: {known}.',
            name=name,
            known=known,
        )
    data = json.loads(source.read_text(encoding="utf-8"))
    translated = data.get("translations", {}).get(language, {})
    titles = translated.get("steps", {})
    steps = tuple(
        StepTemplate(
            kind=step["kind"],
            title=titles.get(step["kind"], step["title"]),
            minutes=int(step["minutes"]),
            optional=bool(step.get("optional", False)),
            max_minutes=step.get("max_minutes"),
        )
        for step in data["steps"]
    )
    return AgendaTemplate(
        name=data["name"],
        title=translated.get("title", data["title"]),
        description=translated.get("description", data["description"]),
        steps=steps,
    )
