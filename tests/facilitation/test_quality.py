"""The quality checks: each rule speaks up on drafts that need it and stays quiet on good ones."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import resources
from facilitation.quality import (
    Finding,
    KeyResultDraft,
    ObjectiveDraft,
    QualityDataError,
    RuleBook,
    UnknownLanguage,
    check_key_result,
    check_objective,
    check_set,
    criteria,
    languages,
    load_rules,
    read_rules,
)
from tests.workshop.samples import HOSTILE_TEXT

# The fields a finished key result has filled in, so that only the rule under test speaks.
FILLED: dict[str, Any] = {
    "unit": "customers",
    "how_to_measure": "Weekly export from the CRM",
    "champion": "Priya",
}


def kr_findings(text: str, **fields: Any) -> dict[str, Finding]:
    draft = KeyResultDraft(text, **{**FILLED, **fields})
    return {finding.rule_id: finding for finding in check_key_result(draft)}


def objective_findings(text: str, why: str = "So new teams see value on day one.") -> dict:
    return {f.rule_id: f for f in check_objective(ObjectiveDraft(text, why_it_matters=why))}


def pointed_at(text: str, finding: Finding) -> str | None:
    return None if finding.span is None else text[finding.span[0] : finding.span[1]]


def en_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.path("quality", "en.json").read_text("utf-8"))
    return data


def write_rules(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# Good drafts pass ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Grow weekly active teams from 120 to 300",
        "Cut the time to a first answer from 4 hours to 1 hour",
        "Increase the share of trial users who invite a colleague from 18% to 35%",
        "Lift average order value from $2.5k to $4k by Q3 2027",
    ],
)
def test_a_well_made_key_result_gets_no_findings(text: str) -> None:
    assert kr_findings(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Make our first week the reason new teams stay",
        "Become the tool small agencies recommend to each other by Q3 2027",
    ],
)
def test_a_well_made_objective_gets_no_findings(text: str) -> None:
    assert objective_findings(text) == {}


def test_findings_come_errors_first_with_their_messages_filled_in() -> None:
    draft = KeyResultDraft("Launch the new partner portal")
    findings = check_key_result(draft)
    severities = [f.severity for f in findings]
    assert severities == sorted(severities, key=["error", "warning", "hint"].index)
    assert severities[0] == "error"
    assert {"kr.no_number", "kr.output", "kr.no_data_source", "kr.no_champion"} <= {
        f.rule_id for f in findings
    }
    assert all("{" not in f.message and f.message.strip() for f in findings)


# Numbers in a text -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reach 1,200 paying customers",
        "Cut the average setup to 3.5 days",
        "Get the checkout rating to 40%",
        "Lift monthly revenue per agency to $2k",
        "Make the first report 2x faster",
        "Keep 15 percent of trial users active after a month",
        "Reach 2000 customers by 2027",
        "Bring NPS up to -5",
    ],
)
def test_numbers_in_their_usual_forms_count_as_a_measure(text: str) -> None:
    assert "kr.no_number" not in kr_findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Launch the partner portal by Q3 2027",
        "Have the new onboarding live by 2027",
        "Ship the mobile app in Q1",
        "Move every customer to the new plan by the end of 2026",
        "Open the Berlin office by 30 June",
        "Open the Berlin office by June 30, 2027",
        "Go live with the new pricing by week 6",
        "Publish the handbook on 2027-06-30",
        "Make onboarding delightful for the 3rd time",
        "Win B2B accounts in H2 2027",
    ],
)
def test_dates_years_quarters_and_ordinals_are_not_a_measure(text: str) -> None:
    finding = kr_findings(text)["kr.no_number"]
    assert finding.severity == "error"
    assert "number" in finding.message


def test_numbers_in_the_fields_count_when_the_text_has_none() -> None:
    assert "kr.no_number" not in kr_findings("Grow weekly active teams", target=300)
    assert "kr.no_number" not in kr_findings("Grow weekly active teams", baseline=120)


# Key result rules ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Raise NPS to 45 by Q3 2027", "45"),
        ("Reach 1,200 paying customers", "1,200"),
        ("Keep churn under 2% every month", "2%"),
    ],
)
def test_no_baseline_points_at_the_lonely_number(text: str, number: str) -> None:
    finding = kr_findings(text)["kr.no_baseline"]
    assert pointed_at(text, finding) == number


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Raise NPS from 30 to 45", {}),
        ("Raise NPS 30 → 45", {}),
        ("Raise NPS from 30 points to 45", {}),
        ("Raise NPS to 45", {"baseline": 30}),
        ("80% of new users finish their profile in week 1 (from 45%)", {}),
        ("Answer 90% of tickets within a day (currently 60%)", {}),
        ("Answer 90% of tickets within a day (baseline: 60%)", {}),
        ("Make customers happier", {}),
    ],
)
def test_no_baseline_is_quiet_when_the_start_is_known(text: str, fields: dict[str, Any]) -> None:
    assert "kr.no_baseline" not in kr_findings(text, **fields)


def test_no_baseline_fires_on_a_target_field_without_a_baseline() -> None:
    finding = kr_findings("Grow weekly active teams", target=300)["kr.no_baseline"]
    assert finding.span is None


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Launch the new onboarding flow", "Launch"),
        ("We will successfully ship 3 features by Q2", "ship"),
        ("Set up a customer advisory board", "Set up"),
        ("Roll out the new pricing to all regions", "Roll out"),
        ("Hire 2 support engineers", "Hire"),
        ("Organise 4 community events", "Organise"),
        ("  - Migrate billing to the new provider", "Migrate"),
        ("New checkout page released to every customer", "released"),
        ("Partner handbook written and published", "written"),
    ],
)
def test_output_points_at_the_task_verb(text: str, verb: str) -> None:
    finding = kr_findings(text)["kr.output"]
    assert pointed_at(text, finding) == verb
    assert verb in finding.message
    assert "initiative" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Increase the share of customers who use the new export from 10% to 40%",
        "Reduce the time to deploy a fix from 3 days to 4 hours",
        "Teams that build a second board: from 120 to 300",
        "Customers who upgraded rate us 9 out of 10",
        "Grow weekly active teams from 120 to 300",
        "Builds that pass on the first try grow from 60% to 90%",
        "Releases that reach every customer within a day rise from 40% to 80%",
    ],
)
def test_output_is_quiet_on_outcomes_that_mention_work(text: str) -> None:
    assert "kr.output" not in kr_findings(text)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Hold 12 customer webinars", "12 customer webinars"),
        ("Make 40 sales calls a week", "40 sales calls"),
        ("Publish 8 blog posts by Q3", "8 blog posts"),
        ("Attend 10 meetings with partners", "10 meetings"),
    ],
)
def test_activity_points_at_what_is_counted(text: str, counted: str) -> None:
    finding = kr_findings(text)["kr.activity"]
    assert pointed_at(text, finding) == counted
    assert counted in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Achieve 1,500 attendees at our webinars",
        "Grow webinar sign-ups from 200 to 500",
        "Hold 12 webinars attended by 300 customers who then start a trial",
        "Increase the customers who book a demo from 20 to 45",
    ],
)
def test_activity_is_quiet_when_people_are_counted(text: str) -> None:
    assert "kr.activity" not in kr_findings(text)


@pytest.mark.parametrize(
    ("text", "fields", "pointed"),
    [
        ("Take the billing migration from 0% to 100%", {}, "0% to 100%"),
        ("Migration 100% complete by Q3", {}, "100% complete"),
        ("Complete 100% of the CRM roll-out", {}, "Complete 100%"),
        ("CRM roll-out progress", {"baseline": 0, "target": 100, "unit": "%"}, None),
    ],
)
def test_project_percent_catches_progress_bars(
    text: str, fields: dict[str, Any], pointed: str | None
) -> None:
    finding = kr_findings(text, **fields)["kr.project_percent"]
    assert pointed_at(text, finding) == pointed


@pytest.mark.parametrize(
    "text",
    [
        "Grow the share of teams on the annual plan from 40% to 60%",
        "100% of new customers see their first report within a day",
        "Raise test coverage of the billing code from 0% to 60%",
    ],
)
def test_project_percent_is_quiet_on_real_shares(text: str) -> None:
    assert "kr.project_percent" not in kr_findings(text)


@pytest.mark.parametrize(
    ("text", "fields", "verb", "numbers"),
    [
        ("Reduce churn from 5% to 7%", {}, "Reduce", "from 5% to 7%"),
        ("Increase NPS from 45 to 30", {}, "Increase", "from 45 to 30"),
        ("Grow revenue per agency from $6k to $2.5k", {}, "Grow", "from $6k to $2.5k"),
        ("Cut lead time from 10 days to 12 days", {}, "Cut", "from 10 days to 12 days"),
        ("Reduce open support tickets", {"baseline": 200, "target": 300}, "Reduce", "200 to 300"),
        ("Reduce churn to 7% (currently 5%)", {}, "Reduce", "from 5% to 7%"),
    ],
)
def test_direction_mismatch_names_the_verb_and_the_numbers(
    text: str, fields: dict[str, Any], verb: str, numbers: str
) -> None:
    finding = kr_findings(text, **fields)["kr.direction"]
    assert finding.severity == "error"
    assert pointed_at(text, finding) == verb
    assert f'"{verb}"' in finding.message
    first, second = numbers.removeprefix("from ").split(" to ")
    assert f"from {first} to {second}" in finding.message


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Reduce churn from 7% to 5%", {}),
        ("Increase NPS from 30 to 45", {}),
        ("Improve the first answer time from 4 hours to 1 hour", {}),
        ("Reduce open support tickets", {"baseline": 300, "target": 200}),
        ("Reduce open support tickets to 200", {}),
        ("Reduce churn to 3% (currently 5%)", {}),
        ("Raise employee eNPS from -10 to +20", {}),
    ],
)
def test_direction_is_quiet_when_words_and_numbers_agree(text: str, fields: dict[str, Any]) -> None:
    assert "kr.direction" not in kr_findings(text, **fields)


def test_the_fields_win_over_the_text_for_direction() -> None:
    findings = kr_findings("Reduce churn from 5% to 7%", baseline=7, target=5)
    assert "kr.direction" not in findings


def test_no_change_points_at_the_range_or_uses_the_fields() -> None:
    text = "Keep uptime from 99.9% to 99.9%"
    finding = kr_findings(text)["kr.no_change"]
    assert pointed_at(text, finding) == "99.9% to 99.9%"
    assert "99.9%" in finding.message

    text = "Keep uptime at 99.9% (today 99.9%)"
    assert pointed_at(text, kr_findings(text)["kr.no_change"]) == "99.9%"

    finding = kr_findings("Keep the renewal rate", baseline=40, target=40)["kr.no_change"]
    assert finding.span is None
    assert "both 40" in finding.message


@pytest.mark.parametrize(
    ("text", "fields"),
    [("Grow NPS from 30 to 45", {}), ("Grow NPS", {"baseline": 30, "target": 45})],
)
def test_no_change_is_quiet_when_the_number_moves(text: str, fields: dict[str, Any]) -> None:
    assert "kr.no_change" not in kr_findings(text, **fields)


@pytest.mark.parametrize(
    ("text", "pointed"),
    [
        ("Raise on-time delivery from 80% to 120%", "120%"),
        ("Hit a satisfaction score of 105%", "105%"),
        ("Get the share of invoices paid on time to 110 percent", "110 percent"),
    ],
)
def test_percent_over_100_points_at_the_share(text: str, pointed: str) -> None:
    finding = kr_findings(text)["kr.percent_over_100"]
    assert pointed_at(text, finding) == pointed
    assert finding.message.startswith(pointed)


def test_percent_over_100_reads_the_fields_when_the_unit_is_percent() -> None:
    finding = kr_findings("Raise on-time delivery", baseline=80, target=130, unit="%")[
        "kr.percent_over_100"
    ]
    assert finding.span is None
    assert "130%" in finding.message
    assert "kr.percent_over_100" not in kr_findings(
        "Grow weekly active teams", baseline=80, target=130, unit="teams"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Grow revenue from new agencies by 150%",
        "Revenue from agencies up 200% year over year",
        "Reach 120% of last year's sign-ups",
        "Raise satisfaction from 80% to 95%",
    ],
)
def test_percent_over_100_is_quiet_on_growth_and_normal_shares(text: str) -> None:
    assert "kr.percent_over_100" not in kr_findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Raise the share of reps hitting quota from 70% to 110%",
        "Answer 110% of tickets within a day",
        "Raise the percentage of complaints answered in time from 90% to 104%",
    ],
)
def test_percent_over_100_speaks_when_the_percentage_is_a_share_of_a_whole(text: str) -> None:
    assert "kr.percent_over_100" in kr_findings(text)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Net revenue retention goes from 104% to 112%", {}),
        ("Lift retention including upgrades from 98% to 110%", {}),
        ("New bookings reach 125% of last year's, up from 98%", {}),
        ("Raise meeting-room use from 85% to 110%", {}),
        ("Grow net revenue retention", {"baseline": 100, "target": 115, "unit": "%"}),
    ],
)
def test_percent_over_100_is_quiet_on_what_may_rightly_pass_the_whole(
    text: str, fields: dict[str, Any]
) -> None:
    assert "kr.percent_over_100" not in kr_findings(text, **fields)


@pytest.mark.parametrize(
    "text",
    [
        "Cut the first reply from 3 days to 6 working hours",
        "Cut resolution time from 4 days to 4 working hours",
        "Mean time to restore goes down from 5 hours to 45 minutes",
        "Shorten the monthly close from 9 working days to 4",
        "Reduce p95 load time from 2.4 s to 900 ms",
        "Cut onboarding from 3 weeks to 10 days",
        "Bring the wait down from 2 wks to 4d",
    ],
)
def test_times_compare_in_their_units(text: str) -> None:
    findings = kr_findings(text)
    assert not {"kr.direction", "kr.no_change"} & set(findings)


@pytest.mark.parametrize(
    ("text", "rule_id", "numbers"),
    [
        (
            "Reduce handling time from 90 minutes to 2 hours",
            "kr.direction",
            "from 90 minutes to 2 hours",
        ),
        ("Cut delivery from 2 days to 72 hours", "kr.direction", "from 2 days to 72 hours"),
        ("Reduce page load time from 2 s to 2000 ms", "kr.no_change", "2000 ms"),
        ("Shorten a decision from 30 days to 1 month", "kr.no_change", "1 month"),
    ],
)
def test_times_in_other_units_that_go_the_wrong_way_or_nowhere(
    text: str, rule_id: str, numbers: str
) -> None:
    assert numbers in kr_findings(text)[rule_id].message


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Increase the speed of a first reply from 2 days to 4 business hours", False),
        ("Cut the truck turnaround at the depot from 55 minutes to 35 minutes", False),
        ("Increase the pace of hiring from an average of 60 days to 40 days", False),
        ("Increase the speed of a first reply from 4 hours to 2 days", True),
        ("Increase delivery speed from 20 to 30 parcels an hour", False),
        ("Increase delivery speed from 30 to 20 parcels an hour", True),
    ],
)
def test_a_higher_speed_is_a_shorter_time(text: str, fires: bool) -> None:
    assert ("kr.direction" in kr_findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Open a second advice desk in the town centre", True),
        ("Open tickets older than a week drop from 420 to 90", False),
        ("Open rate of the newsletter rises from 21% to 30%", False),
        ("Keep overdue invoices under 10% of the open balance", False),
    ],
)
def test_open_is_a_task_only_as_a_verb(text: str, fires: bool) -> None:
    assert ("kr.output" in kr_findings(text)) is fires


@pytest.mark.parametrize(
    ("text", "rule_id"),
    [
        ("Bring the checkout error rate down from .8% to .3%", None),
        ("Reduce churn from .5% to .8%", "kr.direction"),
        ("Cut late payments from 2,5% to 1,5%", None),
        ("Lift average order value from 1,200.50 to 1,500", None),
    ],
)
def test_decimals_with_a_leading_mark_or_a_comma(text: str, rule_id: str | None) -> None:
    findings = kr_findings(text)
    assert "kr.no_number" not in findings
    assert "kr.no_baseline" not in findings
    assert ("kr.direction" in findings) is (rule_id == "kr.direction")


def test_a_leading_decimal_is_quoted_as_written() -> None:
    message = kr_findings("Reduce churn from .5% to .8%")["kr.direction"].message
    assert "from .5% to .8%" in message


@pytest.mark.parametrize(
    "text",
    [
        "Cut the time from merge to production from a median of 3 days to 4 hours",
        "Grow weekly sign-ups from an average of 40 to 70",
        "Raise the reply rate to 30% (currently about 18%)",
        "Lift NPS from roughly 20 to 35",
    ],
)
def test_a_median_or_an_average_is_a_baseline(text: str) -> None:
    findings = kr_findings(text)
    assert not {"kr.no_baseline", "kr.direction"} & set(findings)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Grow weekly active teams from 120 to 300", {"unit": ""}),
        ("Grow weekly active teams", {"unit": " ", "target": 300}),
    ],
)
def test_no_unit_fires_when_nothing_says_what_is_counted(text: str, fields: dict[str, Any]) -> None:
    assert kr_findings(text, **fields)["kr.no_unit"].severity == "hint"


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Grow weekly active teams from 120 to 300", {"unit": "teams"}),
        ("Raise activation from 40% to 60%", {"unit": ""}),
        ("Lift order value from $2k to $3k", {"unit": ""}),
        ("Make the first report 2x faster", {"unit": ""}),
        ("Make customers happier", {"unit": ""}),
    ],
)
def test_no_unit_is_quiet_when_the_unit_is_clear(text: str, fields: dict[str, Any]) -> None:
    assert "kr.no_unit" not in kr_findings(text, **fields)


@pytest.mark.parametrize(
    ("fields", "fires"),
    [
        ({"how_to_measure": "", "data_source": ""}, True),
        ({"how_to_measure": "  ", "data_source": "\n"}, True),
        ({"how_to_measure": "Count in the CRM", "data_source": ""}, False),
        ({"how_to_measure": "", "data_source": "Product analytics"}, False),
    ],
)
def test_no_data_source_needs_either_field(fields: dict[str, Any], fires: bool) -> None:
    findings = kr_findings("Grow weekly active teams from 120 to 300", **fields)
    assert ("kr.no_data_source" in findings) is fires


@pytest.mark.parametrize(("champion", "fires"), [(None, True), ("  ", True), ("Priya", False)])
def test_no_champion(champion: str | None, fires: bool) -> None:
    findings = kr_findings("Grow weekly active teams from 120 to 300", champion=champion)
    assert ("kr.no_champion" in findings) is fires


# Objective rules -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Win 30% of the mid-market", "30%"),
        ("Be the top 3 tool for small agencies", "3"),
        ("Grow agency revenue to $1.5m this year", "$1.5m"),
        ("Make onboarding 2x faster for new teams", "2x"),
    ],
)
def test_objective_number_points_at_the_number(text: str, number: str) -> None:
    finding = objective_findings(text)["objective.number"]
    assert pointed_at(text, finding) == number
    assert f'"{number}"' in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Delight first-time customers in Q3 2027",
        "Become the go-to tool for agencies by 2027",
        "Make Q1 the quarter support feels effortless",
        "Win back the trust of our oldest customers by the end of June 2027",
        "Make B2B onboarding feel effortless",
    ],
)
def test_objective_number_allows_time_and_names(text: str) -> None:
    assert "objective.number" not in objective_findings(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Delight customers by implementing live chat", "by implementing"),
        ("Speed up onboarding using a setup wizard", "using"),
        ("Make billing effortless via a new portal", "via"),
        ("Win new agencies through partner referrals", "through"),
    ],
)
def test_objective_solution_points_at_the_how(text: str, phrase: str) -> None:
    finding = objective_findings(text)["objective.solution"]
    assert pointed_at(text, finding) == phrase
    assert f'"{phrase}"' in finding.message


@pytest.mark.parametrize(
    "text",
    ["Make onboarding effortless for every new team", "Become the first choice of agencies"],
)
def test_objective_solution_is_quiet_without_a_how(text: str) -> None:
    assert "objective.solution" not in objective_findings(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Don't lose customers to slow support", "Don't"),
        ("Don’t lose customers to slow support", "Don’t"),
        ("Stop shipping late to our partners", "Stop"),
        ("Avoid outages during the busy season", "Avoid"),
        ("Customers no longer wait for answers", "no longer"),
        ("Never miss a renewal conversation again", "Never"),
    ],
)
def test_objective_negative_points_at_the_negative_words(text: str, phrase: str) -> None:
    finding = objective_findings(text)["objective.negative"]
    assert pointed_at(text, finding) == phrase
    assert f'"{phrase}"' in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Make every release something customers look forward to",
        "Make our Nottingham stores feel like home",
        "Support that feels effortless for every customer",
        "Make our tax filings accurate and early to avoid penalties",
        "Speed up month-end so that nobody works late",
        "Become the partner our clients would never want to leave",
    ],
)
def test_objective_negative_is_quiet_on_positive_statements(text: str) -> None:
    assert "objective.negative" not in objective_findings(text)


@pytest.mark.parametrize(
    ("text", "pointed"),
    [
        ("", None),
        ("Growth", "Growth"),
        ("  Happy customers ", "Happy customers"),
        ("Hiring", "Hiring"),
    ],
)
def test_objective_too_short(text: str, pointed: str | None) -> None:
    finding = objective_findings(text)["objective.too_short"]
    assert finding.severity == "warning"
    assert "at least 3 words" in finding.message
    assert pointed_at(text, finding) == pointed


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Roll out the new intranet", "Roll out"),
        ("Rebuild the billing service", "Rebuild"),
        ("We will migrate our servers to the cloud", "migrate"),
        ("Ship version 3", "Ship"),
        ("Create a new volunteer handbook", "Create a new"),
        ("New CRM in place by June for every sales rep", "in place"),
        ("Open the new library branch", "Open the"),
        ("Implementation of the new ERP in every plant", "Implementation of"),
    ],
)
def test_objective_output_points_at_the_delivery_verb(text: str, verb: str) -> None:
    finding = objective_findings(text)["objective.output"]
    assert finding.severity == "warning"
    assert pointed_at(text, finding) == verb
    assert f'"{verb}"' in finding.message and "initiative" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Build a product small agencies love",
        "Create a workplace where people thrive",
        "Build a great workplace culture",
        "Create a world-class contact centre",
        "Implement a vetting step for new suppliers to avoid late deliveries",
        "Shipping is calm and routine for every product team",
        "Build trust between residents and the local police",
        "Make the new intranet the first place people look",
    ],
)
def test_objective_output_is_quiet_when_it_names_what_people_get(text: str) -> None:
    assert "objective.output" not in objective_findings(text)


@pytest.mark.parametrize(
    ("text", "pointed"),
    [
        ("Keep the website up", "Keep"),
        ("Maintain our service levels", "Maintain"),
        ("Carry on with monthly reporting", "Carry on with"),
        ("Close the books each month as usual", "as usual"),
        ("Make sure the website stays up", "stays up"),
    ],
)
def test_objective_business_as_usual_points_at_what_keeps_things_as_they_are(
    text: str, pointed: str
) -> None:
    finding = objective_findings(text)["objective.business_as_usual"]
    assert pointed_at(text, finding) == pointed
    assert "business as usual" in finding.message


@pytest.mark.parametrize(
    "text",
    ["Make our website the fastest in the sector", "Win back the customers we lost last year"],
)
def test_objective_business_as_usual_is_quiet_on_a_change(text: str) -> None:
    assert "objective.business_as_usual" not in objective_findings(text)


def test_objective_of_three_words_is_long_enough() -> None:
    assert "objective.too_short" not in objective_findings("Delight new customers")


def test_objective_too_long_points_at_the_words_past_the_limit() -> None:
    words = [f"word{i}" for i in range(1, 22)]
    text = " ".join(words)
    finding = objective_findings(text)["objective.too_long"]
    assert pointed_at(text, finding) == "word21"
    assert "21 words" in finding.message and "20" in finding.message
    assert "objective.too_long" not in objective_findings(" ".join(words[:20]))


@pytest.mark.parametrize(("why", "fires"), [("", True), ("   ", True), ("Teams stay.", False)])
def test_objective_no_why(why: str, fires: bool) -> None:
    findings = objective_findings("Make our first week the reason teams stay", why=why)
    assert ("objective.no_why" in findings) is fires


# Rules on the whole set ------------------------------------------------------------------


def objective(n_key_results: int, kind: str = "") -> tuple[ObjectiveDraft, list[KeyResultDraft]]:
    key_results = [
        KeyResultDraft(f"Grow weekly active teams from {n} to {n + 10}", leading_or_lagging=kind)
        for n in range(n_key_results)
    ]
    return (ObjectiveDraft("Make our first week the reason teams stay"), key_results)


def set_ids(objectives: list[tuple[ObjectiveDraft, list[KeyResultDraft]]]) -> list[str]:
    return [f.rule_id for f in check_set(objectives)]


def test_a_healthy_set_gets_no_findings() -> None:
    assert check_set([objective(3), objective(5)]) == []


def test_no_objective_is_an_error() -> None:
    (finding,) = check_set([])
    assert (finding.rule_id, finding.severity, finding.objective_index) == (
        "set.no_objective",
        "error",
        None,
    )


def test_more_than_five_objectives() -> None:
    assert set_ids([objective(3)] * 5) == []
    (finding,) = check_set([objective(3)] * 6)
    assert finding.rule_id == "set.too_many_objectives"
    assert "6 objectives" in finding.message and "top 5" in finding.message


@pytest.mark.parametrize(
    ("count", "rule_id"),
    [
        (0, "set.too_few_key_results"),
        (2, "set.too_few_key_results"),
        (6, "set.too_many_key_results"),
    ],
)
def test_key_results_per_objective_name_the_objective(count: int, rule_id: str) -> None:
    (finding,) = check_set([objective(3), objective(count)])
    assert finding.rule_id == rule_id
    assert finding.objective_index == 1
    assert "Objective 2" in finding.message
    assert f"{count}" in finding.message


@pytest.mark.parametrize(
    ("kind", "rule_id"), [("lagging", "set.all_lagging"), ("leading", "set.all_leading")]
)
def test_all_key_results_of_one_kind(kind: str, rule_id: str) -> None:
    (finding,) = check_set([objective(3, kind)])
    assert (finding.rule_id, finding.objective_index) == (rule_id, 0)


def test_a_mix_or_an_unmarked_key_result_is_not_all_one_kind() -> None:
    title, lagging = objective(3, "lagging")
    mixed = [*lagging[:2], KeyResultDraft("Grow trials from 5 to 9", leading_or_lagging="leading")]
    unmarked = [*lagging[:2], KeyResultDraft("Grow trials from 5 to 9")]
    assert check_set([(title, mixed), (title, unmarked)]) == []


@pytest.mark.parametrize(
    "text",
    [
        HOSTILE_TEXT,
        "",
        "   ",
        "%%% $$ 100%% from to → → from",
        "Grow sign-ups " * 400,
        "-" * 10_000,
        "Kaltakquise-Anrufe von 3 auf 4 Tage " * 280,
        ".5,5.5,,5 %" * 900,
    ],
)
@pytest.mark.parametrize("language", ["en", "de"])
def test_any_text_is_checked_without_failing(text: str, language: str) -> None:
    rules = load_rules(language)
    for findings in (
        check_key_result(KeyResultDraft(text), rules),
        check_objective(ObjectiveDraft(text), rules),
    ):
        assert findings
        for finding in findings:
            if finding.span is not None:
                start, end = finding.span
                assert 0 <= start < end <= len(text)


# The rules are data ----------------------------------------------------------------------


def test_a_word_added_to_a_list_fires_without_code(tmp_path: Path) -> None:
    text = "Gamify the onboarding checklist"
    assert "kr.output" not in kr_findings(text)
    data = en_data()
    data["word_lists"]["output_verbs"].append("gamify")
    book = read_rules(write_rules(tmp_path, data))
    (finding,) = [
        f
        for f in check_key_result(KeyResultDraft(text, **FILLED), book)
        if f.rule_id == "kr.output"
    ]
    assert pointed_at(text, finding) == "Gamify"


def test_a_new_rule_of_an_existing_kind_fires_without_code(tmp_path: Path) -> None:
    data = en_data()
    data["word_lists"]["buzzwords"] = ["synergy", "leverage"]
    data["rules"].append(
        {
            "id": "objective.buzzword",
            "applies_to": "objective",
            "check": "contains_phrase",
            "list": "buzzwords",
            "severity": "hint",
            "message": 'Say "{phrase}" in plain words the whole team would use.',
        }
    )
    book = read_rules(write_rules(tmp_path, data))
    text = "Unlock synergy between sales and support"
    (finding,) = [
        f
        for f in check_objective(ObjectiveDraft(text, "Both teams win."), book)
        if f.rule_id == "objective.buzzword"
    ]
    assert finding.message == 'Say "synergy" in plain words the whole team would use.'
    assert pointed_at(text, finding) == "synergy"


def test_the_word_count_bounds_are_settings(tmp_path: Path) -> None:
    data = en_data()
    data["settings"]["objective_max_words"] = 5
    book = read_rules(write_rules(tmp_path, data))
    text = "Make our first week the reason teams stay"
    ids = {f.rule_id for f in check_objective(ObjectiveDraft(text, "Why."), book)}
    assert "objective.too_long" in ids


def test_german_rules_are_the_same_rules_in_other_words() -> None:
    de = load_rules("de")
    assert [r.id for r in de.rules] == [r.id for r in load_rules("en").rules]
    text = "Kündigungsquote von 3,5 % auf 5 % senken"
    (finding,) = [
        f for f in check_key_result(KeyResultDraft(text, **FILLED), de) if f.severity == "error"
    ]
    assert finding.rule_id == "kr.direction"
    assert pointed_at(text, finding) == "senken"
    assert "von 3,5 % auf 5 %" in finding.message


def test_german_numbers_dates_and_negatives() -> None:
    de = load_rules("de")
    good = KeyResultDraft("Aktive Teams von 1.200 auf 1.500 steigern", **FILLED)
    assert check_key_result(good, de) == []
    dated = KeyResultDraft("Neue App bis 30. Juni 2027 launchen", **FILLED)
    ids = {f.rule_id for f in check_key_result(dated, de)}
    assert {"kr.no_number", "kr.output"} <= ids
    text = "Keine Ausfälle mehr im Q3 2027"
    (finding,) = check_objective(ObjectiveDraft(text, "Kunden vertrauen uns."), de)
    assert (finding.rule_id, pointed_at(text, finding)) == ("objective.negative", "Keine")


def de_ids(text: str, kind: str = "objective") -> dict[str, Finding]:
    de = load_rules("de")
    if kind == "objective":
        found = check_objective(ObjectiveDraft(text, "Weil es zählt."), de)
    else:
        found = check_key_result(KeyResultDraft(text, **FILLED), de)
    return {f.rule_id: f for f in found if f.severity != "hint"}


@pytest.mark.parametrize(
    ("text", "rule_id", "pointed"),
    [
        ("Das neue Intranet einführen", "objective.output", "einführen"),
        ("Einführung des neuen ERP-Systems", "objective.output", "Einführung"),
        ("Neues CRM bis Juni für alle eingeführt", "objective.output", "eingeführt"),
        ("Die neue Website geht im Juni live", "objective.output", "live"),
        ("Unseren Servicelevel halten", "objective.business_as_usual", "halten"),
        (
            "Die Quartalsprognose wie gewohnt erstellen",
            "objective.business_as_usual",
            "wie gewohnt",
        ),
        ("Ausfälle in der Hauptsaison vermeiden", "objective.negative", "vermeiden"),
        ("Vertrieb", "objective.too_short", "Vertrieb"),
    ],
)
def test_german_objectives_are_read_with_the_verb_at_the_end(
    text: str, rule_id: str, pointed: str | None
) -> None:
    assert pointed_at(text, de_ids(text)[rule_id]) == pointed


@pytest.mark.parametrize(
    "text",
    [
        "Mehr Familien erreichen, die unsere Tafel brauchen",
        "Unser Support wird zum Grund, warum Kunden bleiben",
        "Den Monatsabschluss beschleunigen, um Strafen zu vermeiden",
        "Ein Produkt bauen, das kleine Agenturen lieben",
        "Eine Prüfung neuer Lieferanten einführen, um Lieferverzug zu vermeiden",
    ],
)
def test_german_objectives_that_name_the_change_pass(text: str) -> None:
    assert de_ids(text) == {}


@pytest.mark.parametrize(
    ("text", "rule_id", "pointed"),
    [
        ("6 Führungskräfte-Workshops durchführen", "kr.activity", "6 Führungskräfte-Workshops"),
        ("60 Kundenanrufe pro Tag", "kr.activity", "60 Kundenanrufe"),
        ("Lieferzeit von 2 Tagen auf 72 Stunden verkürzen", "kr.direction", "verkürzen"),
        ("Ladezeit von 2 s auf 2.000 ms senken", "kr.no_change", "2 s auf 2.000"),
        ("Anteil zufriedener Bürger von 80 % auf 105 % steigern", "kr.percent_over_100", "105 %"),
    ],
)
def test_german_key_results_read_compounds_and_units(text: str, rule_id: str, pointed: str) -> None:
    assert pointed_at(text, de_ids(text, "key_result")[rule_id]) == pointed


@pytest.mark.parametrize(
    "text",
    [
        "Zeit bis zur ersten Antwort von 2 Tagen auf 5 Arbeitsstunden senken",
        "Zeit bis zur Produktion von durchschnittlich 3 Tagen auf 4 Stunden senken",
        "Fehlerquote im Checkout von ,8 % auf ,3 % senken",
        "Net Revenue Retention von 104 % auf 112 % steigern",
        "Spendeneinnahmen erreichen 120 % des Vorjahres (bisher 97 %)",
    ],
)
def test_german_key_results_in_other_units_and_shares_pass(text: str) -> None:
    assert de_ids(text, "key_result") == {}


def test_every_bundled_language_loads_and_is_cached() -> None:
    assert {"en", "de"} <= set(languages())
    for language in languages():
        assert isinstance(load_rules(language), RuleBook)
    assert load_rules("en") is load_rules("en")


@pytest.mark.parametrize("language", ["xx", "../en", "criteria"])
def test_an_unknown_language_says_which_exist(language: str) -> None:
    with pytest.raises(UnknownLanguage, match="Languages with rules: de, en"):
        load_rules(language)


def broken(change: str) -> dict[str, Any]:
    data = copy.deepcopy(en_data())
    rules = {rule["id"]: rule for rule in data["rules"]}
    rule = rules["kr.no_number"]
    if change == "check":
        rule["check"] = "spellcheck"
    elif change == "list":
        rules["kr.output"]["list"] = "verbs_we_forgot"
    elif change == "placeholder":
        rule["message"] = "Nothing counted in {objective}."
    elif change == "severity":
        rule["severity"] = "fatal"
    elif change == "duplicate":
        data["rules"].append(dict(rule))
    elif change == "missing list":
        del data["word_lists"]["month_words"]
    elif change == "format":
        rules["objective.too_long"]["message"] = "At {count:x.y} words this is long."
    elif change == "date pattern":
        data["settings"]["date_patterns"].append("(\\d{1,2}")
    elif change == "magnitude":
        data["settings"]["magnitude_suffixes"]["k"] = "thousand"
    elif change == "limit":
        rules["set.too_few_key_results"]["limit"] = "no_such_setting"
    elif change == "unless":
        rules["objective.output"]["unless"] = "words_we_forgot"
    elif change == "time unit":
        data["settings"]["time_units"]["day"] = "a day"
    return data


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ("check", 'uses the check "spellcheck"'),
        ("list", 'names the word list "verbs_we_forgot"'),
        ("placeholder", "uses {objective} in its message"),
        ("severity", 'has severity "fatal"'),
        ("duplicate", 'two rules have the id "kr.no_number"'),
        ("missing list", "month_words"),
        ("limit", 'needs "limit"'),
        ("format", "cannot be filled in"),
        ("date pattern", '"date_patterns" entry is not a valid pattern'),
        ("magnitude", '"magnitude_suffixes"'),
        ("unless", 'names the word list "words_we_forgot"'),
        ("time unit", '"time_units"'),
    ],
)
def test_a_broken_rules_file_says_what_to_fix(tmp_path: Path, change: str, says: str) -> None:
    with pytest.raises(QualityDataError, match="cannot be used") as raised:
        read_rules(write_rules(tmp_path, broken(change)))
    assert says in str(raised.value)


def test_a_rules_file_that_is_not_json_says_where(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    path.write_text('{"language": "en",\n  oops}', encoding="utf-8")
    with pytest.raises(QualityDataError, match="not valid JSON \\(line 2\\)"):
        read_rules(path)


# The facilitation sheet's criteria -------------------------------------------------------


def test_objective_criteria_follow_the_sheet() -> None:
    assert [c.label for c in criteria("objective")] == [
        "Inspirational",
        "Manageable outcomes",
        "Provides focus",
        "Action oriented",
        "Change, not maintain",
        "Time bound",
    ]


def test_key_result_criteria_follow_the_sheet() -> None:
    assert [c.id for c in criteria("key_result")] == [
        "results_based",
        "aligned",
        "directly_measurable",
        "indicates_progress",
        "challenging",
        "accountability_clarity",
        "leading_indicator",
    ]


def test_every_criterion_asks_the_room_one_question() -> None:
    for kind in ("objective", "key_result"):
        for criterion in criteria(kind):
            assert criterion.kind == kind
            assert criterion.question.endswith("?") and criterion.question.count("?") == 1
            assert len(criterion.id) <= 50  # the checklist answer column holds 50 characters


def test_criteria_of_an_unknown_kind() -> None:
    with pytest.raises(ValueError, match="objective"):
        criteria("initiative")
