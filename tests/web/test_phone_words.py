"""The phone page's words: every language holds every word, and the page asks only for those."""

from __future__ import annotations

import re

import pytest

from facilitation.rules import RuleError, Word, clean_text
from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from tests.web.conftest import PEOPLE
from ui.phones.server import page_html, page_template, phone_words, question, refusal_on_phone
from workshop.store import Store

PLACEHOLDER = re.compile(r"\{\w+\}")


def test_german_has_every_english_word_with_the_same_placeholders() -> None:
    english, german = phone_words("en"), phone_words("de")
    assert german.keys() == english.keys()
    for key, text in english.items():
        assert sorted(PLACEHOLDER.findall(german[key])) == sorted(PLACEHOLDER.findall(text)), key
        assert german[key] != text, key


def test_the_page_asks_only_for_words_the_tables_hold() -> None:
    page = page_template()
    filled = set(re.findall(r"\{\{(\w+)\}\}", page)) - {"language", "words"}
    script = page.split("<script>")[1]
    asked = set(re.findall(r'word\("(\w+)"', script))
    counted = set(re.findall(r'word\("(\w+)", \{ count', script))
    keys = set(phone_words("en"))
    assert filled and asked
    assert filled | (asked - counted) <= keys
    assert {f"{key}_{form}" for key in counted for form in ("one", "other")} <= keys


def test_the_page_is_filled_in_the_language_asked_and_english_for_any_other() -> None:
    german = page_html("de")
    assert '<html lang="de">' in german
    assert "<h2>Wer bist du?</h2>" in german
    assert "{{" not in german
    assert page_html("fr") == page_html("en")
    assert '<html lang="en">' in page_html("en")


def test_the_question_is_in_the_workshop_language(store: Store) -> None:
    workshop_id = new_workshop(store, "Plattform", "executive", participants=PEOPLE, language="de")
    engine = fake_engine(store, workshop_id)
    cards = [engine.boards.add_card(text) for text in ("Ruhige Releases", "Klare Kosten")]
    round_id = engine.voting.open_round("objectives", cards, votes_per_person=1, max_per_option=1)
    voting_round = engine.voting.round(round_id)
    assert question(voting_round, "de") == "Welche Objectives sollen wir angehen?"
    assert question(voting_round) == "Which objectives should we take on?"
    assert engine.phones.language() == "de"


def test_a_rule_refusal_reads_in_the_page_language_with_its_words_and_numbers() -> None:
    with pytest.raises(RuleError) as refused:
        clean_text("x" * 12_345, Word("the card"))
    assert refusal_on_phone(refused.value, "de") == (
        "Das sind 12.345 Zeichen: Die Karte fasst höchstens 10.000. Kürze den Text oder "
        "bewahre den langen Text in den Notizen auf."
    )
    assert refusal_on_phone(refused.value, "en") == str(refused.value)
    assert refusal_on_phone(refused.value, "fr") == str(refused.value)
