"""What the ``okr-workshop`` subcommands do: open the store, act, print one line.

Loaded only for a subcommand, so opening the window never waits for it.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable
from pathlib import Path

from facilitation import imports
from facilitation.engine import WorkshopEngine
from facilitation.engine.cycle import CycleEngine
from facilitation.rules import RuleError
from facilitation.scoring import WEEKS_IN_CYCLE
from facilitation.templates import UnknownTemplate
from facilitation.workshops import new_workshop
from ui.text import elided
from workshop import commands, interchange, paths
from workshop.snapshot import WorkshopSnapshot, blank_snapshot, load_snapshot
from workshop.store import Store, StoreError, open_store

EXIT_USAGE = 2
EXIT_SOME_FAILED = 1


class CommandFailed(Exception):
    """Ends a subcommand with one line on stderr and exit status 2."""


class PartlyDone(Exception):
    """Ends a subcommand that did part of its work: one line per failure, exit status 1."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def run(args: argparse.Namespace) -> int:
    """Run the subcommand the arguments name; returns the exit status."""
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
            SUBCOMMANDS[args.command](store, args)
        finally:
            store.close()
    except (CommandFailed, StoreError) as error:
        print(f"okr-workshop: {error}", file=sys.stderr)
        return EXIT_USAGE
    except PartlyDone as error:
        for line in error.lines:
            print(f"okr-workshop: {line}", file=sys.stderr)
        return EXIT_SOME_FAILED
    return 0


def _open(location: str | None) -> Store:
    target: str | Path = location or paths.default_store_path()
    try:
        return open_store(target)
    except StoreError as error:
        raise CommandFailed(str(error)) from error


def _require_workshop(store: Store, workshop_id: int) -> None:
    if not commands.workshop_exists(store, workshop_id):
        raise CommandFailed(
            f"There is no workshop {workshop_id} in {store.location}. "
            "See the workshops with: okr-workshop list"
        )


def _snapshot(store: Store, workshop_id: int) -> WorkshopSnapshot:
    try:
        return load_snapshot(store, workshop_id)
    except commands.NotFound as error:
        raise CommandFailed(f"{error} See the workshops with: okr-workshop list") from error


def _run_list(store: Store, args: argparse.Namespace) -> None:
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
            language=getattr(args, "language", None) or "en",
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
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise CommandFailed(
            f"Cannot write {out}: {error.strerror or error}. Choose a folder you can write to."
        ) from error
    print(out)


def _run_import_json(store: Store, args: argparse.Namespace) -> None:
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandFailed(f"Cannot read {args.file}: {error}") from error
    try:
        workshop_id = imports.import_text(store, text)
    except interchange.InterchangeError as error:
        raise CommandFailed(f"{args.file}: {error}") from error
    print(f"Imported workshop {workshop_id} into {store.location}")


def _run_export(store: Store | None, args: argparse.Namespace) -> None:
    # ReportLab is imported only to export.
    from exports.errors import ExportError
    from exports.paper import default_paper
    from exports.writer import SheetsFailed, export_sheets

    snapshot = blank_snapshot() if store is None else _snapshot(store, args.workshop)
    try:
        paths = export_sheets(
            snapshot,
            args.sheets,
            args.paper or default_paper(),
            args.out,
            blank=args.blank,
            language=args.language,
        )
    except SheetsFailed as failed:
        for path in failed.written:
            print(path)
        raise PartlyDone(
            [f"{f.title} was not written: {f.reason}." for f in failed.failures]
        ) from failed
    except ExportError as error:
        raise CommandFailed(str(error)) from error
    for path in paths:
        print(path)


def _run_export_okrs(store: Store, args: argparse.Namespace) -> None:
    from exports.errors import ExportError
    from exports.okr_text import export_okrs

    snapshot = _snapshot(store, args.workshop)
    try:
        print(export_okrs(snapshot, args.format, args.out, language=args.language))
    except ExportError as error:
        raise CommandFailed(str(error)) from error


def _run_vote_room(store: Store, args: argparse.Namespace) -> None:
    from facilitation.engine.phones import PhoneEngine
    from okr_rules.phone_codes import shown_code
    from ui.phones.network import lan_addresses
    from ui.phones.server import PhoneServer, PhoneServerError

    _require_workshop(store, args.workshop)
    engine = PhoneEngine(store, args.workshop)
    rounds = engine.voting.rounds()
    if args.round not in {r.id for r in rounds}:
        open_ones = ", ".join(f"{r.id}" for r in rounds if r.is_open) or "none"
        raise CommandFailed(
            f"Workshop {args.workshop} has no round {args.round}. Its open rounds: {open_ones}."
        )
    server = PhoneServer(
        store,
        args.workshop,
        args.round,
        host=args.host or lan_addresses()[0],
        port=args.port or None,
    )
    try:
        address = server.start(codes_only=args.codes)
    except PhoneServerError as error:
        raise CommandFailed(str(error)) from error
    try:
        print(address, flush=True)
        if args.codes:
            for person in engine.room(args.round):
                print(f"{shown_code(person.code)}  {person.name}", flush=True)
        while not server.stopped.wait(0.5):
            pass
        print("The round is closed: phone voting has stopped.", flush=True)
    except KeyboardInterrupt:
        print("Phone voting stopped.", flush=True)
    finally:
        server.stop()


