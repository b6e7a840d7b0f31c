"""Quality checks for drafted objectives and key results.

The rules are data: ``resources/quality/<language>.json`` holds each rule's id, severity and
message, the word lists the rules look for and the thresholds. This module holds the kinds
of check a rule can use (``"check"`` in the file), so a new word, or a new rule of an
existing kind, needs no code. Every pattern is compiled once per :class:`RuleBook`, which
keeps a check cheap enough to run on every keystroke.

Findings point at the words they are about with ``span``: character offsets into the
text that was checked.
"""

from __future__ import annotations

import json
import math
import re
import string
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal, NoReturn

import resources
from facilitation.rules import Message, RuleError

Severity = Literal["error", "warning", "hint"]
Subject = Literal["objective", "key_result", "set"]
CriterionKind = Literal["objective", "key_result"]

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "hint")

# Typographic apostrophes read as plain ones; both are one character, so offsets hold.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_LETTER_BEFORE = r"(?<![^\W_])"
_LETTER_AFTER = r"(?![^\W_])"
_GAP_WORD = r"[^\W\d_][\w'’-]*"
_TOKEN = re.compile(r"\S+")
_LETTER = re.compile(r"[^\W_]")
# How many letters a compound may have before the listed noun ("Kaltakquise-" in
# "Kaltakquise-Anrufe"); the bound keeps a search linear on text without spaces.
_LONGEST_COMPOUND_HEAD = 40
_LANGUAGE_NAME = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?")


class QualityDataError(RuleError):
    """A rules or criteria file cannot be used; the message says what to fix in it."""


class UnknownLanguage(RuleError):
    pass


@dataclass(frozen=True)
class ObjectiveDraft:
    text: str
    why_it_matters: str = ""


@dataclass(frozen=True)
class KeyResultDraft:
    text: str
    baseline: float | None = None
    target: float | None = None
    unit: str = ""
    how_to_measure: str = ""
    data_source: str = ""
    champion: str | None = None
    leading_or_lagging: str = ""  # "", "leading" or "lagging"


@dataclass(frozen=True)
class Finding:
    """One thing a rule noticed. ``objective_index`` is set by the rules on a whole set."""

    rule_id: str
    severity: Severity
    message: str
    span: tuple[int, int] | None = None
    objective_index: int | None = None


@dataclass(frozen=True)
class Criterion:
    """A question of the facilitation sheet that the room answers by hand."""

    id: str
    kind: CriterionKind
    label: str
    question: str


@dataclass(frozen=True)
class Rule:
    id: str
    applies_to: Subject
    check: str
    severity: Severity
    message: str
    word_list: str | None = None
    unless_list: str | None = None  # words that, when present, keep the rule quiet
    anywhere_list: str | None = None  # phrases that make the rule speak wherever they are
    fields: tuple[str, ...] = ()
    limit: int | None = None
    value: str | None = None


@dataclass(frozen=True)
class _Number:
    start: int
    end: int
    value: float
    percent: bool
    has_unit: bool
    unit_end: int  # past the unit of time after the number, if one follows; else ``end``
    seconds_per_unit: float | None  # set when a unit of time follows: "3 days", "4h"


@dataclass(frozen=True)
class _Range:
    first: _Number
    second: _Number

    @property
    def span(self) -> tuple[int, int]:
        return (min(self.first.start, self.second.start), max(self.first.end, self.second.end))

    @property
    def percent(self) -> bool:
        return self.first.percent or self.second.percent


@dataclass(frozen=True)
class _Facts:
    """What one text says, worked out once and shared by every rule."""

    original: str
    text: str  # apostrophes normalised, same length as the original
    numbers: tuple[_Number, ...]  # measures only: dates, years and quarters are left out
    ranges: tuple[_Range, ...]  # "from X to Y" and "X → Y"
    baseline_stated: bool  # "(currently X)", "from X" and the like
    move: _Range | None  # the start and the target the text gives, if it gives both


@dataclass(frozen=True)
class _Value:
    number: float
    shown: str
    span: tuple[int, int] | None
    comparable: float  # in seconds when start and target are both times, else ``number``
    is_time: bool = False


# The settings and word lists that the kinds of check rely on by name.
_REQUIRED_SETTINGS = {
    "decimal_separator": str,
    "thousands_separator": str,
    "year_range": list,
    "verb_endings": list,
    "inflected_lists": list,
    "date_patterns": list,
    "magnitude_suffixes": dict,
    "activity_max_gap_words": int,
    "completion_max_gap_words": int,
    "time_units": dict,
    "compound_lists": list,
    "main_verb_last": bool,
}
_NUMBER_MARKS = (
    "currency",
    "sign",
    "fraction",
    "fraction_only",
    "percent",
    "currency_after",
    "magnitude",
    "factor",
    "percent_word",
    "attached",
)
_REQUIRED_LISTS = (
    "increase_verbs",
    "reduce_verbs",
    "outcome_verbs",
    "lead_in_words",
    "effect_phrases",
    "range_from_words",
    "range_to_words",
    "range_arrows",
    "percent_words",
    "currency_symbols",
    "factor_suffixes",
    "ordinal_suffixes",
    "baseline_words",
    "relative_before_percent",
    "relative_after_percent",
    "year_markers",
    "period_words",
    "month_words",
    "baseline_qualifiers",
    "share_after_percent",
    "clause_markers",
    "speed_words",
)


@dataclass(frozen=True)
class _EndsWith:
    """A phrase right before a position, searched in a short window rather than the whole text."""

    pattern: re.Pattern[str]
    window: int

    def search(self, text: str, end: int) -> re.Match[str] | None:
        return self.pattern.search(text, max(0, end - self.window), end)


