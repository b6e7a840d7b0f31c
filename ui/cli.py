"""The ``okr-workshop`` command.

Alone it opens the window. The subcommands work without a display and never
import Qt, so they run on a server or in a script. This module imports only what
the command line itself needs: opening the window must not wait for the database
layer or the PDF library, which ``ui.cli_commands`` loads for the subcommands.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Mapping, Sequence

import resources
from exports.language import LANGUAGES
from exports.names import OKR_FORMATS, SHEET_NAMES
from facilitation.templates import template_names
from workshop import paths

EXIT_USAGE = 2
ROLES = tuple(resources.vocabulary()["roles"])


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2027-01-04") from error


def _participant(text: str) -> tuple[str, str]:
    name, _, role = text.rpartition(":")
    if not name:
        return text.strip(), "contributor"
    role = role.strip().lower().replace(" ", "_").replace("-", "_")
    if role not in ROLES:
        raise argparse.ArgumentTypeError(f"{role!r} is not a role; roles: {', '.join(ROLES)}")
    return name.strip(), role


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="okr-workshop",
        description="Run an OKR-setting workshop on one laptop and a projector. "
        "Without a subcommand, opens the window.",
    )
    parser.add_argument("--db", help=_db_help())
    parser.add_argument(
        "--workshop",
        type=int,
        metavar="ID",
        help="open this workshop's cockpit at once (its id, as `list` shows it)",
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help="the window's language (default: the one chosen in its View menu, else the "
        "system's); with create, the language of the agenda's step titles",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _command(sub, "list", "list the workshops in the file", workshop=False)
    _add_create(sub)
    export_json = _command(sub, "export-json", "write a workshop as an okr-workshop/1 file")
    export_json.add_argument("--out", default="-", help="the JSON file to write (- for stdout)")
    import_json = _command(
        sub, "import-json", "add a workshop from an okr-workshop/1 file", workshop=False
    )
    import_json.add_argument("file", help="the JSON file to read (- for stdin)")
    _add_export(sub)
    _add_export_okrs(sub)
    _add_vote_room(sub)
    _add_cycle_commands(sub)
    _add_import_table(sub)
    return parser


def _db_help() -> str:
    return f"the workshop file, or a SQLAlchemy URL (default: {paths.default_store_path()})"


def _command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    summary: str,
    description: str | None = None,
    workshop: bool = True,
) -> argparse.ArgumentParser:
    """A subcommand with the arguments most of them share: ``--db``, and a required
    ``--workshop ID`` unless ``workshop`` is false."""
    command = sub.add_parser(name, help=summary, description=description)
    command.add_argument("--db", help=_db_help(), default=argparse.SUPPRESS)
    if workshop:
        command.add_argument("--workshop", type=int, required=True, help="the workshop's id")
    return command


def _add_language(parser: argparse.ArgumentParser, written: str) -> None:
    languages = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
    parser.add_argument(
        "--language",
        choices=tuple(LANGUAGES),
        default="en",
        metavar="CODE",
        help=f"the language of {written}: {languages} (default: en)",
    )


def _add_create(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    create = _command(sub, "create", "create a workshop from an agenda template", workshop=False)
    create.add_argument("--team", required=True, help="the team's name")
    create.add_argument(
        "--template", default="executive", help=f"one of: {', '.join(template_names())}"
    )
    create.add_argument(
        "--language",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="the language of the agenda's step titles (default: en)",
    )
    create.add_argument("--mission", default="", help="the team's mission")
    create.add_argument("--cycle", default="", help="the cycle's label, e.g. 'Q1 2027'")
    create.add_argument("--start", type=_date, help="first day of the cycle (YYYY-MM-DD)")
    create.add_argument("--end", type=_date, help="last day of the cycle (YYYY-MM-DD)")
    create.add_argument(
        "--participant",
        action="append",
        default=[],
        type=_participant,
        metavar="NAME[:ROLE]",
        help=f"a participant; ROLE is one of {', '.join(ROLES)} (repeat for each person)",
    )


def _add_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = _command(
        sub,
        "export",
        "print the workshop's sheets as PDF files",
        "Write printable PDF sheets, filled from a workshop or blank for a paper workshop, and "
        "print the paths of the files written.",
        workshop=False,
    )
    export.add_argument(
        "--workshop",
        type=int,
        help="the workshop's id (see: okr-workshop list); optional with --blank",
    )
    export.add_argument(
        "--sheets",
        default="all",
        help=f"all, or a comma-separated list of: {', '.join(SHEET_NAMES)} (default: all)",
    )
    export.add_argument("--blank", action="store_true", help="empty templates to fill in by hand")
    export.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default=None,
        help="paper size (default: from your locale)",
    )
    export.add_argument("--out", required=True, help="the folder to write the PDF files into")
    _add_language(export, "the sheets")


def _add_export_okrs(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export_okrs = _command(
        sub,
        "export-okrs",
        "write the workshop's OKRs for a wiki, a tracker or a spreadsheet",
        "Write the final OKRs (objectives, why they matter, key results from baseline to "
        "target, champions, initiatives, the communications plan) as Markdown for a wiki, CSV "
        "with one row per key result for Jira or a spreadsheet, or a standalone HTML page; "
        "prints the path of the file written.",
    )
    export_okrs.add_argument(
        "--format", required=True, choices=OKR_FORMATS, help=" or ".join(OKR_FORMATS)
    )
    export_okrs.add_argument(
        "--out", required=True, help="the file to write, or a folder to write it into"
    )
    _add_language(export_okrs, "the file")


def _add_vote_room(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    vote_room = _command(
        sub,
        "vote-room",
        "let the room vote on an open round from their phones, without a window",
        "Serve an open voting round to the phones on this network. The first line printed is "
        "the address to open on a phone; it runs until the round is closed (in the app or with "
        "Ctrl+C here).",
    )
    vote_room.add_argument("--round", type=int, required=True, help="the open round's id")
    vote_room.add_argument(
        "--host", help="the address phones reach this computer at (default: its Wi-Fi address)"
    )
    vote_room.add_argument(
        "--port", type=int, default=0, help="the port (default: 8765, or a free one)"
    )
    vote_room.add_argument(
        "--codes",
        action="store_true",
        help="people type a printed code instead of picking their name; prints the codes",
    )


def _add_cycle_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The subcommands of the weeks after the workshop: check-ins and the next cycle."""
    check_in = _command(
        sub,
        "check-in",
        "record one week's confidence for one key result",
        "Record a key result's confidence (1, 0.7, 0.4 or 0) for a week of the cycle, with its "
        "actual value and a note. Recording the same week again replaces it.",
    )
    check_in.add_argument("--week", type=int, required=True, help="the week of the cycle, 1 to 12")
    check_in.add_argument(
        "--kr",
        required=True,
        metavar="O.K",
        help="the key result as the sheets number it, e.g. 2.1",
    )
    check_in.add_argument("--confidence", type=float, required=True, help="1, 0.7, 0.4 or 0")
    check_in.add_argument("--actual", default="", metavar="VALUE", help="this week's actual value")
    check_in.add_argument("--note", default="", help="a short note")

    _command(sub, "check-ins", "the table of weeks: each key result's confidence so far")

    next_cycle = _command(
        sub,
        "next-cycle",
        "start the next workshop from this cycle's scores and lessons",
        "Create the team's next workshop with this cycle's OKRs and scores in its Score step and "
        "the review's lessons in its retrospective; prints the new id.",
    )
    next_cycle.add_argument(
        "--cycle",
        metavar="LABEL",
        help="the new cycle's label (default: the next one, e.g. Q3 2027)",
    )