def _cycle(store: Store, workshop_id: int) -> CycleEngine:
    _require_workshop(store, workshop_id)
    return WorkshopEngine(store, workshop_id).cycle


def _run_check_in(store: Store, args: argparse.Namespace) -> None:
    cycle = _cycle(store, args.workshop)
    try:
        kr = cycle.key_result(args.kr)
        old = kr.checkins.get(args.week)
        cycle.check_in(kr.id, args.week, args.confidence, args.actual, args.note)
    except RuleError as error:
        raise CommandFailed(str(error)) from error
    actual = f", actual {args.actual.strip()}" if args.actual.strip() else ""
    was = "" if old is None else f" (was {confidence_text(old.confidence)})"
    print(
        f"Week {args.week}, KR {kr.number} {elided(kr.text, 50)}: "
        f"confidence {confidence_text(args.confidence)}{actual}{was}"
    )


def _run_check_ins(store: Store, args: argparse.Namespace) -> None:
    cycle = _cycle(store, args.workshop)
    objectives = cycle.objectives()
    if not any(o.key_results for o in objectives):
        print("This workshop has no key results yet to check in on.")
        return
    weeks = range(1, WEEKS_IN_CYCLE + 1)
    print(f"{'KR':<5} {'key result':<40} " + " ".join(f"{f'W{w}':>4}" for w in weeks) + "  actual")
    for objective in objectives:
        print(f"Objective {objective.number}: {elided(objective.text, 80)}")
        for kr in objective.key_results:
            cells = []
            for week in weeks:
                entry = kr.checkins.get(week)
                cells.append(f"{confidence_text(entry.confidence) if entry else '·':>4}")
            latest = [c.actual for _, c in sorted(kr.checkins.items()) if c.actual]
            flags = "".join(f"  ! {w}" for w in kr.trend.warnings)
            print(
                f"{kr.number:<5} {elided(kr.text, 40):<40} "
                + " ".join(cells)
                + f"  {latest[-1] if latest else ''}{flags}"
            )


def _run_next_cycle(store: Store, args: argparse.Namespace) -> None:
    cycle = _cycle(store, args.workshop)
    try:
        new_id = cycle.start_next_cycle(args.cycle)
    except RuleError as error:
        raise CommandFailed(str(error)) from error
    print(new_id)


def _run_import_table(store: Store, args: argparse.Namespace) -> None:
    from facilitation import tables

    _require_workshop(store, args.workshop)
    engine = WorkshopEngine(store, args.workshop)
    try:
        plan = tables.plan_table(engine, args.kind, tables.read_table(args.file))
    except RuleError as error:
        raise CommandFailed(str(error)) from error
    if plan.ignored_columns:
        print(
            f"okr-workshop: {plan.source}: not imported, the columns "
            + ", ".join(f"“{c}”" for c in plan.ignored_columns),
            file=sys.stderr,
        )
    left_out = " left out" if args.add_good_rows else ""
    for bad in plan.bad_rows:
        print(
            f"okr-workshop: {plan.source}, row {bad.row}{left_out}: {bad.reason}", file=sys.stderr
        )
    if plan.bad_rows and not args.add_good_rows:
        raise CommandFailed(
            "Nothing was added: correct these rows, or add the others with --add-good-rows."
        )
    try:
        tables.add_plan(engine, plan, skip_bad_rows=args.add_good_rows)
    except RuleError as error:
        raise CommandFailed(str(error)) from error
    print(f"Added {plan.summary} from {plan.source} to workshop {args.workshop}.")


SUBCOMMANDS: dict[str, Callable[[Store, argparse.Namespace], None]] = {
    "list": _run_list,
    "create": _run_create,
    "export-json": _run_export_json,
    "import-json": _run_import_json,
    "export": _run_export,
    "export-okrs": _run_export_okrs,
    "vote-room": _run_vote_room,
    "check-in": _run_check_in,
    "check-ins": _run_check_ins,
    "next-cycle": _run_next_cycle,
    "import-table": _run_import_table,
}
"""What each subcommand runs, by the name ``ui.cli`` gives it."""


def confidence_text(value: float | None) -> str:
    """1, 0.7, 0.4 or 0 as the scale writes them; a dash when only the actual was recorded."""
    return "–" if value is None else f"{value:g}"