def _words_pattern(
    entries: Iterable[str], endings: Sequence[str] = ("",), bounded: bool = False
) -> str:
    """A regex alternation of phrases; ``endings`` are added to each phrase's first word.

    ``bounded`` phrases stand as whole words: no letter right before or after, on the sides
    where the phrase itself has a letter (so "," and ", die" match after a word).
    """
    suffix = "(?:" + "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True)) + ")"
    by_first_letter: dict[str, list[str]] = {}  # phrases that start with a letter
    others: list[str] = []
    for entry in sorted(entries, key=len, reverse=True):
        words = entry.translate(_APOSTROPHES).split()
        first = re.escape(words[0]) + suffix
        pattern = r"\s+".join([first, *(re.escape(w) for w in words[1:])])
        if bounded and _is_letter(words[-1][-1]):
            pattern += _LETTER_AFTER
        initial = words[0][0]
        if _is_letter(initial) and initial.lower() == initial.upper().lower():
            rest = pattern[len(re.escape(initial)) :]
            by_first_letter.setdefault(initial.lower(), []).append(rest)
        else:
            others.append(pattern)
    # Grouped by first letter behind one test for a word start, a search tries only the
    # phrases that can match there, which keeps a check cheap enough for every keystroke.
    letters = "|".join(
        f"{re.escape(initial)}(?:{'|'.join(rests)})" for initial, rests in by_first_letter.items()
    )
    groups = [(_LETTER_BEFORE if bounded else "") + f"(?:{letters})"] if letters else []
    return "(?:" + "|".join(groups + others) + ")"


def _is_letter(character: str) -> bool:
    return character.isalnum() or character == "_"


