"""Writing the sheets into a folder: every file whole, or not at all.

Every document is rendered in memory first, so a rendering problem writes
nothing. Each file is then written to a temporary file in the target folder and
moved over its final name (``os.replace``), so a reader never sees half a PDF,
even when the disk fills up half-way.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

from exports.errors import ExportError
from exports.filenames import safe_file_name
from exports.paper import Paper, paper_named
from exports.registry import resolve
from exports.renderer import Renderer
from workshop.snapshot import WorkshopSnapshot, blank_snapshot

MIN_BALLOTS = 8
O_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def export_sheets(
    snapshot: WorkshopSnapshot,
    sheets: str | Iterable[str],
    paper: Paper | str,
    out_dir: str | Path,
    blank: bool = False,
) -> list[Path]:
    """Write the chosen sheets of ``snapshot`` as PDFs into ``out_dir``; returns their paths.

    ``sheets`` is "all", "a,b" or a list of sheet names. With ``blank``, the sheets are
    empty templates for a paper workshop (the team's name and agenda stay printed).
    """
    chosen = resolve(sheets)
    page = paper_named(paper) if isinstance(paper, str) else paper
    folder = check_folder(Path(out_dir))
    if blank and not snapshot.blank:
        snapshot = blank_like(snapshot)
    renderer = Renderer(page)
    rendered: list[tuple[str, bytes]] = []
    for sheet in chosen:
        for document in sheet.documents(snapshot, renderer):
            rendered.append((document.name, renderer.build(document)))
    written: list[Path] = []
    used: set[str] = set()
    for name, data in rendered:
        target = folder / unique_name(safe_file_name(name), used)
        write_atomically(target, data)
        written.append(target)
    return written


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
            f"The folder {folder} does not exist. Create it, or choose another folder."
        )
    if not folder.is_dir():
        raise ExportError(f"{folder} is a file, not a folder. Choose a folder for the sheets.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(_read_only(folder))
    return folder


def _read_only(folder: Path) -> str:
    return (
        f"The folder {folder} cannot be written to (it is read-only, or you may not "
        "write there). Choose another folder."
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
        raise ExportError(_explain(target, error)) from error
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _explain(target: Path, error: OSError) -> str:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _read_only(target.parent)
    if error.errno == errno.ENOSPC:
        return f"The disk holding {target.parent} is full. Free some space, then export again."
    reason = error.strerror or str(error)
    return f"{target.name} could not be written in {target.parent}: {reason}."
