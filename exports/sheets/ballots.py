"""Numbered paper ballots: the voting fallback when the shared screen cannot be used.

One slip per participant, numbered "Ballot 3 of 8" so the facilitator can see that
every slip came back once. Filled, there is one set of slips for every round of the
workshop, each listing that round's options, on pages of its own (a run-off or the
key-result vote can be held on paper too); blank, a slip has lines for the option and
the votes given to it. When a round's phones ask for a code, each of its slips starts
with one person's name, their code and the phone address, so they can vote on their
phone instead.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from exports.flowables import CutLine
from exports.language import t
from exports.renderer import Cell, Document, Renderer
from exports.sheets.common import one_file
from exports.sheets.common import votes as vote_count
from okr_rules.phone_codes import shown_code
from workshop.snapshot import PhoneCodeSnapshot, VotingRoundSnapshot, WorkshopSnapshot

TITLE = "Paper ballots"
DEFAULT_VOTES = 3
DEFAULT_BALLOTS = 8
NUMBER_COLUMN = 30.0
VOTES_COLUMN = 80.0
ADDRESS_LINE = "_" * 22
"""Room for the laptop's host and port, such as 192.168.100.20:51234."""


def ballot_rounds(snapshot: WorkshopSnapshot) -> list[VotingRoundSnapshot | None]:
    """The rounds to print slips for: every round of the workshop, or one blank set."""
    if snapshot.blank or not snapshot.rounds:
        return [None]
    return list(snapshot.rounds)


def ballots_sheet(snapshot: WorkshopSnapshot, r: Renderer) -> list[Document]:
    story: list[Flowable] = []
    for index, voting in enumerate(ballot_rounds(snapshot)):
        if index:
            story.append(PageBreak())
        codes = voting.phone_codes if voting else ()
        count = max(len(snapshot.participants), len(codes)) or DEFAULT_BALLOTS
        for number in range(1, count + 1):
            if number > 1:
                story += [Spacer(1, 4), CutLine(), Spacer(1, 4)]
            slip = _slip(r, snapshot, voting, number, count)
            if voting is not None and number <= len(codes):
                slip[1:1] = _phone_part(r, voting, codes[number - 1])
            story.append(KeepTogether(slip))
    return one_file(snapshot, TITLE, story)


def _instructions(voting: VotingRoundSnapshot | None) -> str:
    votes = voting.votes_per_person if voting else DEFAULT_VOTES
    most = voting.max_per_option if voting else DEFAULT_VOTES
    secret = voting is None or voting.secret
    text = t("You have {votes}.", votes=vote_count(votes)) + " "
    text += (
        t("Write 1 in the box of the option you choose.")
        if most == 1
        else t("Give an option up to {most} of them by writing the number in its box.", most=most)
    )
    if secret:
        text += " " + t("Do not write your name: fold the slip and hand it to the facilitator.")
    return text


def _phone_part(
    r: Renderer, voting: VotingRoundSnapshot, person: PhoneCodeSnapshot
) -> list[Flowable]:
    """Whose slip it is, their code in large letters, and where to type it.

    The laptop's host and port are only known once the phones are served, so the slip
    leaves a line for them and prints the round's own part of the address.
    """
    part: list[Flowable] = [
        Spacer(1, 2),
        r.rich([(t("For "), ""), (person.name, "b")], "big"),
        r.rich([(t("Your phone code: "), ""), (shown_code(person.code), "b")], "title"),
        r.rich(
            [(t("Open on your phone: "), ""), (ADDRESS_LINE, ""), (voting.phone_path, "b")], "big"
        ),
        r.para(
            t(
                "On the room's Wi-Fi. The projector shows the start of the address to write "
                "on the line; then type your code."
            ),
            "small",
        ),
    ]
    if voting.secret:
        part += [
            r.para(t("Voting on paper instead? Cut off your name and code first."), "small"),
            CutLine("cut off your name"),
        ]
    return [*part, Spacer(1, 4)]


def _slip(
    r: Renderer,
    snapshot: WorkshopSnapshot,
    voting: VotingRoundSnapshot | None,
    number: int,
    count: int,
) -> list[Flowable]:
    about = ""
    if voting is not None:
        about = voting.title or (
            t("Key results for: {objective}", objective=voting.objective_text)
            if voting.objective_text
            else t("Objectives")
            if voting.subject == "objectives"
            else ""
        )
    heading = [(t("Ballot {number} of {count}", number=number, count=count), "b")]
    if snapshot.team or about:
        heading.append(("  ·  " + " · ".join(p for p in (snapshot.team, about) if p), ""))
    rows: list[list[Cell]]
    if voting is not None and voting.options:
        rows = [
            [r.para(str(place), "strong"), option.text, ""]
            for place, option in enumerate(voting.options, 1)
        ]
        header: list[Cell] = ["#", t("Option"), t("My votes")]
    else:
        votes = voting.votes_per_person if voting else DEFAULT_VOTES
        rows = [[r.para(str(line), "strong"), "", ""] for line in range(1, votes + 1)]
        header = ["", t("Option (its number or its words)"), t("My votes")]
    table = r.table(
        header,
        rows,
        [NUMBER_COLUMN, r.width - NUMBER_COLUMN - VOTES_COLUMN, VOTES_COLUMN],
        min_row_height=22,
    )
    return [r.rich(heading, "big"), r.para(_instructions(voting), "small"), Spacer(1, 4), table]
