"""Writing the sheets into a folder: every file whole, or not at all.

The sheets are written one by one. Each is rendered in memory first, so a sheet
that cannot be laid out writes nothing and the others are still written; the
person is told which one failed and why. Each file goes to a hidden temporary
file in the target folder and is moved over its final name (``os.replace``), so
a reader never sees half a PDF, even when the disk fills up half-way. Temporary
files that an export killed half-way left behind are removed by the next one.

Each file is also flushed to the disk before it takes its name, which is slow next
to everything else a file needs; so while one sheet's files are written (by one
writing thread, one sheet after the other), the next sheet is laid out.
"""

from __future__ import annotations

import dataclasses
import errno
import gc
import os
import re
import secrets
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

from exports.errors import ExportError
from exports.filenames import safe_file_name
from exports.language import speaking, t
from exports.paper import Paper, paper_named
from exports.registry import Sheet, resolve
from exports.renderer import Renderer
from exports.text import prepare_fallbacks
from okr_rules.messages import Message
from workshop.snapshot import WorkshopSnapshot, blank_snapshot

MIN_BALLOTS = 8
O_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
PARTIAL_PATTERN = re.compile(r"^\..*\.[0-9a-f]{8}\.partial$")
# A temporary file this old belongs to no export still running.
STALE_PARTIAL_SECONDS = 120


@dataclass(frozen=True)
class SheetFailure:
    """A sheet that could not be written, with the reason in the person's words."""

    title: str
    reason: Message


class SheetsFailed(ExportError):
    """Some sheets could not be written; the others were, and are listed in ``written``."""

    def __init__(self, written: list[Path], failures: list[SheetFailure]) -> None:
        self.written = written
        self.failures = failures
        named = "; ".join(f"{f.title}: {f.reason}" for f in failures)
        if len(failures) == 1:
            super().__init__("1 sheet was not written ({named}).", named=named)
        else:
            super().__init__(
                "{count} sheets were not written ({named}).", count=len(failures), named=named
            )


def export_sheets(
    snapshot: WorkshopSnapshot,
    sheets: str | Iterable[str],
    paper: Paper | str,
    out_dir: str | Path,
    blank: bool = False,
    language: str = "en",
) -> list[Path]:
    """Write the chosen sheets of ``snapshot`` as PDFs into ``out_dir``; returns their paths.

    ``sheets`` is "all", "a,b" or a list of sheet names. With ``blank``, the sheets are
    empty templates for a paper workshop (the team's name and agenda stay printed). Their
    labels are written in ``language`` ("en" or "de").
    """
    with speaking(language):
        return _export_sheets(snapshot, sheets, paper, out_dir, blank)


def _export_sheets(
    snapshot: WorkshopSnapshot,
    sheets: str | Iterable[str],
    paper: Paper | str,
    out_dir: str | Path,
    blank: bool,
) -> list[Path]:
    chosen = resolve(sheets)
    page = paper_named(paper) if isinstance(paper, str) else paper
    folder = check_folder(Path(out_dir))
    remove_stale_partials(folder)
    if blank and not snapshot.blank:
        snapshot = blank_like(snapshot)
    prepare_fallbacks(texts_of(snapshot))
    renderer = Renderer(page)
    written: list[Path] = []
    failures: list[SheetFailure] = []
    used: set[str] = set()

    def settle(title: str, writing: Future[SheetWritten]) -> None:
        """Take in what a sheet's writing did, in the order of the sheets."""
        paths, error = writing.result()
        written.extend(paths)
        if error is not None:
            if not written and not failures:
                raise error  # nothing written yet: the folder or the disk is the problem
            failures.append(SheetFailure(title, error.message))

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sheet-writer") as writer:
        writing: tuple[str, Future[SheetWritten]] | None = None
        for sheet in chosen:
            rendered: list[tuple[str, bytes]] | None = None
            try:
                rendered = render_sheet(sheet, snapshot, renderer)
            except ExportError as error:
                failure = SheetFailure(t(sheet.title), error.message)
            if writing is not None:
                settle(*writing)
                writing = None
            if rendered is None:
                failures.append(failure)
                continue
            writing = t(sheet.title), writer.submit(write_sheet, rendered, folder, used)
        if writing is not None:
            settle(*writing)
    if failures:
        raise SheetsFailed(written, failures)
    return written


# The files of one sheet that were written, and why the next one was not (if one was not).
SheetWritten: TypeAlias = tuple[list[Path], ExportError | None]


