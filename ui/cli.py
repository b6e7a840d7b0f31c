"""The ``okr-workshop`` command.

Alone it opens the window. The subcommands work without a display and never
import Qt, so they run on a server or in a script.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from exports.names import SHEET_NAMES
from exports.paper import default_paper
from facilitation.rules import RuleError
from facilitation.templates import UnknownTemplate, template_names
from facilitation.workshops import ROLES, new_workshop
from workshop import commands, interchange, paths
from workshop.snapshot import blank_snapshot, load_snapshot
from workshop.store import Store, StoreError, open_store

EXIT_USAGE = 2


class CommandFailed(Exception):
    """Ends a subcommand with one line on stderr and exit status 2."""


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
    db_help = f"the workshop file, or a SQLAlchemy URL (default: {paths.default_store_path()})"
    parser = argparse.ArgumentParser(
        prog="okr-workshop",
        description="Run an OKR-setting workshop on one laptop and a projector. "
        "Without a subcommand, opens the window.",
    )
    parser.add_argument("--db", help=db_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = sub.add_parser("list", help="list the workshops in the file")
    listing.add_argument("--db", help=db_help, default=argparse.SUPPRESS)

    create = sub.add_parser("create", help="create a workshop from an agenda template")
    create.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    create.add_argument("--team", required=True, help="the team's name")
    create.add_argument(
        "--template", default="executive", help=f"one of: {', '.join(template_names())}"
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

    export_json = sub.add_parser("export-json", help="write a workshop as an okr-workshop/1 file")
    export_json.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    export_json.add_argument("--workshop", type=int, required=True, help="the workshop's id")
    export_json.add_argument("--out", default="-", help="the JSON file to write (- for stdout)")

    import_json = sub.add_parser("import-json", help="add a workshop from an okr-workshop/1 file")
    import_json.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
    import_json.add_argument("file", help="the JSON file to read (- for stdin)")

    export = sub.add_parser(
        "export",
        help="print the workshop's sheets as PDF files",
        description="Write printable PDF sheets, filled from a workshop or blank for a paper "
        "workshop, and print the paths of the files written.",
    )
    export.add_argument("--db", help=db_help, default=argparse.SUPPRESS)
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
        help=f"paper size (default: from your locale, here {default_paper().name})",
    )
    export.add_argument("--out", required=True, help="the folder to write the PDF files into")
    return parser


def _open(location: str | None) -> Store:
    target: str | Path = location or paths.default_store_path()
    try:
        return open_store(target)
    except StoreError as error:
        raise CommandFailed(str(error)) from error


def _run_list(store: Store) -> None:
    summaries = commands.list_workshops(store)
    if not summaries:
        print(f"No workshops yet in {store.location}.")
        print("Create one with: okr-workshop create --team NAME")
        return
    for s in summaries:
        where = s.current_step_title or "not started"
        cycle = f" · {s.cycle_label}" if s.cycle_label else ""
        progress = f"{s.steps_done}/{s.steps_total} steps"
        print(f"{s.id:>4}  {s.team}{cycle} · {s.template} · {progress} · {where}")


def _run_create(store: Store, args: argparse.Namespace) -> None:
    try:
        workshop_id = new_workshop(
            store,
            args.team,
            args.template,
            mission=args.mission,
            cycle_label=args.cycle,
            cycle_start=args.start,
            cycle_end=args.end,
            participants=args.participant,
        )
    except (RuleError, UnknownTemplate) as error:
        raise CommandFailed(str(error)) from error
    print(f"Created workshop {workshop_id} for {args.team.strip()} in {store.location}")


def _run_export_json(store: Store, args: argparse.Namespace) -> None:
    try:
        document = interchange.export_workshop(store, args.workshop)
    except interchange.InterchangeError as error:
        raise CommandFailed(str(error)) from error
    text = interchange.dumps(document)
    if args.out == "-":
        sys.stdout.write(text)
        return
    out = Path(args.out)
    partial = out.with_name(out.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise CommandFailed(f"Cannot write {out}: {error.strerror or error}.") from error
    print(out)


def _run_import_json(store: Store, args: argparse.Namespace) -> None:
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandFailed(f"Cannot read {args.file}: {error}") from error
    try:
        workshop_id = interchange.import_workshop(store, interchange.loads(text))
    except interchange.InterchangeError as error:
        raise CommandFailed(f"{args.file}: {error}") from error
    print(f"Imported workshop {workshop_id} into {store.location}")


def _run_export(store: Store | None, args: argparse.Namespace) -> None:
    # ReportLab is imported only to export.
    from exports.errors import ExportError
    from exports.writer import export_sheets

    if store is None:
        snapshot = blank_snapshot()
    else:
        try:
            snapshot = load_snapshot(store, args.workshop)
        except commands.NotFound as error:
            raise CommandFailed(f"{error} See the workshops with: okr-workshop list") from error
    try:
        paths = export_sheets(
            snapshot, args.sheets, args.paper or default_paper(), args.out, blank=args.blank
        )
    except ExportError as error:
        raise CommandFailed(str(error)) from error
    for path in paths:
        print(path)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_app  # Qt is imported only to open the window.

        return run_app(args.db)
    try:
        if args.command == "export" and args.workshop is None:
            if not args.blank:
                raise CommandFailed(
                    "Say which workshop to print with --workshop ID (see: okr-workshop list), "
                    "or print empty templates with --blank."
                )
            _run_export(None, args)
            return 0
        store = _open(args.db)
        try:
            if args.command == "list":
                _run_list(store)
            elif args.command == "create":
                _run_create(store, args)
            elif args.command == "export-json":
                _run_export_json(store, args)
            elif args.command == "import-json":
                _run_import_json(store, args)
            elif args.command == "export":
                _run_export(store, args)
        finally:
            store.close()
    except (CommandFailed, StoreError) as error:
        print(f"okr-workshop: {error}", file=sys.stderr)
        return EXIT_USAGE
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
