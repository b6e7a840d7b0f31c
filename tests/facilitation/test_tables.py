"""Reading tables and planning what they add: hostile files, both languages, row problems.

Nothing here needs a database: the plans are made from plain views of a workshop.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from facilitation import tables
from facilitation.engine.base import ParticipantView
from facilitation.engine.okrs import KeyResultView, ObjectiveView
from facilitation.engine.scoring import PastKeyResultView, PastObjectiveView
from facilitation.tables import (
    MOST_ROWS,
    Percent,
    TableError,
    find_header,
    guess_kind,
    parse_number,
    plan_key_results,
    plan_last_cycle,
    plan_postits,
    read_table,
)
from tests.tables import workbook

PEOPLE = [
    ParticipantView(1, "Amara", "facilitator", False),
    ParticipantView(2, "Bruno", "sponsor", False),
]


def write(tmp_path: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def cells(path: Path) -> list[tuple[int, tuple[object, ...]]]:
    return [(row.number, row.cells) for row in read_table(path).rows]


# ---------------------------------------------------------------- reading CSV


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_any_common_delimiter_is_found_from_the_header(tmp_path: Path, delimiter: str) -> None:
    text = (
        delimiter.join(["Idea", "Colour"]) + "\n" + delimiter.join(["Ship weekly", "blue"]) + "\n"
    )
    assert cells(write(tmp_path, "ideas.csv", text)) == [
        (1, ("Idea", "Colour")),
        (2, ("Ship weekly", "blue")),
    ]


def test_a_table_of_one_column_keeps_the_commas_in_its_text(tmp_path: Path) -> None:
    path = write(
        tmp_path, "ideas.csv", "Idea\nFaster onboarding, fewer tickets\nCalm on-call; no pages\n"
    )
    plan = plan_postits(read_table(path), PEOPLE)
    assert [c.text for c in plan.cards] == [
        "Faster onboarding, fewer tickets",
        "Calm on-call; no pages",
    ]


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("cp1252", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
    ],
)
def test_utf8_with_or_without_bom_windows_1252_and_utf16_read_the_same(
    tmp_path: Path, encoding: str, prefix: bytes
) -> None:
    text = "Idee;Farbe\r\nSchöne Grüße – für alle;grün\r\n"
    path = write(tmp_path, "ideen.csv", prefix + text.encode(encoding))
    plan = plan_postits(read_table(path), PEOPLE)
    assert [(c.text, c.colour) for c in plan.cards] == [("Schöne Grüße – für alle", "green")]


def test_a_file_that_is_not_text_is_refused_in_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, "photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x81\x8d")
    with pytest.raises(TableError, match=r"^photo.csv is not a table: save it as CSV"):
        read_table(path)


def test_an_empty_file_and_a_missing_file_are_named(tmp_path: Path) -> None:
    with pytest.raises(TableError, match=r"empty\.csv is empty"):
        read_table(write(tmp_path, "empty.csv", " \n\n"))
    with pytest.raises(TableError, match=r"Cannot read gone\.csv"):
        read_table(tmp_path / "gone.csv")


def test_a_header_without_rows_plans_nothing_and_adds_nothing(tmp_path: Path) -> None:
    plan = plan_postits(read_table(write(tmp_path, "ideas.csv", "Idea;Colour\n")), PEOPLE)
    assert plan.cards == ()
    assert plan.bad_rows == ()
    assert plan.summary == "nothing"


def test_a_table_without_the_needed_column_names_what_it_found(tmp_path: Path) -> None:
    path = write(tmp_path, "scores.csv", "Thing,Value\nA,1\n")
    with pytest.raises(TableError) as raised:
        plan_last_cycle(read_table(path), [])
    assert str(raised.value) == (
        "scores.csv has no column called “Objective” or “Ziel”: the first row names the "
        "columns (this one reads: Thing, Value)."
    )


def test_a_huge_file_is_refused_with_the_limit(tmp_path: Path) -> None:
    text = "Idea\n" + "".join(f"Idea number {n}\n" for n in range(MOST_ROWS + 1))
    with pytest.raises(TableError, match=r"has more than 2,000 rows.*Split it"):
        read_table(write(tmp_path, "ideas.csv", text))
    just_enough = "Idea\n" + "".join(f"Idea number {n}\n" for n in range(MOST_ROWS))
    assert (
        len(plan_postits(read_table(write(tmp_path, "ok.csv", just_enough)), PEOPLE).cards)
        == MOST_ROWS
    )


def test_a_formula_in_csv_is_text_and_never_run(tmp_path: Path) -> None:
    path = write(tmp_path, "ideas.csv", 'Idea\n"=HYPERLINK(""http://x"",""y"")"\n=1+1\n')
    plan = plan_postits(read_table(path), PEOPLE)
    assert [c.text for c in plan.cards] == ['=HYPERLINK("http://x","y")', "=1+1"]


def test_ten_thousand_characters_fit_and_one_more_is_a_bad_row(tmp_path: Path) -> None:
    path = write(tmp_path, "ideas.csv", "Idea\n" + "a" * 10_000 + "\n" + "b" * 10_001 + "\n")
    plan = plan_postits(read_table(path), PEOPLE)
    assert [len(c.text) for c in plan.cards] == [10_000]
    assert [str(b) for b in plan.bad_rows] == [
        "Row 3: That is 10,001 characters: “Idea” takes at most 10,000. Shorten it, or keep "
        "the long text in the notes."
    ]


def test_a_cell_beyond_what_csv_reads_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "ideas.csv", "Idea\nShort\n" + "x" * 200_000 + "\n")
    with pytest.raises(TableError) as raised:
        read_table(path)
    assert str(raised.value) == (
        "ideas.csv, line 3: a cell holds more than 131,072 characters; a text takes at most 10,000."
    )


def test_a_title_above_the_header_is_passed_over_and_rows_keep_their_numbers(
    tmp_path: Path,
) -> None:
    text = "Ideas from the team\n\nIdea,Author\nShip weekly,amara\n,Bruno\nCalm on-call,Zoe\n"
    plan = plan_postits(read_table(write(tmp_path, "ideas.csv", text)), PEOPLE)
    assert [(c.text, c.author_id) for c in plan.cards] == [("Ship weekly", 1)]
    assert [str(b) for b in plan.bad_rows] == [
        "Row 5: “Idea” is empty.",
        "Row 6: “Zoe” is not a participant of this workshop: add them to the team first, "
        "or clear the cell.",
    ]


@pytest.mark.parametrize(
    "header",
    [
        "Key result",
        "KEY RESULT",
        " key_result ",
        "Key-Result",
        "Schlüsselergebnis",
        "SCHLUESSEL ERGEBNIS",
    ],
)
def test_headers_match_in_english_and_german_whatever_the_case_spacing_or_punctuation(
    tmp_path: Path, header: str
) -> None:
    path = write(tmp_path, "krs.csv", f"Ziel;{header}\nO;K\n")
    assert find_header(read_table(path), "key-results").indexes == {"objective": 0, "key_result": 1}


def test_columns_not_imported_are_listed(tmp_path: Path) -> None:
    path = write(tmp_path, "ideas.csv", "Idea,Votes,Idea,Farbe\nShip,3,again,gelb\n")
    plan = plan_postits(read_table(path), PEOPLE)
    assert plan.ignored_columns == ("Votes", "Idea")
    assert [(c.text, c.colour) for c in plan.cards] == [("Ship", "yellow")]


def test_post_it_words_in_both_languages_and_a_wrong_one_named(tmp_path: Path) -> None:
    text = "Post-it;Art;Farbe\nA;Schlüsselergebnis;Blau\nB;objective;PURPLE\nC;Ziel;mauve\n"
    plan = plan_postits(read_table(write(tmp_path, "p.csv", text)), PEOPLE)
    assert [(c.text, c.kind, c.colour) for c in plan.cards] == [
        ("A", "key_result", "blue"),
        ("B", "objective", "purple"),
    ]
    assert str(plan.bad_rows[0]) == (
        "Row 4: “mauve” in “Farbe” is not one of: yellow/gelb, pink/rosa, blue/blau, "
        "green/grün, orange, purple/lila."
    )


def test_a_xlsx_named_file_that_is_really_csv_is_read_as_csv(tmp_path: Path) -> None:
    path = write(tmp_path, "ideas.xlsx", "Idea\nShip weekly\n")
    assert [c.text for c in plan_postits(read_table(path), PEOPLE).cards] == ["Ship weekly"]


# ---------------------------------------------------------------- reading XLSX


def test_a_workbook_gives_values_percent_and_dates(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Objective", "Key result", "Score", "Note"])
    sheet.append(["Grow", "Signups", 0.7, dt.date(2027, 3, 31)])
    sheet["C2"].number_format = "0%"
    sheet.append(["Grow", "Churn", 0.5, 12.5])
    path = tmp_path / "scores.xlsx"
    book.save(path)
    plan = plan_last_cycle(read_table(path), [])
    [objective] = plan.past_objectives
    assert [(k.text, k.score, k.note) for k in objective.key_results] == [
        ("Signups", 0.7, "2027-03-31"),
        ("Churn", 0.5, "12.5"),
    ]


def test_a_formula_gives_the_value_last_calculated_and_runs_nothing(tmp_path: Path) -> None:
    path = workbook(
        tmp_path, [["Objective", "Key result", "Score"], ["Grow", "Signups", "=0.5+0.2"]]
    )
    calculated = tmp_path / "calculated.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(calculated, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<f>0.5+0.2</f><v />", b"<f>0.5+0.2</f><v>0.7</v>")
            target.writestr(item, data)
    assert (
        plan_last_cycle(read_table(calculated), []).past_objectives[0].key_results[0].score == 0.7
    )
    never_calculated = plan_last_cycle(read_table(path), [])
    assert never_calculated.past_objectives[0].key_results[0].score is None


def test_merged_objective_cells_carry_the_objective_down(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ziel", "Schlüsselergebnis", "Bewertung"])
    sheet.append(["Kunden begeistern", "NPS über 40", "0,7"])
    sheet.append([None, "Antwortzeit unter 2 h", "1"])
    sheet.append([None, "Churn halbiert", "40 %"])
    sheet.merge_cells("A2:A4")
    path = tmp_path / "letzter-zyklus.xlsx"
    book.save(path)
    plan = plan_last_cycle(read_table(path), [])
    [objective] = plan.past_objectives
    assert objective.text == "Kunden begeistern"
    assert [(k.text, k.score) for k in objective.key_results] == [
        ("NPS über 40", 0.7),
        ("Antwortzeit unter 2 h", 1.0),
        ("Churn halbiert", 0.4),
    ]


def test_spreadsheet_errors_and_dates_in_number_columns_are_bad_rows(tmp_path: Path) -> None:
    path = workbook(
        tmp_path,
        [
            ["Objective", "Key result", "Baseline", "Target"],
            ["Grow", "Signups", dt.datetime(2027, 1, 4), 10],
            ["Grow", "Churn", "#DIV/0!", 10],
        ],
    )
    plan = plan_key_results(read_table(path), [])
    assert [str(b) for b in plan.bad_rows] == [
        "Row 2: “Baseline” holds a date or time, not a number.",
        "Row 3: “Baseline” shows the spreadsheet error #DIV/0!.",
    ]


def test_a_damaged_workbook_is_refused_in_one_line(tmp_path: Path) -> None:
    good = workbook(tmp_path, [["Idea"], ["Ship"]]).read_bytes()
    for name, data in (
        ("cut.xlsx", good[: len(good) // 2]),
        ("junk.xlsx", b"PK\x03\x04" + b"\x00" * 64),
    ):
        with pytest.raises(TableError, match=rf"^{name} is not a readable XLSX workbook"):
            read_table(write(tmp_path, name, data))


def test_an_old_xls_and_an_opendocument_sheet_say_how_to_save_them(tmp_path: Path) -> None:
    with pytest.raises(TableError, match=r"old Excel file \(.xls\): save it as .xlsx or .csv"):
        read_table(write(tmp_path, "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(TableError, match=r"OpenDocument spreadsheet: save it as \.xlsx"):
        read_table(write(tmp_path, "calc.ods", buffer.getvalue()))


def test_a_sheet_formatted_far_below_its_data_ends_at_the_data(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Idea"])
    sheet.append(["Ship"])
    sheet["A100000"] = None
    sheet["A100000"].number_format = "0%"
    path = tmp_path / "formatted.xlsx"
    book.save(path)
    assert [c.text for c in plan_postits(read_table(path), PEOPLE).cards] == ["Ship"]


def test_the_first_sheet_with_the_columns_is_read(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    cover = book.active
    assert cover is not None
    cover.append(["Workshop, March"])
    ideas = book.create_sheet("Ideas")
    ideas.append(["Idea"])
    ideas.append(["Ship weekly"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    assert [c.text for c in plan_postits(read_table(path), PEOPLE).cards] == ["Ship weekly"]
    book.move_sheet("Ideas", offset=-1)
    book.active = 1
    book.save(path)
    assert [c.text for c in plan_postits(read_table(path), PEOPLE).cards] == ["Ship weekly"]


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "decimal_comma", "value"),
    [
        ("0.7", False, 0.7),
        ("0,7", False, 0.7),
        ("0,7", True, 0.7),
        ("1,200", False, 1200.0),
        ("1,200", True, 1.2),
        ("1.200", True, 1200.0),
        ("1.200", False, 1.2),
        ("1,234.5", False, 1234.5),
        ("1.234,5", False, 1234.5),
        ("12 000", True, 12000.0),
        ("-3", False, -3.0),
        ("−3,5", True, -3.5),
        ("1,234,567", False, 1234567.0),
    ],
)
def test_numbers_with_a_decimal_comma_or_point(
    text: str, decimal_comma: bool, value: float
) -> None:
    assert parse_number(text, decimal_comma=decimal_comma) == pytest.approx(value)


def test_percent_signs_and_numbers_that_are_not() -> None:
    assert parse_number("70 %") == Percent(70.0)
    assert parse_number("12,5%") == Percent(12.5)
    for text in ("abc", "1,2,3.4.5", "12..5", "", "1e999", "12,34,5"):
        with pytest.raises(tables.RuleError, match="is not a number"):
            parse_number(text)


def test_the_file_decides_what_a_lone_1200_means(tmp_path: Path) -> None:
    header = "Objective;Key result;Baseline;Target\n"
    german = write(tmp_path, "de.csv", header + "O;Besucher;1.200;2.500\nO;Quote;0,4;0,6\n")
    english = write(tmp_path, "en.csv", header.replace(";", ",") + 'O,Visits,"1,200","2,500"\n')
    assert [
        (k.baseline, k.target)
        for k in plan_key_results(read_table(german), []).objectives[0].key_results
    ] == [
        (1200.0, 2500.0),
        (0.4, 0.6),
    ]
    assert plan_key_results(read_table(english), []).objectives[0].key_results[0].target == 2500.0


# ---------------------------------------------------------------- last cycle


def test_last_cycle_scores_with_row_problems(tmp_path: Path) -> None:
    text = (
        "Objective,Key result,Score,Note\n"
        'Delight customers,NPS above 40,"0,7",close\n'
        ",Reply within 2 h,110%,\n"
        ",Halve churn,0.75,\n"
        "Ship faster,Deploy daily,70%,\n"
        ",,0.3,\n"
        "Delight customers,NPS above 40,0.2,\n"
    )
    plan = plan_last_cycle(read_table(write(tmp_path, "scores.csv", text)), [])
    assert [
        (o.text, [(k.text, k.score, k.note) for k in o.key_results]) for o in plan.past_objectives
    ] == [
        ("Delight customers", [("NPS above 40", 0.7, "close")]),
        ("Ship faster", [("Deploy daily", 0.7, "")]),
    ]
    assert [str(b) for b in plan.bad_rows] == [
        "Row 3: Score a key result from 0.0 to 1.0 in steps of 0.1.",
        "Row 4: Score a key result from 0.0 to 1.0 in steps of 0.1.",
        "Row 6: It has a score but no key result: fill in “Key result”.",
        "Row 7: “NPS above 40” is already in row 2 under “Delight customers”.",
    ]
    assert plan.summary == "2 objectives, 2 key results"


def test_last_cycle_rows_join_objectives_already_there(tmp_path: Path) -> None:
    here = [
        PastObjectiveView(
            7,
            "Delight customers",
            None,
            None,
            (PastKeyResultView(9, "NPS above 40", None, "", None),),
        )
    ]
    text = "Objective;Key result\ndelight  CUSTOMERS;NPS above 40\nDelight customers;Halve churn\n"
    plan = plan_last_cycle(read_table(write(tmp_path, "s.csv", text)), here)
    assert [(o.existing_id, [k.text for k in o.key_results]) for o in plan.past_objectives] == [
        (7, ["Halve churn"])
    ]
    assert [str(b) for b in plan.bad_rows] == [
        "Row 2: “NPS above 40” is already here under “delight CUSTOMERS”."
    ]
    assert plan.summary == "1 key result"


def test_a_bad_objective_row_makes_the_rows_under_it_bad_too(tmp_path: Path) -> None:
    text = "Objective,Key result\n" + "x" * 10_001 + ",A\n,B\nGood,C\n"
    plan = plan_last_cycle(read_table(write(tmp_path, "s.csv", text)), [])
    assert [b.row for b in plan.bad_rows] == [2, 3]
    assert (
        str(plan.bad_rows[1]) == "Row 3: It belongs to the objective of row 2, which has a problem."
    )
    assert [o.text for o in plan.past_objectives] == ["Good"]


# ---------------------------------------------------------------- key results


def objective(number: int, text: str, *krs: str) -> ObjectiveView:
    views = tuple(
        KeyResultView(
            100 + i,
            number,
            t,
            None,
            None,
            "",
            "",
            "",
            "",
            "",
            0,
            0,
            "",
            0,
            0,
            None,
            False,
            None,
            "",
            "",
            "",
            "",
            (),
        )
        for i, t in enumerate(krs)
    )
    return ObjectiveView(number * 10, text, "", None, "draft", None, views, number)


def test_key_results_go_under_objectives_by_text_or_number_or_a_new_one(tmp_path: Path) -> None:
    text = (
        "Ziel;Warum;Schlüsselergebnis;Ausgangswert;Zielwert;Einheit;Messmethode;Datenquelle\n"
        "1;;Besucher pro Woche;1.200;2.500;Besucher;Webanalyse;Matomo\n"
        "kunden begeistern;;Antwortquote;40 %;60 %;;Umfrage;\n"
        "Schneller liefern;Weil Kunden warten;Deploys pro Tag;1;5;;;\n"
        ";;Durchlaufzeit;10;2;Tage;;\n"
        "7;;Nichts;;;;;\n"
        "1;;Besucher pro Woche;;;;;\n"
    )
    here = [objective(1, "Mehr Reichweite"), objective(2, "Kunden begeistern", "NPS über 40")]
    plan = plan_key_results(read_table(write(tmp_path, "krs.csv", text)), here)
    added = [
        (
            o.existing_id,
            o.text,
            o.why_it_matters,
            [(k.text, k.baseline, k.target, k.unit) for k in o.key_results],
        )
        for o in plan.objectives
    ]
    assert added == [
        (10, "Mehr Reichweite", "", [("Besucher pro Woche", 1200.0, 2500.0, "Besucher")]),
        (20, "Kunden begeistern", "", [("Antwortquote", 40.0, 60.0, "%")]),
        (
            None,
            "Schneller liefern",
            "Weil Kunden warten",
            [("Deploys pro Tag", 1.0, 5.0, ""), ("Durchlaufzeit", 10.0, 2.0, "Tage")],
        ),
    ]
    assert [str(b) for b in plan.bad_rows] == [
        "Row 6: There is no objective 7 in this workshop.",
        "Row 7: “Besucher pro Woche” is already in row 2 as a key result of “Mehr Reichweite”.",
    ]
    assert plan.summary == "1 objective, 4 key results"
    assert plan.preview[0] == (
        2,
        (
            "1. Mehr Reichweite",
            "Besucher pro Woche",
            "1200",
            "2500",
            "Besucher",
            "Webanalyse",
            "Matomo",
        ),
    )
    assert plan.preview[2][1][0] == "Schneller liefern (new)"


@pytest.mark.parametrize("header", ["Champion", "Verantwortlich", "verantwortliche", "KR-Owner"])
def test_a_champion_column_names_a_participant_or_is_the_row_problem(
    tmp_path: Path, header: str
) -> None:
    text = (
        f"Ziel;Schlüsselergebnis;{header}\n"
        "1;Besucher pro Woche;  bruno \n"
        "1;Antwortquote;\n"
        "1;Deploys pro Tag;Zoe\n"
    )
    plan = plan_key_results(
        read_table(write(tmp_path, "krs.csv", text)),
        [objective(1, "Mehr Reichweite")],
        None,
        PEOPLE,
    )
    assert [(k.text, k.champion_id) for k in plan.objectives[0].key_results] == [
        ("Besucher pro Woche", 2),
        ("Antwortquote", None),
    ]
    assert [str(b) for b in plan.bad_rows] == [
        "Row 4: “Zoe” is not a participant of this workshop: add them to the team first, "
        "or clear the cell."
    ]
    assert plan.headings[-1] == "Champion"
    assert [cells[-1] for _number, cells in plan.preview] == ["Bruno", ""]


def test_key_results_without_an_objective_column_go_to_the_chosen_objective(tmp_path: Path) -> None:
    path = write(tmp_path, "krs.csv", "Key result,Target\nSignups,500\n")
    with pytest.raises(TableError, match="has no column called “Objective” or “Ziel”"):
        plan_key_results(read_table(path), [objective(1, "Grow")])
    plan = plan_key_results(read_table(path), [objective(1, "Grow")], into=10)
    assert [(o.existing_id, [k.target for k in o.key_results]) for o in plan.objectives] == [
        (10, [500.0])
    ]


def test_the_kind_is_guessed_from_the_columns(tmp_path: Path) -> None:
    def kind(header: str) -> str:
        return guess_kind(read_table(write(tmp_path, "t.csv", header + "\nx\n")))

    assert kind("Idea,Colour") == "postits"
    assert kind("Objective,Key result,Score") == "last-cycle"
    assert kind("Ziel;Schlüsselergebnis") == "key-results"
    assert kind("Key result;Zielwert") == "key-results"
    assert kind("Objective") == "postits"


def test_mangled_files_are_read_or_refused_in_one_line(tmp_path: Path) -> None:
    """Bytes flipped, cut or repeated anywhere in a workbook or a CSV file: never a crash."""
    import random

    chance = random.Random(18)
    book = workbook(tmp_path, [["Objective", "Key result", "Score"], ["Grow", "Signups", 0.7]])
    originals = [book.read_bytes(), "Ziel;Schlüsselergebnis;Bewertung\nA;B;0,7\n".encode()]
    for attempt in range(120):
        data = bytearray(chance.choice(originals))
        for _ in range(chance.randint(1, 8)):
            if not data:
                break
            at = chance.randrange(len(data))
            if chance.random() < 0.5:
                data[at] = chance.randrange(256)
            else:
                del data[at : at + chance.randint(1, 400)]
        path = write(tmp_path, f"mangled-{attempt}.xlsx", bytes(data))
        try:
            plan_last_cycle(read_table(path), [])
        except TableError as error:
            assert "\n" not in str(error)
            assert str(error).startswith(f"mangled-{attempt}.xlsx")
