"""The criteria columns of the facilitation sheet, in the order they are printed.

They are read from the same data file as the quality checks use
(``resources/quality/criteria.json``); the ids are those of the stored checklist
answers (``ChecklistAnswer.criterion``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

import resources


@dataclass(frozen=True)
class Criterion:
    id: str
    label: str
    question: str = ""


@cache
def criteria(kind: str) -> tuple[Criterion, ...]:
    """The criteria of "objective" or "key_result"."""
    data = json.loads(resources.path("quality", "criteria.json").read_text(encoding="utf-8"))
    return tuple(
        Criterion(id=item["id"], label=item["label"], question=item.get("question", ""))
        for item in data[kind]
    )
