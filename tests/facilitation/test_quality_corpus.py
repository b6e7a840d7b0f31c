"""The quality checks on the labelled corpus: every bad item caught by its rule, no good one
flagged, in English and German."""

from __future__ import annotations

from collections import Counter

import pytest

from facilitation.quality import load_rules
from tests.facilitation.quality_corpus import (
    DOMAINS,
    LANGUAGES,
    Item,
    findings,
    flags,
    items,
    score,
)

CORPUS = [item for language in LANGUAGES for item in items(language)]
BAD = [item for item in CORPUS if not item.good]
GOOD = [item for item in CORPUS if item.good]


def test_the_corpus_is_large_and_covers_every_domain_in_both_languages() -> None:
    kinds = Counter(item.kind for item in CORPUS)
    assert kinds["objective"] >= 150 and kinds["key_result"] >= 150
    for language in LANGUAGES:
        for kind in ("objective", "key_result"):
            for domain in DOMAINS:
                verdicts = {
                    item.good
                    for item in CORPUS
                    if (item.language, item.kind, item.domain) == (language, kind, domain)
                }
                assert verdicts == {True, False}, f"{language} {kind} {domain}: good and bad"


def test_every_verdict_names_a_rule_of_the_same_kind() -> None:
    for item in BAD:
        rules = {rule.id for rule in load_rules(item.language).rules_for(item.kind)}
        assert item.verdict in rules, str(item)


def test_no_item_is_there_twice() -> None:
    texts = Counter((item.language, item.text.casefold()) for item in CORPUS)
    assert [text for text, count in texts.items() if count > 1] == []


@pytest.mark.parametrize("item", BAD, ids=str)
def test_a_bad_item_is_caught_by_its_rule(item: Item) -> None:
    (finding,) = [f for f in findings(item) if f.rule_id == item.verdict]
    assert finding.severity in ("error", "warning")
    assert finding.message.strip() and "{" not in finding.message
    if finding.span is not None:
        start, end = finding.span
        assert 0 <= start < end <= len(item.text)
        assert item.text[start:end].strip()


@pytest.mark.parametrize("item", GOOD, ids=str)
def test_a_good_item_is_left_alone(item: Item) -> None:
    assert flags(item) == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_figures_meet_the_goal(language: str) -> None:
    figures = score(language)
    assert figures.recall >= 0.95
    assert figures.false_alarm_rate <= 0.05
    assert {rule.rule_id for rule in figures.rules if rule.bad} == {
        item.verdict for item in BAD if item.language == language
    }
