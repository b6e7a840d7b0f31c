"""When the command line cannot use a store: one true line, status 2, the file as it was.

Permissions mean nothing to root, so where the suite runs as root the cases about them
run in a forked child that has given up root first; the read-only file system is a
small memory file system mounted read-only, where the suite may mount one.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.backends import POSTGRES_URL
from ui.cli import main
from workshop import store as store_module
from workshop.store import open_store

NOBODY = 65534


def run(*argv: str) -> tuple[int, str]:
    """Run the command; its exit status and what it wrote to stderr."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = main(list(argv))
    return status, err.getvalue()


def run_without_root(*argv: str) -> tuple[int, str]:
    """``run``, as a user without root's power to ignore permissions."""
    if os.geteuid() != 0:
        return run(*argv)
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child's coverage is not collected)
        os.close(reader)
        try:
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            status, err = run(*argv)
            os.write(writer, f"{status}\n{err}".encode())
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, encoding="utf-8") as pipe:
        answer = pipe.read()
    os.waitpid(child, 0)
    status, _, err = answer.partition("\n")
    return int(status), err


def one_line(err: str) -> str:
    assert err.count("\n") == 1, f"expected one line, got: {err!r}"
    assert err.startswith("okr-workshop: ")
    return err


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder anyone may enter (the test's own folder is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="okr-messages-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        with contextlib.suppress(OSError):
            path.chmod(0o755)
    shutil.rmtree(folder)


def workshop_file(path: Path) -> bytes:
    store = open_store(path)
    store.close()
    for suffix in ("-wal", "-shm"):
        assert not path.with_name(path.name + suffix).exists()
    return path.read_bytes()


def listing_refused(path: Path) -> str:
    """What ``list`` says, in one line and with exit status 2, when it cannot use the file."""
    status, err = run_without_root("list", "--db", str(path))
    assert status == 2
    return one_line(err)


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        pytest.param(0o000, "you do not have permission to read it", id="unreadable"),
        pytest.param(0o444, "is read-only (the file cannot be written)", id="read-only"),
    ],
)
def test_a_file_the_user_may_not_change_says_why(
    shared_folder: Path, mode: int, message: str
) -> None:
    path = shared_folder / "team.sqlite"
    before = workshop_file(path)
    path.chmod(mode)
    err = listing_refused(path)
    assert message in err
    assert "damaged" not in err
    path.chmod(0o644)
    assert path.read_bytes() == before


def test_a_file_in_a_read_only_folder_says_read_only(shared_folder: Path) -> None:
    path = shared_folder / "team.sqlite"
    before = workshop_file(path)
    path.chmod(0o666)
    shared_folder.chmod(0o555)
    err = listing_refused(path)
    assert "is read-only (its folder cannot be written)" in err
    assert "Copy it to a folder you can write to" in err
    assert sorted(p.name for p in shared_folder.iterdir()) == ["team.sqlite"]
    assert path.read_bytes() == before


@pytest.fixture
def read_only_file_system(tmp_path: Path) -> Iterator[Callable[[], Path]]:
    """A folder to fill, then a call that makes its file system read-only."""
    mount = tmp_path / "mounted"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a read-only file system needs root")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)])
    if made.returncode != 0:
        pytest.skip("this machine does not allow mounting a file system")

    def make_read_only() -> Path:
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        return mount

    yield make_read_only
    subprocess.run(["umount", str(mount)], check=True)


def test_a_file_on_a_read_only_file_system_says_read_only(
    read_only_file_system: Callable[[], Path], tmp_path: Path
) -> None:
    path = tmp_path / "mounted" / "team.sqlite"
    before = workshop_file(path)
    read_only_file_system()
    status, err = run("list", "--db", str(path))
    assert status == 2
    assert "is read-only" in err
    assert path.read_bytes() == before

    writable = tmp_path / "writable.sqlite"
    assert run("create", "--db", str(writable), "--team", "Ops")[0] == 0
    out = tmp_path / "mounted" / "ops.json"
    status, err = run("export-json", "--db", str(writable), "--workshop", "1", "--out", str(out))
    assert status == 2
    assert "Read-only file system. Choose a folder you can write to." in err
    status, err = run("list", "--db", str(tmp_path / "mounted" / "new.sqlite"))
    assert status == 2
    assert "its folder is read-only" in err


def test_a_file_locked_by_another_program_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "team.sqlite"
    before = workshop_file(path)
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        status, err = run("list", "--db", str(path))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert status == 2
    assert "is locked by another program or window" in err
    assert "damaged" not in err
    assert path.read_bytes() == before


def test_another_applications_database_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "inventory.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY);"
        "INSERT INTO alembic_version VALUES ('4f2a9c1b7d3e');"
        "CREATE TABLE parts (id INTEGER PRIMARY KEY, name TEXT);"
    )
    connection.close()
    before = path.read_bytes()
    status, err = run("list", "--db", str(path))
    assert status == 2
    assert "is the database of another application" in err
    assert "newer version" not in err
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", ["team?b.sqlite", "a%41.sqlite", "R&D #2.sqlite"])
def test_a_name_with_url_characters_is_a_file_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    assert run("create", "--db", str(path), "--team", "Ops") == (0, "")
    assert [p.name for p in tmp_path.iterdir()] == [name]
    status, _ = run("list", "--db", str(path))
    assert status == 0


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("mysql://db.example/okr", '"mysql://" is not a kind of store OKR Workshop can use'),
        ("postgresql://okr@127.0.0.1:1/okr", "cannot be reached. Check the address"),
    ],
)
def test_a_store_url_that_cannot_be_used_says_why(location: str, expected: str) -> None:
    status, err = run("list", "--db", location)
    assert status == 2
    assert expected in err


def test_a_postgresql_url_without_the_driver_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(__import__("sys").modules, "psycopg", None)
    status, err = run("list", "--db", "postgresql://okr@db.example/okr")
    assert status == 2
    assert 'pip install "okr-workshop[postgres]"' in err


def test_a_password_is_never_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    status, err = run("list", "--db", "postgresql://okr:s3cret@127.0.0.1:1/okr")
    assert status == 2
    assert "s3cret" not in err
    assert "okr:***@127.0.0.1:1/okr" in err


@pytest.mark.skipif(not POSTGRES_URL, reason="needs OKR_TEST_POSTGRES_URL")
def test_a_missing_database_or_user_on_a_real_server_says_which(new_postgres_database: str) -> None:
    from sqlalchemy import make_url

    url = make_url(new_postgres_database)
    missing = url.set(database="okr_no_such_database").render_as_string(hide_password=False)
    status, err = run("list", "--db", missing)
    assert status == 2
    assert 'There is no database "okr_no_such_database"' in err
    stranger = url.set(username="okr_no_such_user", password="wrong").render_as_string(
        hide_password=False
    )
    status, err = run("list", "--db", stranger)
    assert status == 2
    assert "The server refused the user" in err
