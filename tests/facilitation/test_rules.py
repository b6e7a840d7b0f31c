"""The messages of the rules, the store, the import and the export: English templates
with named values, read as English sentences."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import string
from pathlib import Path

import pytest

import exports
import facilitation
import workshop
from facilitation.rules import Message, RuleError, Word, clean_text
from okr_rules.messages import SayingError

PACKAGES = (facilitation, workshop, exports)
"""Where messages for the room are written; ``make translations`` reads them all."""
SOURCES = [
    path
    for package in PACKAGES
    for path in sorted(Path(package.__file__).parent.rglob("*.py"))
    if "migrations" not in path.parts
]


def refusal_kinds() -> set[str]:
    """The names of every error that says a message, as those packages define them."""
    for package in PACKAGES:
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if ".migrations" not in module.name:
                importlib.import_module(module.name)
    importlib.import_module("ui.phones.server")
    kinds, waiting = set(), [SayingError]
    while waiting:
        kind = waiting.pop()
        kinds.add(kind.__name__)
        waiting.extend(kind.__subclasses__())
    return kinds


MESSAGE_CALLS = {"Message"} | refusal_kinds()


def _template_calls() -> list[tuple[str, str, set[str] | None]]:
    """(where, template, the values named) of every message written in those packages."""
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in MESSAGE_CALLS or not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                named = {k.arg for k in node.keywords if k.arg is not None}
                spread = any(k.arg is None for k in node.keywords)
                found.append((f"{path.name}:{node.lineno}", first.value, None if spread else named))
    return found


def test_every_message_is_a_template_with_the_values_it_names() -> None:
    calls = _template_calls()
    assert len(calls) > 200
    wrong = []
    for where, template, named in calls:
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        if named is not None and fields != named:
            wrong.append((where, template, sorted(fields ^ named)))
    assert wrong == []


def test_no_message_is_built_before_it_is_raised() -> None:
    """A refusal made from an f-string or a joined text would reach the window in English."""
    built = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                call = node.exc
                if isinstance(call.func, ast.Name) and call.func.id in MESSAGE_CALLS:
                    first = call.args[0] if call.args else None
                    if isinstance(first, ast.JoinedStr | ast.BinOp | ast.IfExp):
                        built.append(f"{path.name}:{node.lineno}")
    assert built == []


def test_a_refusal_reads_as_the_english_sentence_and_keeps_its_template() -> None:
    error = RuleError("No votes left: you have placed all {count}.", count=3)
    assert str(error) == "No votes left: you have placed all 3."
    assert error.message.template == "No votes left: you have placed all {count}."
    assert dict(error.message.values) == {"count": 3}


def test_a_field_named_by_a_word_stays_a_word_in_the_refusal() -> None:
    with pytest.raises(RuleError) as refused:
        clean_text("x" * 10_001, Word("the card"))
    assert str(refused.value) == (
        "That is 10,001 characters: the card takes at most 10,000. "
        "Shorten it, or keep the long text in the notes."
    )
    assert isinstance(refused.value.message.values["what"], Word)


def test_a_message_inside_a_message_reads_as_one_sentence() -> None:
    inner = Message("already in row {row}", row=4)
    outer = RuleError(
        "“{key_result}” is {where} under “{objective}”.", key_result="A", where=inner, objective="B"
    )
    assert str(outer) == "“A” is already in row 4 under “B”."