class RuleBook:
    """The rules, word lists and settings of one language, with their patterns compiled."""

    def __init__(self, data: Any, origin: str) -> None:
        self.origin = origin
        if not isinstance(data, dict):
            self._fail(Message("the file must hold one JSON object"))
        self.language: str = self._text(data.get("language"), "language")
        self.settings: dict[str, Any] = self._settings(data.get("settings"))
        self.word_lists: dict[str, tuple[str, ...]] = self._word_lists(data.get("word_lists"))
        rules = data.get("rules")
        if not isinstance(rules, list) or not rules:
            self._fail(Message('"rules" must be a list of rules'))
        self.rules: tuple[Rule, ...] = tuple(self._rule(item) for item in rules)
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                self._fail(Message('two rules have the id "{id}"', id=rule.id))
            seen.add(rule.id)
        self._compile()

    def rules_for(self, subject: Subject) -> tuple[Rule, ...]:
        return tuple(rule for rule in self.rules if rule.applies_to == subject)

    # Reading the file --------------------------------------------------------------------

    def _fail(self, problem: Message) -> NoReturn:
        raise QualityDataError(
            "The quality rules in {origin} cannot be used: {problem}.",
            origin=self.origin,
            problem=problem,
        )

    def _text(self, value: Any, what: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self._fail(Message('"{what}" must be a non-empty text', what=what))
        return str(value)

    def _settings(self, value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            self._fail(Message('"settings" must be an object'))
        for name, kind in _REQUIRED_SETTINGS.items():
            if not isinstance(value.get(name), kind):
                self._fail(
                    Message(
                        'the setting "{name}" is missing or not a {kind}',
                        name=name,
                        kind=kind.__name__,
                    )
                )
        magnitudes = value["magnitude_suffixes"].values()
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in magnitudes):
            self._fail(Message('every "magnitude_suffixes" entry must be a number, like "k": 1000'))
        units = value["time_units"].values()
        if not all(isinstance(v, int | float) and not isinstance(v, bool) and v > 0 for v in units):
            self._fail(
                Message('every "time_units" entry must be a number of seconds, like "hour": 3600')
            )
        years = value["year_range"]
        if len(years) != 2 or not all(isinstance(y, int) for y in years):
            self._fail(Message('"year_range" must be two years, like [1900, 2099]'))
        try:
            dates = [re.compile(p) for p in value["date_patterns"]]
        except (re.error, TypeError) as error:
            self._fail(
                Message(
                    'a "date_patterns" entry is not a valid pattern ({error})', error=str(error)
                )
            )
        self.dates = dates
        return dict(value)

    def _word_lists(self, value: Any) -> dict[str, tuple[str, ...]]:
        if not isinstance(value, dict):
            self._fail(Message('"word_lists" must be an object'))
        lists: dict[str, tuple[str, ...]] = {}
        for name, entries in value.items():
            if not isinstance(entries, list) or not all(
                isinstance(e, str) and e.strip() for e in entries
            ):
                self._fail(
                    Message('the word list "{name}" must be a list of non-empty texts', name=name)
                )
            lists[name] = tuple(entries)
        missing = [name for name in _REQUIRED_LISTS if not lists.get(name)]
        if missing:
            self._fail(
                Message("these word lists are missing or empty: {names}", names=", ".join(missing))
            )
        return lists

    def _rule(self, item: Any) -> Rule:
        if not isinstance(item, dict):
            self._fail(Message("every rule must be an object"))
        rule_id = self._text(item.get("id"), "id")
        check_name = item.get("check")
        check = _CHECKS.get(check_name) if isinstance(check_name, str) else None
        if check is None:
            known = ", ".join(sorted(_CHECKS))
            self._fail(
                Message(
                    'the rule "{rule}" uses the check "{check}"; known checks: {known}',
                    rule=rule_id,
                    check=check_name,
                    known=known,
                )
            )
        applies_to = item.get("applies_to")
        if applies_to not in check.subjects:
            subjects = " or ".join(check.subjects)
            self._fail(
                Message(
                    'the rule "{rule}" must apply to {subjects}, not "{applies_to}"',
                    rule=rule_id,
                    subjects=subjects,
                    applies_to=applies_to,
                )
            )
        severity = item.get("severity")
        if severity not in SEVERITIES:
            self._fail(
                Message(
                    'the rule "{rule}" has severity "{severity}"; use error, warning or hint',
                    rule=rule_id,
                    severity=severity,
                )
            )
        message = self._text(item.get("message"), f"message of {rule_id}")
        allowed_keys = {"id", "applies_to", "check", "severity", "message", *check.params}
        unknown = sorted(set(item) - allowed_keys)
        if unknown:
            self._fail(
                Message(
                    'the rule "{rule}" has keys its check does not use: {keys}',
                    rule=rule_id,
                    keys=", ".join(unknown),
                )
            )
        self._check_placeholders(rule_id, message, check.placeholders)
        return Rule(
            id=rule_id,
            applies_to=applies_to,
            check=str(check_name),
            severity=severity,
            message=message,
            word_list=self._list_param(rule_id, item) if "list" in check.params else None,
            unless_list=self._optional_list(rule_id, item, "unless"),
            anywhere_list=self._optional_list(rule_id, item, "anywhere"),
            fields=self._fields_param(rule_id, item, applies_to)
            if "fields" in check.params
            else (),
            limit=self._limit_param(rule_id, item) if "limit" in check.params else None,
            value=self._value_param(rule_id, item) if "value" in check.params else None,
        )

    def _check_placeholders(self, rule: str, message: str, allowed: frozenset[str]) -> None:
        try:
            names = {
                name for _, name, _, _ in string.Formatter().parse(message) if name is not None
            }
        except ValueError:
            self._fail(
                Message('the rule "{rule}" has a message with an unmatched {{ or }}', rule=rule)
            )
        unknown = sorted(names - allowed)
        if unknown:
            offered = ", ".join("{" + name + "}" for name in sorted(allowed)) or "none"
            self._fail(
                Message(
                    'the rule "{rule}" uses {names} in its message; its check offers {offered}',
                    rule=rule,
                    names=", ".join("{" + n + "}" for n in unknown),
                    offered=offered,
                )
            )
        whole_numbers = ("count", "limit", "objective")
        try:
            message.format(**{name: 1 if name in whole_numbers else "x" for name in allowed})
        except (ValueError, TypeError, IndexError, AttributeError) as error:
            self._fail(
                Message(
                    'the rule "{rule}" has a message that cannot be filled in ({error})',
                    rule=rule,
                    error=str(error),
                )
            )

    def _list_param(self, rule: str, item: dict[str, Any]) -> str:
        name = item.get("list")
        if name not in self.word_lists:
            self._fail(
                Message(
                    'the rule "{rule}" names the word list "{name}", which is not in "word_lists"',
                    rule=rule,
                    name=name,
                )
            )
        return str(name)

    def _optional_list(self, rule: str, item: dict[str, Any], key: str) -> str | None:
        if key not in item:
            return None
        name = item[key]
        if name not in self.word_lists:
            self._fail(
                Message(
                    'the rule "{rule}" names the word list "{name}", which is not in "word_lists"',
                    rule=rule,
                    name=name,
                )
            )
        return str(name)

    def _fields_param(self, rule: str, item: dict[str, Any], applies_to: str) -> tuple[str, ...]:
        draft = ObjectiveDraft if applies_to == "objective" else KeyResultDraft
        known = {f.name for f in fields(draft)}
        names = item.get("fields")
        if not isinstance(names, list) or not names or not set(names) <= known:
            self._fail(
                Message(
                    'the rule "{rule}" needs "fields" from: {known}',
                    rule=rule,
                    known=", ".join(sorted(known)),
                )
            )
        return tuple(names)

    def _limit_param(self, rule: str, item: dict[str, Any]) -> int:
        name = item.get("limit")
        value = self.settings.get(name) if isinstance(name, str) else None
        if not isinstance(value, int) or isinstance(value, bool):
            self._fail(
                Message(
                    'the rule "{rule}" needs "limit": the name of a whole-number setting', rule=rule
                )
            )
        return int(value)

    def _value_param(self, rule: str, item: dict[str, Any]) -> str:
        value = item.get("value")
        if value not in ("leading", "lagging"):
            self._fail(
                Message('the rule "{rule}" needs "value": "leading" or "lagging"', rule=rule)
            )
        return str(value)

    # Compiling ---------------------------------------------------------------------------

    def _list(self, name: str, bounded: bool = False) -> str:
        inflected = name in self.settings["inflected_lists"]
        endings = self.settings["verb_endings"] if inflected else ("",)
        if name not in self.settings["compound_lists"]:
            return _words_pattern(self.word_lists[name], endings, bounded)
        # German joins nouns: "Kundenanrufe" and "Kaltakquise-Anrufe" are "Anrufe".
        pattern = _words_pattern(self.word_lists[name], endings)
        pattern = rf"(?:[^\W\d_][\w-]{{0,{_LONGEST_COMPOUND_HEAD}}}?)?{pattern}"
        return _LETTER_BEFORE + pattern + _LETTER_AFTER if bounded else pattern

    def _compile(self) -> None:
        settings = self.settings
        self.phrases = {
            name: re.compile(self._list(name, bounded=True), re.IGNORECASE)
            for name in self.word_lists
        }
        thousands = re.escape(settings["thousands_separator"])
        # Either mark reads as a decimal point where it cannot be the thousands separator:
        # "2,5" and "2.5" are both two and a half, ".5%" and ",5 %" half a percent.
        decimal = re.escape(settings["decimal_separator"] + settings["thousands_separator"])
        currency = _words_pattern(self.word_lists["currency_symbols"])
        magnitudes = _words_pattern(settings["magnitude_suffixes"])
        self.magnitudes = {k.lower(): float(v) for k, v in settings["magnitude_suffixes"].items()}
        self.number = re.compile(
            rf"""
            (?<![^\W_]|[{decimal}])
            (?:(?P<currency>{currency})\s?)?
            (?P<sign>[-−+](?=[\d{decimal}]))?
            (?:
                (?P<whole>\d{{1,3}}(?:{thousands}\d{{3}})+(?!\d)|\d+)
                (?P<fraction>[{decimal}]\d+)?
              | (?P<fraction_only>[{decimal}]\d+)
            )
            (?:
                \s?(?P<percent>%)
              | \s?(?P<currency_after>{currency}){_LETTER_AFTER}
              | \s?(?P<magnitude>{magnitudes}){_LETTER_AFTER}
              | (?P<factor>{self._list("factor_suffixes")}){_LETTER_AFTER}
              | \s(?P<percent_word>{self._list("percent_words")}){_LETTER_AFTER}
              | (?P<ordinal>{self._list("ordinal_suffixes")}){_LETTER_AFTER}
              | (?P<attached>[^\W\d_]+)
            )?
            """,
            re.IGNORECASE | re.VERBOSE,
        )
        self.year_marker_before = self._ends_with("year_markers", r"[\s/]*")
        self.period_before = self._ends_with("period_words")
        self.month_before = self._ends_with("month_words", r"\.?")
        day = r"\.?\s+\d{1,2}" + f"(?:{self._list('ordinal_suffixes')})?" + r",?"
        self.month_and_day_before = self._ends_with("month_words", day)
        self.month_after = re.compile(
            r"\.?\s*" + self._list("month_words") + _LETTER_AFTER, re.IGNORECASE
        )
        # "from a median of 3", "(currently an average of 3)": the start, said loosely.
        qualifiers = self._list("baseline_qualifiers")
        longest_qualifier = max(len(q) for q in self.word_lists["baseline_qualifiers"])
        self.range_from_before = self._ends_with(
            "range_from_words", rf"(?:\s+{qualifiers})?", extra=longest_qualifier
        )
        self.baseline_before = self._ends_with(
            "baseline_words", rf"\s*[:=]?(?:\s*{qualifiers})?", extra=longest_qualifier
        )
        self.time_unit = re.compile(
            r"\s?(?P<unit>" + _words_pattern(settings["time_units"]) + ")" + _LETTER_AFTER,
            re.IGNORECASE,
        )
        self.seconds = {
            " ".join(k.lower().split()): float(v) for k, v in settings["time_units"].items()
        }
        self.share_after = re.compile(
            r"\s*" + self._list("share_after_percent") + _LETTER_AFTER, re.IGNORECASE
        )
        self.clause_marker = self.phrases["clause_markers"]
        words_between = rf"\s*(?:{_GAP_WORD}\s+){{0,3}}"
        self.range_to_between = re.compile(
            words_between + self._list("range_to_words") + r"\s*", re.IGNORECASE
        )
        self.range_arrow_between = re.compile(
            words_between + self._list("range_arrows") + r"\s*", re.IGNORECASE
        )
        self.relative_before = self._ends_with("relative_before_percent")
        self.relative_after = re.compile(
            r"\s*" + self._list("relative_after_percent") + _LETTER_AFTER, re.IGNORECASE
        )
        lead_ins = self._list("lead_in_words")
        self.starts_with: dict[str, re.Pattern[str]] = {}
        self.ends_with: dict[str, re.Pattern[str]] = {}
        self.followed_by: dict[str, re.Pattern[str]] = {}
        self.preceded_by: dict[str, _EndsWith] = {}
        for name in {r.word_list for r in self.rules if r.check in ("output_or_task", "main_verb")}:
            words = self._list(str(name))
            self.starts_with[str(name)] = re.compile(
                rf"[\s\-–—•*·]*(?:{lead_ins}\s+)*(?P<word>{words}){_LETTER_AFTER}", re.IGNORECASE
            )
            self.ends_with[str(name)] = re.compile(
                rf"{_LETTER_BEFORE}(?P<word>{words})[\s.!]*$", re.IGNORECASE
            )
        for rule in self.rules:
            if rule.check in ("counts_activity", "project_percent") and rule.word_list:
                setting = (
                    "activity_max_gap_words"
                    if rule.check == "counts_activity"
                    else "completion_max_gap_words"
                )
                gap = int(settings[setting])
                words = self._list(rule.word_list)
                self.followed_by[rule.id] = re.compile(
                    rf"\s*(?:{_GAP_WORD}\s+){{0,{gap}}}(?P<word>{words}){_LETTER_AFTER}",
                    re.IGNORECASE,
                )
                self.preceded_by[rule.id] = self._ends_with(rule.word_list, gap=gap)

    def _ends_with(self, name: str, tail: str = "", gap: int = 0, extra: int = 0) -> _EndsWith:
        """Finds a phrase of the list just before a position, ``gap`` words at most between.

        ``extra`` is how many characters ``tail`` may take, so the search window holds it.
        """
        gap_words = rf"(?:\s+{_GAP_WORD}){{0,{gap}}}" if gap else ""
        pattern = _LETTER_BEFORE + f"(?P<word>{self._list(name)})" + gap_words + tail + r"\s*$"
        longest = max(len(entry) for entry in self.word_lists[name])
        return _EndsWith(re.compile(pattern, re.IGNORECASE), longest + 16 + 40 * gap + extra)

    def main_verb(self, name: str, text: str) -> tuple[int, int] | None:
        """Where a word of the list is the objective's main verb, if it is.

        That is its first word after any lead-in ("We will ..."), or, in a language that
        puts the verb last ("Das Intranet einführen"), the last word of the main clause.
        """
        start = self.starts_with[name].match(text)
        if start is not None:
            return start.span("word")
        if not self.settings["main_verb_last"]:
            return None
        marker = self.clause_marker.search(text)
        end = self.ends_with[name].search(text, 0, marker.start() if marker else len(text))
        return end.span("word") if end is not None else None

    # Reading a text ----------------------------------------------------------------------

    def facts(self, text: str) -> _Facts:
        normal = text.translate(_APOSTROPHES)
        numbers = tuple(self._numbers(normal))
        ranges = []
        for first, second in pairwise(numbers):
            if self.range_arrow_between.fullmatch(normal, first.end, second.start) or (
                self.range_to_between.fullmatch(normal, first.end, second.start)
                and self.range_from_before.search(normal, first.start)
            ):
                ranges.append(_Range(first, second))
        is_stated = [bool(self.baseline_before.search(normal, n.start)) for n in numbers]
        stated = [n for n, flag in zip(numbers, is_stated, strict=True) if flag]
        others = [n for n, flag in zip(numbers, is_stated, strict=True) if not flag]
        move = ranges[0] if ranges else None
        if move is None and len(stated) == 1 and len(others) == 1:
            move = _Range(stated[0], others[0])
        return _Facts(text, normal, numbers, tuple(ranges), bool(stated), move)

    def _numbers(self, text: str) -> Iterable[_Number]:
        in_a_date = bytearray(len(text))
        for pattern in self.dates:
            for date in pattern.finditer(text):
                in_a_date[date.start() : date.end()] = b"\x01" * (date.end() - date.start())
        for match in self.number.finditer(text):
            if match["ordinal"] or in_a_date[match.start()]:
                continue
            whole = (match["whole"] or "0").replace(self.settings["thousands_separator"], "")
            fraction = (match["fraction"] or match["fraction_only"] or "")[1:]
            value = float(f"{whole}.{fraction or 0}")
            if match["sign"] in ("-", "−"):
                value = -value
            if match["magnitude"]:
                value *= self.magnitudes.get(match["magnitude"].lower(), 1.0)
            plain = not any(match[g] for g in _NUMBER_MARKS) and whole == match["whole"]
            if plain and self._is_time(text, match.start(), match.end(), value, len(whole)):
                continue
            percent = bool(match["percent"] or match["percent_word"])
            unit_marks = ("currency", "currency_after", "factor", "attached")
            time = self._time_unit(text, match)
            yield _Number(
                start=match.start(),
                end=match.end(),
                value=value,
                percent=percent,
                has_unit=percent or time is not None or any(match[g] for g in unit_marks),
                unit_end=time.end() if time else match.end(),
                seconds_per_unit=self.seconds[" ".join(time["unit"].lower().split())]
                if time
                else None,
            )

    def _time_unit(self, text: str, number: re.Match[str]) -> re.Match[str] | None:
        """The unit of time right after a number: "3 days", "6 working hours", "4h"."""
        if number["attached"]:
            return self.time_unit.fullmatch(text, number.start("attached"), number.end())
        if any(number[g] for g in ("percent", "currency_after", "factor", "percent_word")):
            return None
        return self.time_unit.match(text, number.end())

    def _is_time(self, text: str, start: int, end: int, value: float, digits: int) -> bool:
        """Whether a plain whole number is a date, a year or a position in time."""
        if self.period_before.search(text, start):
            return True
        first_year, last_year = self.settings["year_range"]
        is_year = digits == 4 and first_year <= value <= last_year
        by_month = self.month_before.search(text, start) or self.month_after.match(text, end)
        if by_month and (is_year or 1 <= value <= 31):
            return True
        if is_year and self.month_and_day_before.search(text, start):
            return True
        return is_year and bool(self.year_marker_before.search(text, start))


# The kinds of check ----------------------------------------------------------------------

Draft = ObjectiveDraft | KeyResultDraft


@dataclass(frozen=True)
class _Check:
    subjects: tuple[Subject, ...]
    params: tuple[str, ...]
    placeholders: frozenset[str]
    run: Callable[..., Any]


_CHECKS: dict[str, _Check] = {}


def _check(
    name: str, subjects: tuple[Subject, ...], params: tuple[str, ...] = (), says: str = ""
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(run: Callable[..., Any]) -> Callable[..., Any]:
        _CHECKS[name] = _Check(subjects, params, frozenset(says.split()), run)
        return run

    return register


def _finding(rule: Rule, span: tuple[int, int] | None = None, **values: object) -> Finding:
    return Finding(rule.id, rule.severity, rule.message.format(**values), span)


def _words(text: str, end: int | None = None) -> list[re.Match[str]]:
    """The words of a text (up to ``end``): runs without spaces that hold a letter or digit."""
    tokens = _TOKEN.finditer(text, 0, len(text) if end is None else end)
    return [token for token in tokens if _LETTER.search(token.group())]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _quoted(facts: _Facts, span: tuple[int, int]) -> str:
    return facts.original[span[0] : span[1]]


def _shown(book: RuleBook, number: float) -> str:
    number = float(number)  # the fields may hold whole numbers
    text = str(int(number)) if number.is_integer() else f"{number:.10g}"
    return text.replace(".", book.settings["decimal_separator"])


def _is_percent_unit(book: RuleBook, unit: str) -> bool:
    unit = unit.strip()
    return unit == "%" or bool(unit and book.phrases["percent_words"].fullmatch(unit))


def _start_and_target(
    book: RuleBook, draft: KeyResultDraft, facts: _Facts
) -> tuple[_Value | None, _Value | None]:
    """The baseline and target from the fields, or else from the text ("from X to Y").

    When the text gives both as times, they compare in seconds, so "from 3 days to 6
    working hours" is a cut; a unit given once ("from 9 to 4 working days") holds for both.
    """
    found = facts.move
    timed = (
        found is not None
        and draft.baseline is None
        and draft.target is None
        and found.first.seconds_per_unit is not None
        and found.second.seconds_per_unit is not None
    )

    def pick(field_value: float | None, number: _Number | None) -> _Value | None:
        if field_value is not None:
            value = float(field_value)
            return _Value(value, _shown(book, field_value), None, value)
        if number is not None:
            span = (number.start, number.end)
            comparable = number.value * (number.seconds_per_unit or 1) if timed else number.value
            shown = _quoted(facts, (number.start, number.unit_end))
            return _Value(number.value, shown, span, comparable, timed)
        return None

    return (
        pick(draft.baseline, found.first if found else None),
        pick(draft.target, found.second if found else None),
    )


def _first_match(
    patterns: Iterable[re.Pattern[str]], text: str
) -> tuple[re.Pattern[str], re.Match[str]] | None:
    matches = [(p, m) for p in patterns if (m := p.search(text))]
    return min(matches, key=lambda pm: pm[1].start()) if matches else None


@_check("contains_phrase", ("objective", "key_result"), ("list",), "phrase")
def _contains_phrase(book: RuleBook, rule: Rule, draft: Draft, facts: _Facts) -> Finding | None:
    match = book.phrases[str(rule.word_list)].search(facts.text)
    if match is None:
        return None
    return _finding(rule, match.span(), phrase=_quoted(facts, match.span()))


@_check("main_verb", ("objective",), ("list", "unless", "anywhere"), "verb")
def _main_verb(book: RuleBook, rule: Rule, draft: Draft, facts: _Facts) -> Finding | None:
    """The objective is built on a verb of the list ("Roll out the intranet").

    ``unless`` names words that turn it into an outcome ("Build a product people love");
    ``anywhere`` names phrases that are enough wherever they are ("as usual").
    """
    if rule.anywhere_list:
        phrase = book.phrases[rule.anywhere_list].search(facts.text)
        if phrase is not None:
            return _finding(rule, phrase.span(), verb=_quoted(facts, phrase.span()))
    span = book.main_verb(str(rule.word_list), facts.text)
    if span is None:
        return None
    if rule.unless_list and book.phrases[rule.unless_list].search(facts.text):
        return None
    return _finding(rule, span, verb=_quoted(facts, span))


@_check("framed_as_avoidance", ("objective",), ("list", "limit"), "phrase")
def _framed_as_avoidance(book: RuleBook, rule: Rule, draft: Draft, facts: _Facts) -> Finding | None:
    """A negative in the main clause, near its start: "Avoid outages", "Never run out".

    One that names what the change brings ("... to avoid penalties", "..., so nobody
    waits") comes after a clause marker and passes.
    """
    marker = book.clause_marker.search(facts.text)
    main_clause_end = marker.start() if marker else len(facts.text)
    for phrase in book.phrases[str(rule.word_list)].finditer(facts.text, 0, main_clause_end):
        if len(_words(facts.text, phrase.start())) <= int(rule.limit or 0):
            return _finding(rule, phrase.span(), phrase=_quoted(facts, phrase.span()))
    return None


@_check("contains_number", ("objective", "key_result"), (), "number")
def _contains_number(book: RuleBook, rule: Rule, draft: Draft, facts: _Facts) -> Finding | None:
    if not facts.numbers:
        return None
    span = (facts.numbers[0].start, facts.numbers[0].end)
    return _finding(rule, span, number=_quoted(facts, span))


@_check("fewer_words", ("objective", "key_result"), ("limit",), "count limit")
def _fewer_words(book: RuleBook, rule: Rule, draft: Draft, facts: _Facts) -> Finding | None:
    words = _words(facts.text)
    limit = int(rule.limit or 0)
    if len(words) >= limit:
        return None
    span = (words[0].start(), words[-1].end()) if words else None
    return _finding(rule, span, count=len(words), limit=limit)


@_check("more_words", ("objective", "key_result"), ("limit",), "count limit")
def _more_words(book: RuleBook, rule: Rule, draft: Draft, facts: _Facts) -> Finding | None:
    words = _words(facts.text)
    limit = int(rule.limit or 0)
    if len(words) <= limit:
        return None
    span = (words[limit].start(), words[-1].end())
    return _finding(rule, span, count=len(words), limit=limit)


@_check("blank_fields", ("objective", "key_result"), ("fields",))
def _blank_fields(book: RuleBook, rule: Rule, draft: Draft, facts: _Facts) -> Finding | None:
    if all(_blank(getattr(draft, name)) for name in rule.fields):
        return _finding(rule)
    return None


@_check("no_number", ("key_result",))
def _no_number(book: RuleBook, rule: Rule, draft: KeyResultDraft, facts: _Facts) -> Finding | None:
    if facts.numbers or draft.baseline is not None or draft.target is not None:
        return None
    return _finding(rule)


@_check("no_baseline", ("key_result",), (), "number")
def _no_baseline(
    book: RuleBook, rule: Rule, draft: KeyResultDraft, facts: _Facts
) -> Finding | None:
    """A target with no start: no baseline field, no "from X to Y", no "(currently X)"."""
    if draft.baseline is not None or facts.ranges or facts.baseline_stated:
        return None
    if facts.numbers:
        span = (facts.numbers[0].start, facts.numbers[0].end)
        return _finding(rule, span, number=_quoted(facts, span))
    if draft.target is not None:
        return _finding(rule, None, number=_shown(book, draft.target))
    return None


@_check("output_or_task", ("key_result",), ("list",), "verb")
def _output_or_task(
    book: RuleBook, rule: Rule, draft: KeyResultDraft, facts: _Facts
) -> Finding | None:
    """The text starts with a to-do verb, or is built around one and names no change."""
    name = str(rule.word_list)
    start = book.starts_with[name].match(facts.text)
    # "Builds that pass grow from 60% to 90%", "Open tickets drop from 420 to 90": a noun
    # measured from X to Y, not a to-do.
    measured_noun = (
        start is not None
        and bool(facts.ranges)
        and (
            start["word"].endswith("s")
            or any(
                book.phrases[verbs].search(facts.text, start.end())
                for verbs in ("increase_verbs", "reduce_verbs")
            )
        )
    )
    if start is not None and not measured_noun:
        return _finding(rule, start.span("word"), verb=_quoted(facts, start.span("word")))
    found = book.phrases[name].search(facts.text)
    if found is None or facts.move is not None:  # a start and a target name a change
        return None
    change_lists = ("increase_verbs", "reduce_verbs", "outcome_verbs", "effect_phrases")
    if any(book.phrases[other].search(facts.text) for other in change_lists):
        return None
    return _finding(rule, found.span(), verb=_quoted(facts, found.span()))


@_check("counts_activity", ("key_result",), ("list",), "activity")
def _counts_activity(
    book: RuleBook, rule: Rule, draft: KeyResultDraft, facts: _Facts
) -> Finding | None:
    if book.phrases["effect_phrases"].search(facts.text):
        return None
    followed_by = book.followed_by[rule.id]
    for number in facts.numbers:
        noun = followed_by.match(facts.text, number.end)
        if noun is not None:
            span = (number.start, noun.end("word"))
            return _finding(rule, span, activity=_quoted(facts, span))
    return None


@_check("project_percent", ("key_result",), ("list",))
def _project_percent(
    book: RuleBook, rule: Rule, draft: KeyResultDraft, facts: _Facts
) -> Finding | None:
    """0 to 100% like a project plan, or "100% complete" and its kin."""
    baseline, target = _start_and_target(book, draft, facts)
    percent = _is_percent_unit(book, draft.unit) or bool(facts.move and facts.move.percent)
    if baseline and target and percent and baseline.number == 0 and target.number == 100:
        span = facts.move.span if facts.move and target.span else None
        return _finding(rule, span)
    for number in facts.numbers:
        if not (number.percent and number.value == 100):
            continue
        after = book.followed_by[rule.id].match(facts.text, number.end)
        if after is not None:
            return _finding(rule, (number.start, after.end("word")))
        before = book.preceded_by[rule.id].search(facts.text, number.start)
        if before is not None:
            return _finding(rule, (before.start("word"), number.end))
    return None


@_check("direction_mismatch", ("key_result",), (), "verb baseline target")
def _direction_mismatch(
    book: RuleBook, rule: Rule, draft: KeyResultDraft, facts: _Facts
) -> Finding | None:
    baseline, target = _start_and_target(book, draft, facts)
    if baseline is None or target is None:
        return None
    increase, reduce = book.phrases["increase_verbs"], book.phrases["reduce_verbs"]
    first = _first_match((increase, reduce), facts.text)
    if first is None:
        return None
    pattern, verb = first
    goes_up = pattern is increase
    if target.is_time and book.phrases["speed_words"].search(facts.text):
        goes_up = not goes_up  # "increase the speed ... from 2 days to 2 hours": time falls
    wrong_way = (
        target.comparable < baseline.comparable
        if goes_up
        else target.comparable > baseline.comparable
    )
    if not wrong_way:
        return None
    return _finding(
        rule,
        verb.span(),
        verb=_quoted(facts, verb.span()),
        baseline=baseline.shown,
        target=target.shown,
    )


@_check("no_change", ("key_result",), (), "value")
def _no_change(book: RuleBook, rule: Rule, draft: KeyResultDraft, facts: _Facts) -> Finding | None:
    baseline, target = _start_and_target(book, draft, facts)
    if baseline is None or target is None:
        return None
    if not math.isclose(baseline.comparable, target.comparable):
        return None
    span = facts.ranges[0].span if facts.ranges and baseline.span else target.span
    return _finding(rule, span, value=target.shown)


@_check("percent_over_100", ("key_result",), ("list", "unless"), "number")
def _percent_over_100(
    book: RuleBook, rule: Rule, draft: KeyResultDraft, facts: _Facts
) -> Finding | None:
    """A share of a whole above the whole.

    Only a share speaks: the text names one ("the share of", "on-time", "rate"), or the
    number is a part "of" something ("110% of tickets"). What may rightly pass 100% keeps
    it quiet ("net revenue retention", "of last year's"), and so does growth ("by 150%").
    """
    if rule.unless_list and book.phrases[rule.unless_list].search(facts.text):
        return None
    names_a_share = bool(book.phrases[str(rule.word_list)].search(facts.text))
    if names_a_share and _is_percent_unit(book, draft.unit):
        for value in (draft.baseline, draft.target):
            if value is not None and value > 100:
                return _finding(rule, None, number=_shown(book, value) + "%")
    for number in facts.numbers:
        if not number.percent or number.value <= 100:
            continue
        if book.relative_before.search(facts.text, number.start):
            continue
        if book.relative_after.match(facts.text, number.end):
            continue
        if names_a_share or book.share_after.match(facts.text, number.end):
            span = (number.start, number.end)
            return _finding(rule, span, number=_quoted(facts, span))
    return None


@_check("missing_unit", ("key_result",))
def _missing_unit(
    book: RuleBook, rule: Rule, draft: KeyResultDraft, facts: _Facts
) -> Finding | None:
    if draft.unit.strip():
        return None
    has_numbers = facts.numbers or draft.baseline is not None or draft.target is not None
    if has_numbers and not any(number.has_unit for number in facts.numbers):
        return _finding(rule)
    return None


ObjectiveSet = Sequence[tuple[ObjectiveDraft, Sequence[KeyResultDraft]]]


@_check("too_few_objectives", ("set",), ("limit",), "count limit")
def _too_few_objectives(book: RuleBook, rule: Rule, objectives: ObjectiveSet) -> list[Finding]:
    count, limit = len(objectives), int(rule.limit or 0)
    return [_finding(rule, None, count=count, limit=limit)] if count < limit else []


@_check("too_many_objectives", ("set",), ("limit",), "count limit")
def _too_many_objectives(book: RuleBook, rule: Rule, objectives: ObjectiveSet) -> list[Finding]:
    count, limit = len(objectives), int(rule.limit or 0)
    return [_finding(rule, None, count=count, limit=limit)] if count > limit else []


def _per_objective(
    rule: Rule, objectives: ObjectiveSet, fires: Callable[[Sequence[KeyResultDraft]], bool]
) -> list[Finding]:
    findings = []
    for index, (_objective, key_results) in enumerate(objectives):
        if fires(key_results):
            message = rule.message.format(
                objective=index + 1, count=len(key_results), limit=rule.limit
            )
            findings.append(Finding(rule.id, rule.severity, message, None, index))
    return findings


@_check("too_few_key_results", ("set",), ("limit",), "objective count limit")
def _too_few_key_results(book: RuleBook, rule: Rule, objectives: ObjectiveSet) -> list[Finding]:
    return _per_objective(rule, objectives, lambda krs: len(krs) < int(rule.limit or 0))


@_check("too_many_key_results", ("set",), ("limit",), "objective count limit")
def _too_many_key_results(book: RuleBook, rule: Rule, objectives: ObjectiveSet) -> list[Finding]:
    return _per_objective(rule, objectives, lambda krs: len(krs) > int(rule.limit or 0))


@_check("all_key_results_are", ("set",), ("value",), "objective count")
def _all_key_results_are(book: RuleBook, rule: Rule, objectives: ObjectiveSet) -> list[Finding]:
    """Only when the room has marked every key result, and all the same way."""
    return _per_objective(
        rule,
        objectives,
        lambda krs: bool(krs) and all(k.leading_or_lagging == rule.value for k in krs),
    )


# The public entry points -----------------------------------------------------------------

_SEVERITY_ORDER = {severity: rank for rank, severity in enumerate(SEVERITIES)}


def _by_severity(findings: Iterable[Finding | None]) -> list[Finding]:
    return sorted((f for f in findings if f is not None), key=lambda f: _SEVERITY_ORDER[f.severity])


def _check_item(draft: Draft, subject: Subject, rules: RuleBook | None) -> list[Finding]:
    book = rules if rules is not None else load_rules()
    facts = book.facts(draft.text)
    return _by_severity(
        _CHECKS[rule.check].run(book, rule, draft, facts) for rule in book.rules_for(subject)
    )


def check_objective(draft: ObjectiveDraft, rules: RuleBook | None = None) -> list[Finding]:
    """What the rules notice about one objective, errors first."""
    return _check_item(draft, "objective", rules)


def check_key_result(draft: KeyResultDraft, rules: RuleBook | None = None) -> list[Finding]:
    """What the rules notice about one key result, errors first."""
    return _check_item(draft, "key_result", rules)


def check_set(
    objectives: Sequence[tuple[ObjectiveDraft, Sequence[KeyResultDraft]]],
    rules: RuleBook | None = None,
) -> list[Finding]:
    """The rules on the whole set: how many objectives, how many key results on each."""
    book = rules if rules is not None else load_rules()
    findings: list[Finding] = []
    for rule in book.rules_for("set"):
        findings.extend(_CHECKS[rule.check].run(book, rule, objectives))
    return _by_severity(findings)


def read_rules(path: Path | str) -> RuleBook:
    """A rule book from any file of the same shape as ``resources/quality/en.json``."""
    source = Path(path)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except OSError as error:
        raise QualityDataError(
            "The quality rules in {source} cannot be read: {error}.",
            source=source,
            error=str(error),
        ) from error
    except json.JSONDecodeError as error:
        raise QualityDataError(
            "The quality rules in {source} are not valid JSON (line {line}): {error}.",
            source=source,
            line=error.lineno,
            error=error.msg,
        ) from error
    return RuleBook(data, str(source))


def languages() -> list[str]:
    """The languages that have a rules file."""
    folder = resources.path("quality")
    return sorted(p.stem for p in folder.glob("*.json") if p.stem != "criteria")


@cache
def load_rules(language: str = "en") -> RuleBook:
    """The bundled rules of a language, read and compiled once."""
    source = resources.path("quality", f"{language}.json")
    if not _LANGUAGE_NAME.fullmatch(language) or not source.is_file():
        known = ", ".join(languages())
        raise UnknownLanguage(
            'The quality checks have no rules in "{language}". Languages with rules: {known}.',
            language=language,
            known=known,
        )
    return read_rules(source)


@cache
def _criteria() -> dict[str, tuple[Criterion, ...]]:
    source = resources.path("quality", "criteria.json")
    data = json.loads(source.read_text(encoding="utf-8"))
    loaded: dict[str, tuple[Criterion, ...]] = {}
    kinds: tuple[CriterionKind, ...] = ("objective", "key_result")
    for kind in kinds:
        items = data.get(kind) if isinstance(data, dict) else None
        needed = ("id", "label", "question")
        if not isinstance(items, list) or not all(
            isinstance(i, dict) and all(isinstance(i.get(k), str) for k in needed) for i in items
        ):
            raise QualityDataError(
                'The criteria in {source} cannot be used: list the "{kind}" criteria, '
                "each with an id, a label and a question.",
                source=source,
                kind=kind,
            )
        loaded[kind] = tuple(
            Criterion(id=i["id"], kind=kind, label=i["label"], question=i["question"])
            for i in items
        )
    return loaded


def criteria(kind: CriterionKind) -> list[Criterion]:
    """The facilitation sheet's criteria for an objective or a key result, in sheet order."""
    if kind not in ("objective", "key_result"):
        raise ValueError(f'criteria are for "objective" or "key_result", not "{kind}"')
    return list(_criteria()[kind])