def _add_import_table(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    import_table = _command(
        sub,
        "import-table",
        "add post-its, last cycle's scores or key results from a CSV or XLSX table",
        "Add the rows of a spreadsheet (CSV or XLSX) to a workshop, as one action. The first row "
        "names the columns, in English or German (see the README). If any row has a problem, "
        "each is named with its row number and nothing is added, unless --add-good-rows says to "
        "add the others. A key result's champion (and a post-it's author) is one of the "
        "workshop's participants, by name.",
    )
    import_table.add_argument(
        "--as",
        dest="kind",
        required=True,
        choices=("postits", "last-cycle", "key-results"),
        help="what the rows are: post-its, last cycle's objectives and scores, or key results",
    )
    import_table.add_argument(
        "--add-good-rows",
        action="store_true",
        help="add the rows without a problem and leave out the others",
    )
    import_table.add_argument("file", help="the CSV or XLSX file to read")


def missing_display(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str:
    """Why the window cannot open here, in one line; empty when it can.

    On Linux without a display Qt would abort with a long message about plugins.
    """
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return ""
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "okr-workshop: there is no screen to open the window on (no DISPLAY). Run it on a "
        "desktop; the subcommands (list, create, export, ...) work without one."
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        missing = missing_display()
        if not missing:
            from ui.platform_check import platform_problem

            missing = platform_problem()
        if missing:
            print(missing, file=sys.stderr)
            return EXIT_USAGE
        from ui.app import run_app  # Qt is imported only to open the window.

        return run_app(args.db, args.language, args.workshop)
    from ui.cli_commands import run

    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