def write_sheet(rendered: list[tuple[str, bytes]], folder: Path, used: set[str]) -> SheetWritten:
    """Write one sheet's files in order, each whole; stop at the first that fails."""
    paths: list[Path] = []
    for name, data in rendered:
        target = folder / unique_name(safe_file_name(name), used)
        try:
            write_atomically(target, data)
        except ExportError as error:
            return paths, error
        paths.append(target)
    return paths, None


def render_sheet(
    sheet: Sheet, snapshot: WorkshopSnapshot, renderer: Renderer
) -> list[tuple[str, bytes]]:
    """Every file of one sheet, in memory; an ``ExportError`` names what went wrong."""
    try:
        with collection_paused():
            return [
                (document.name, renderer.build(document))
                for document in sheet.documents(snapshot, renderer)
            ]
    except MemoryError as error:
        raise ExportError("there is not enough memory to lay it out") from error
    except Exception as error:  # a layout the sheet did not foresee: name it, go on
        reason = " ".join(str(error).split())[:200] or type(error).__name__
        raise ExportError("it could not be laid out ({reason})", reason=reason) from error


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's collector of reference cycles paused while one sheet is laid out.

    A sheet is hundreds of thousands of small objects (pieces of text, lines, cells)
    that live until its file is made, and the collector would walk them again and
    again: a sixth of an export's time, a fifth of a 50-objective one. What a sheet
    leaves behind is collected as usual once it is made, so an export holds at most
    one sheet's garbage more (a few megabytes). A collector that was already paused
    stays paused.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def remove_stale_partials(folder: Path) -> None:
    """Remove the hidden temporary files an export killed half-way left in ``folder``."""
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not PARTIAL_PATTERN.match(entry.name):
            continue
        try:
            if now - entry.stat().st_mtime > STALE_PARTIAL_SECONDS:
                os.unlink(entry.path)
        except OSError:
            continue


def texts_of(value: object) -> Iterator[str]:
    """Every text in a snapshot, however deep."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from texts_of(getattr(value, item.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from texts_of(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_of(item)


def blank_like(snapshot: WorkshopSnapshot) -> WorkshopSnapshot:
    """Empty sheets that keep the team, its mission, cycle and planned agenda."""
    blank = blank_snapshot(
        team=snapshot.team,
        cycle_label=snapshot.cycle_label,
        mission=snapshot.mission,
        voters=max(len(snapshot.participants), MIN_BALLOTS),
    )
    steps = tuple(
        dataclasses.replace(step, used_seconds=0.0, added_seconds=0, status="")
        for step in snapshot.steps
    )
    return dataclasses.replace(blank, steps=steps)


def check_folder(folder: Path) -> Path:
    folder = folder.expanduser()
    if not folder.exists():
        raise ExportError(
            "The folder {folder} does not exist. Create it, or choose another folder.",
            folder=folder,
        )
    if not folder.is_dir():
        raise ExportError(
            "{folder} is a file, not a folder. Choose a folder for the sheets.", folder=folder
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError.saying(_read_only(folder))
    return folder


def _read_only(folder: Path) -> Message:
    return Message(
        "The folder {folder} cannot be written to (it is read-only, or you may not "
        "write there). Choose another folder.",
        folder=folder,
    )


def unique_name(name: str, used: set[str]) -> str:
    """``name``, or "name 2.pdf", "name 3.pdf"... if an earlier file took it."""
    stem, dot, extension = name.rpartition(".")
    candidate, counter = name, 2
    while candidate.casefold() in used:
        candidate = f"{stem} {counter}{dot}{extension}"
        counter += 1
    used.add(candidate.casefold())
    return candidate


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` whole: a temporary file, then one rename."""
    partial = target.with_name(f".{target.stem[:40]}.{secrets.token_hex(4)}.partial")
    temporary: Path | None = None
    try:
        # Created like any new file (the umask applies), and never over another file.
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_BINARY, 0o666)
        temporary = partial
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise ExportError.saying(_explain(target, error)) from error
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _explain(target: Path, error: OSError) -> Message:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _read_only(target.parent)
    if error.errno == errno.ENOSPC:
        return Message(
            "The disk holding {folder} is full. Free some space, then export again.",
            folder=target.parent,
        )
    return Message(
        "{file} could not be written in {folder}: {reason}.",
        file=target.name,
        folder=target.parent,
        reason=error.strerror or str(error),
    )
