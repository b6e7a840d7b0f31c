"""The labelled corpus of objectives and key results, and how the quality checks score on it.

Each language has a file here, one item a line: ``kind | domain | verdict | text``. The
verdict is ``good`` or the id of the rule that should stop the item. An item is flagged
when a rule gives an error or a warning about its text; the fields a finished draft has
(why it matters, how it is measured, a champion) are filled in, so only the text speaks.
The tests require every bad item caught by its rule and no good item flagged; the
benchmark prints the same figures per rule.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

from facilitation.quality import (
    Finding,
    KeyResultDraft,
    ObjectiveDraft,
    check_key_result,
    check_objective,
    load_rules,
)

FOLDER = Path(__file__).parent
LANGUAGES = ("en", "de")
KINDS = ("objective", "key_result")
DOMAINS = (
    "sales",
    "support",
    "engineering",
    "operations",
    "finance",
    "hr",
    "non-profit",
    "public sector",
)

Kind = Literal["objective", "key_result"]


@dataclass(frozen=True)
class Item:
    language: str
    kind: Kind
    domain: str
    verdict: str  # "good", or the id of the rule that should catch it
    text: str
    line: int

    @property
    def good(self) -> bool:
        return self.verdict == "good"

    def __str__(self) -> str:
        return f"{self.language}.txt:{self.line} {self.text}"


def items(language: str) -> list[Item]:
    """The items of one language, in file order."""
    found = []
    path = FOLDER / f"{language}.txt"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, domain, verdict, text = (part.strip() for part in line.split("|", 3))
        if kind not in KINDS or domain not in DOMAINS:
            raise ValueError(f"{path.name}:{number}: unknown kind or domain in {line!r}")
        found.append(Item(language, cast(Kind, kind), domain, verdict, text, number))
    return found


def findings(item: Item) -> list[Finding]:
    """Every finding on the item, with the fields of a finished draft filled in."""
    rules = load_rules(item.language)
    if item.kind == "objective":
        return check_objective(ObjectiveDraft(item.text, why_it_matters="Why it matters."), rules)
    draft = KeyResultDraft(item.text, unit="", how_to_measure="Weekly report", champion="Someone")
    return check_key_result(draft, rules)


def flags(item: Item) -> set[str]:
    """The rules that give the item an error or a warning."""
    return {f.rule_id for f in findings(item) if f.severity in ("error", "warning")}


@dataclass(frozen=True)
class RuleScore:
    rule_id: str
    bad: int  # items labelled with this rule
    caught: int  # of those, flagged by it
    false_alarms: int  # good items of the same kind that it flags
    good: int  # good items of the same kind


@dataclass(frozen=True)
class Score:
    language: str
    bad: int
    caught: int  # bad items flagged by the rule they name
    good: int
    flagged_good: int  # good items flagged by any rule
    rules: tuple[RuleScore, ...]

    @property
    def recall(self) -> float:
        return self.caught / self.bad if self.bad else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.flagged_good / self.good if self.good else 0.0


def score(language: str) -> Score:
    """Recall and false alarms on one language's items, overall and per rule."""
    corpus = items(language)
    flagged = {item: flags(item) for item in corpus}
    bad = [item for item in corpus if not item.good]
    good = [item for item in corpus if item.good]
    good_of_kind = Counter(item.kind for item in good)
    rule_kind = {item.verdict: item.kind for item in bad}
    for item in good:
        for rule_id in flagged[item]:
            rule_kind.setdefault(rule_id, item.kind)
    per_rule = []
    for rule_id, kind in sorted(rule_kind.items()):
        labelled = [item for item in bad if item.verdict == rule_id]
        per_rule.append(
            RuleScore(
                rule_id,
                bad=len(labelled),
                caught=sum(rule_id in flagged[item] for item in labelled),
                false_alarms=sum(rule_id in flagged[item] for item in good if item.kind == kind),
                good=good_of_kind[kind],
            )
        )
    return Score(
        language,
        bad=len(bad),
        caught=sum(item.verdict in flagged[item] for item in bad),
        good=len(good),
        flagged_good=sum(bool(flagged[item]) for item in good),
        rules=tuple(per_rule),
    )
