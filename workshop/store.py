"""Opening the workshop file and running one transaction per user action.

Opening a SQLite file:

- missing or empty: the schema is created at the current revision;
- at the current revision: opened as it is;
- at an older revision: copied aside (the copy's name carries the old revision),
  then upgraded with Alembic;
- from a newer version of the program, not SQLite, not ours, or damaged: refused
  with a message naming the file and the problem, and the file is left untouched.

The revision is read with the standard library's sqlite3 first, so Alembic is only
imported when a migration has to run. A SQLAlchemy URL (``postgresql://...``)
opens a shared server store instead; it is always brought to the current revision.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import math
import os
import re
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    URL,
    Connection,
    Engine,
    Integer,
    create_engine,
    event,
    inspect,
    make_url,
    text,
)
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session as Session  # re-exported: the engine annotates with it
from sqlalchemy.orm import sessionmaker

from okr_rules.messages import Message, Word
from workshop import schema
from workshop.errors import DamagedFile as DamagedFile
from workshop.errors import NewerFile as NewerFile
from workshop.errors import NotAWorkshopFile as NotAWorkshopFile
from workshop.errors import StoreError as StoreError
from workshop.errors import StoreUnavailable as StoreUnavailable
from workshop.errors import ValueNotStorable as ValueNotStorable
from workshop.models import Base, Workshop

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 3000
CONNECT_TIMEOUT_SECONDS = 10


_SURROGATE = re.compile("[\ud800-\udfff]")
# PostgreSQL's INTEGER; SQLite would take more, but the two must agree.
INTEGER_RANGE = (-(2**31), 2**31 - 1)


def _check_storable(session: Session, _context: Any, _instances: Any) -> None:
    for row in (*session.new, *session.dirty):
        table = row.__table__
        for column in table.columns:
            value = getattr(row, column.key, None)
            problem = _unstorable(column.type, value)
            if problem:
                field = f"{table.name.replace('_', ' ')} {column.key.replace('_', ' ')}"
                raise ValueNotStorable(
                    "The {field} {problem}; nothing was saved.", field=field, problem=problem
                )


def _unstorable(kind: Any, value: Any) -> Message | None:
    if isinstance(value, str):
        if "\x00" in value:
            return Message("holds a NUL character, which no store keeps")
        if _SURROGATE.search(value):
            return Message("holds a broken character (half of a surrogate pair)")
        length = getattr(kind, "length", None)
        if length is not None and len(value) > length:
            return Message(
                "takes at most {limit:,} characters, not {count:,}", limit=length, count=len(value)
            )
    elif isinstance(value, bool):
        return None
    elif isinstance(value, int) and isinstance(kind, Integer):
        low, high = INTEGER_RANGE
        if not low <= value <= high:
            return Message(
                "takes whole numbers from {low:,} to {high:,}, not {value:,}",
                low=low,
                high=high,
                value=value,
            )
    elif isinstance(value, float) and not math.isfinite(value):
        return Message("takes finite numbers, not {value}", value=str(value))
    return None


@dataclass(frozen=True)
class OpenReport:
    """What opening the store did, for the caller to tell the user."""

    location: str
    created: bool = False
    upgraded_from: str | None = None
    backup: Path | None = None


# An execution option that marks the connections of ``Store.reading()``: they begin
# a plain transaction, which neither waits for nor holds up a writer.
READ_ONLY = "okr_read_only"
# The key of the PostgreSQL advisory lock every action takes first (any fixed number
# will do, as long as it is the same in every copy of the program).
ACTION_LOCK = 0x6F6B7201
MIGRATION_LOCK = 0x6F6B7202


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite would begin a transaction only at the first write, after the reads a
    # rule is checked on; with this, the engine's begin event starts it instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit is on disk when it returns, even if the power goes next.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def _begin_on_sqlite(connection: Connection) -> None:
    """Take the file's write lock before the first read of an action.

    Two windows can then never both pass a check (votes left, the next free
    position, the time added so far) that only one of them may pass: the second
    waits until the first has committed, then reads what it wrote.
    """
    if connection.get_execution_options().get(READ_ONLY):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _begin_on_server(connection: Connection) -> None:
    """The same on PostgreSQL: one action at a time writes to the store.

    A transaction-level advisory lock taken as the first statement; the reads that
    follow see everything committed before it, and it is let go at commit.
    """
    if connection.get_execution_options().get(READ_ONLY):
        return
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = {BUSY_TIMEOUT_MS}")
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({ACTION_LOCK})")


class Store:
    """One open workshop store. Every user action is one ``transaction()``."""

    def __init__(self, engine: Engine, report: OpenReport, path: Path | None = None) -> None:
        self.engine = engine
        self.report = report
        self.path = path
        self.restored_after_removal = False
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _check_storable)
        self._read_sessions = sessionmaker(
            engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False
        )

    @property
    def location(self) -> str:
        return self.report.location

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on leaving, or rolled back on error."""
        self._put_back_if_removed()
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except OperationalError as error:
            raise StoreUnavailable.saying(_explain_operational(self.location, error)) from error
        finally:
            session.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; nothing is committed."""
        session = self._read_sessions()
        try:
            yield session
        except OperationalError as error:
            raise StoreUnavailable.saying(_explain_operational(self.location, error)) from error
        finally:
            session.rollback()
            session.close()

    def close(self) -> None:
        self.engine.dispose()

    def _put_back_if_removed(self) -> None:
        """Write the open workshop file back to its place if it was deleted or moved.

        SQLite keeps writing to a file that was removed while open, and those writes
        would vanish with it. Before the next action, everything the open connection
        still holds is copied to the file's place, so nothing saved is lost.
        """
        if self.path is None or self.path.exists():
            return
        log.warning("%s was removed while open; writing it back", self.path)
        rescue = self.path.with_name(self.path.name + ".rescue")
        raw = self.engine.raw_connection()
        try:
            target = sqlite3.connect(rescue)
            try:
                raw.driver_connection.backup(target)  # type: ignore[union-attr]
            finally:
                target.close()
        except (OSError, sqlite3.Error) as error:
            rescue.unlink(missing_ok=True)
            raise StoreUnavailable(
                "{location} was removed while open, and it could not be written "
                "back ({detail}). Keep this window open and free the folder or the disk.",
                location=self.location,
                detail=str(error),
            ) from error
        finally:
            raw.close()
        self.engine.dispose()
        os.replace(rescue, self.path)
        self.restored_after_removal = True


def _explain_operational(location: str, error: OperationalError) -> Message:
    detail = str(error.orig) if error.orig is not None else str(error)
    lowered = detail.lower()
    if "locked" in lowered or "busy" in lowered or "lock timeout" in lowered:
        return Message(
            "{location} is in use by another OKR Workshop window or program: nothing was "
            "changed. Try again in a moment, or close it there.",
            location=location,
        )
    if "full" in lowered:
        return Message(
            "The disk holding {location} is full. Free some space; nothing saved was lost.",
            location=location,
        )
    if "readonly" in lowered or "read-only" in lowered:
        return Message(
            "{location} cannot be written (read-only). Nothing saved was lost.", location=location
        )
    if is_url(location):
        return _explain_server(location, error)
    return Message("{location} could not be written: {detail}", location=location, detail=detail)


def server_url(url: str) -> str:
    """The URL with the PostgreSQL driver this program ships (psycopg 3) when none is named."""
    scheme, _, rest = url.partition("://")
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


def is_url(location: str | Path) -> bool:
    """A SQLAlchemy URL (``postgresql://...``); anything else is a file path, even with ``?``."""
    scheme, separator, _ = str(location).partition("://")
    return bool(separator) and scheme.replace("+", "").isalnum()


def open_store(location: str | Path) -> Store:
    """Open (or create) the store at a file path or a SQLAlchemy URL."""
    if is_url(location):
        url = str(location)
        if url.startswith("sqlite:///"):
            return _open_file(Path(url.removeprefix("sqlite:///")))
        return _open_url(url)
    return _open_file(Path(location))


def _open_url(url: str) -> Store:
    shown = _shown(url)
    scheme = url.partition("://")[0]
    if not scheme.startswith(("postgresql", "postgres")):
        raise StoreUnavailable(
            '"{scheme}://" is not a kind of store OKR Workshop can use. Give a file path, '
            "or a PostgreSQL URL such as postgresql://user@host/okr.",
            scheme=scheme,
        )
    try:
        engine = create_engine(
            server_url(url), connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS}
        )
    except ImportError as error:
        raise StoreUnavailable(
            "A PostgreSQL store needs the PostgreSQL driver: install it with "
            'pip install "okr-workshop[postgres]", then try again.'
        ) from error
    except ArgumentError as error:
        raise StoreUnavailable(
            "{shown} is not a URL OKR Workshop can read: {detail}.", shown=shown, detail=str(error)
        ) from error
    event.listen(engine, "begin", _begin_on_server)
    try:
        with engine.execution_options(**{READ_ONLY: True}).begin() as connection:
            # One opening at a time looks at the schema and brings it up to date.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            revision = _server_revision(connection, shown)
            if revision != schema.HEAD:
                _run_migrations(connection)
    except DBAPIError as error:
        engine.dispose()
        raise StoreUnavailable.saying(_explain_server(shown, error)) from error
    except StoreError:
        engine.dispose()
        raise
    return Store(engine, OpenReport(location=shown))


def _shown(url: str) -> str:
    """The URL as messages show it: without the password."""
    try:
        return make_url(server_url(url)).set(drivername=url.partition("://")[0]).render_as_string()
    except ArgumentError:
        return url.split("@")[-1]


def _server_revision(connection: Connection, shown: str) -> str | None:
    """The database's revision: None when it holds nothing yet, refused when not ours."""
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables:
        if tables - set(Base.metadata.tables):
            raise NotAWorkshopFile(
                "The database {shown} holds another application's tables. Give OKR Workshop "
                "a database of its own (for example: createdb okr); nothing was changed.",
                shown=shown,
            )
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    revision = None if row is None else str(row[0])
    if revision is None or revision in schema.REVISIONS:
        return revision
    if Workshop.__tablename__ not in tables:
        raise NotAWorkshopFile(
            "The database {shown} belongs to another application, not OKR Workshop; "
            "nothing was changed. Give OKR Workshop a database of its own.",
            shown=shown,
        )
    raise NewerFile(
        "The database {shown} was saved by a newer version of OKR Workshop (schema "
        "{revision}). Update the app to open it; nothing was changed.",
        shown=shown,
        revision=revision,
    )


def _explain_server(shown: str, error: DBAPIError) -> Message:
    """One line for a PostgreSQL server that cannot be used, with what to do."""
    detail = str(error.orig) if error.orig is not None else str(error)
    first = next((line.strip() for line in detail.splitlines() if line.strip()), detail)
    lowered = detail.lower()
    if "does not exist" in lowered and "database" in lowered:
        name = make_url(server_url(shown)).database or "okr"
        return Message(
            'There is no database "{name}" on the server of {shown}. Create it there '
            "(createdb {name}) or correct the URL.",
            name=name,
            shown=shown,
        )
    if "password authentication failed" in lowered or (
        "role" in lowered and "does not exist" in lowered
    ):
        return Message(
            "The server refused the user of {shown} (wrong user name or password). "
            "Correct the URL, or ask the server's administrator for an account.",
            shown=shown,
        )
    if "permission denied" in lowered:
        return Message(
            "The user of {shown} may not create or change the workshop tables "
            "({detail}). Ask the server's administrator to grant it.",
            shown=shown,
            detail=first,
        )
    if (
        any(
            sign in lowered
            for sign in (
                "connection refused",
                "could not connect",
                "timeout",
                "translate host",
                "no route",
            )
        )
        or "connection failed" in lowered
    ):
        return Message(
            "The PostgreSQL server of {shown} cannot be reached. Check the address and "
            "that the server is running, then try again.",
            shown=shown,
        )
    if "lock timeout" in lowered:
        return Message(
            "{shown} is in use by another OKR Workshop window or program: nothing was "
            "changed. Try again in a moment.",
            shown=shown,
        )
    return Message("{shown} cannot be used: {detail}", shown=shown, detail=first)


def _file_engine(path: Path) -> Engine:
    # Built from its parts, so a name with ?, % or # stays a file name.
    engine = create_engine(URL.create("sqlite", database=str(path)))
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _begin_on_sqlite)
    return engine


def _open_file(path: Path, *, attempts: int = 2) -> Store:
    path = path.expanduser()
    if path.is_dir():
        raise NotAWorkshopFile("{path} is a folder, not an OKR Workshop file.", path=path)
    if not path.exists() or _is_empty(path):
        try:
            return _create(path, replace=path.exists())
        except _MadeMeanwhile:
            if attempts <= 1:
                raise
            return _open_file(path, attempts=attempts - 1)  # another window made it first
    _check_access(path)
    revision = read_revision(path)
    if revision is None:
        log.warning("%s holds a schema left half-made, with nothing in it; rebuilding", path)
        return _create(path, replace=True)
    if revision == schema.HEAD:
        store = Store(_file_engine(path), OpenReport(location=str(path)), path)
        _check_writable(store)
        return store
    if revision not in schema.REVISIONS:
        raise NewerFile(
            "{path} was saved by a newer version of OKR Workshop (schema {revision}). "
            "Update the app to open it; the file was not changed.",
            path=path,
            revision=revision,
        )
    return _upgrade(path, revision)


def _is_empty(path: Path) -> bool:
    """No bytes in the file, and none waiting in its write-ahead log either."""
    wal = _companion(path, "-wal")
    return path.stat().st_size == 0 and (not wal.exists() or wal.stat().st_size == 0)


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _check_access(path: Path) -> None:
    """Refuse, in words, a file this user may not read or write: before SQLite tries."""
    if not os.access(path, os.R_OK):
        raise StoreUnavailable(
            "{path} cannot be opened: you do not have permission to read it. Ask its owner "
            "to share it with you, or open a copy; the file was not changed.",
            path=path,
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        where = Word("the file") if not os.access(path, os.W_OK) else Word("its folder")
        raise StoreUnavailable(
            "{path} is read-only ({where} cannot be written). Copy it to a folder you can "
            "write to and open the copy; the file was not changed.",
            path=path,
            where=where,
        )


def read_revision(path: Path) -> str | None:
    """The file's schema revision, or None for a file with none of our rows in it.

    None means an empty SQLite file, or one left half-made by an interrupted start
    (some of this program's tables, all of them empty): either can be built afresh.
    Raises NotAWorkshopFile, DamagedFile or StoreUnavailable, leaving the file untouched.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError as error:
        raise StoreUnavailable(
            "{path} cannot be opened: you do not have permission to read it; "
            "the file was not changed.",
            path=path,
        ) from error
    if header != SQLITE_HEADER:
        raise NotAWorkshopFile(
            "{path} is not an OKR Workshop file (it is not a SQLite database).", path=path
        )
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as error:
        raise DamagedFile(
            "{path} cannot be read: {detail}.", path=path, detail=str(error)
        ) from error
    try:
        check = connection.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise DamagedFile(
                "{path} is damaged ({detail}). "
                "It was left as it is; open a backup or start a new file.",
                path=path,
                detail=check[0] if check else Word("no answer"),
            )
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        ours = set(Base.metadata.tables) | {"alembic_version"}
        if tables <= ours and all(
            connection.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is None
            for table in tables
        ):
            return None
        if "alembic_version" not in tables:
            raise NotAWorkshopFile(
                "{path} is a SQLite database, but not an OKR Workshop file; it was left as it is.",
                path=path,
            )
        if Workshop.__tablename__ not in tables:
            raise NotAWorkshopFile(
                "{path} is the database of another application, not an OKR Workshop file; "
                "it was left as it is. Open a workshop file, or give a new file name.",
                path=path,
            )
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise StoreUnavailable(
                "{path} is locked by another program or window. Close it there, then open "
                "it again; the file was not changed.",
                path=path,
            ) from error
        raise _damaged(path, error) from error
    except sqlite3.DatabaseError as error:
        raise _damaged(path, error) from error
    finally:
        connection.close()
    if row is None:
        raise DamagedFile(
            "{path} has no schema revision recorded; it was left as it is.", path=path
        )
    return str(row[0])


def _damaged(path: Path, error: sqlite3.Error) -> DamagedFile:
    return DamagedFile(
        "{path} is damaged ({detail}). It was left as it is; open a backup or start a new file.",
        path=path,
        detail=str(error),
    )


def _check_writable(store: Store) -> None:
    try:
        with store.engine.begin() as connection:
            connection.execute(text("PRAGMA user_version"))
    except OperationalError as error:
        store.close()
        raise StoreUnavailable.saying(_explain_operational(store.location, error)) from error


class _MadeMeanwhile(StoreError):
    """Another window created the file while this one was building it."""


# A build older than this was left by a start that was interrupted: it is removed.
STALE_BUILD_SECONDS = 3600


def _create(path: Path, *, replace: bool) -> Store:
    """Build the schema in a file beside ``path``, then move it into place.

    A kill or a full disk part-way leaves no file, or the one there before: never a
    half-made one. ``replace`` is for an empty or half-made file found at ``path``;
    otherwise the build is linked into place only if no other window made the file
    meanwhile.
    """
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True)
        except OSError as error:
            raise StoreUnavailable(
                "The folder for {path} cannot be made: {detail}.",
                path=path,
                detail=error.strerror or str(error),
            ) from error
    if not os.access(path.parent, os.W_OK):
        raise StoreUnavailable(
            "{path} cannot be created: its folder is read-only. Choose a folder you can write to.",
            path=path,
        )
    _remove_stale_builds(path)
    build = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.building")
    try:
        _build_schema(build)
        _move_into_place(build, path, replace=replace)
    except OperationalError as error:
        raise StoreUnavailable.saying(_explain_creation(path, str(error.orig))) from error
    except sqlite3.Error as error:
        raise StoreUnavailable.saying(_explain_creation(path, str(error))) from error
    except OSError as error:
        detail = error.strerror or str(error)
        raise StoreUnavailable.saying(_explain_creation(path, detail)) from error
    finally:
        for leftover in (build, _companion(build, "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    store = Store(_file_engine(path), OpenReport(location=str(path), created=True), path)
    _check_writable(store)
    return store


def _build_schema(build: Path) -> None:
    engine = create_engine(URL.create("sqlite", database=str(build)))
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _begin_on_sqlite)
    # The build keeps a rollback journal: it is one file, whole once committed.
    event.listen(
        engine, "connect", lambda dbapi, _record: dbapi.execute("PRAGMA journal_mode = DELETE")
    )
    try:
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            connection.execute(
                text(
                    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
                )
            )
            connection.execute(
                text("INSERT INTO alembic_version (version_num) VALUES (:rev)"),
                {"rev": schema.HEAD},
            )
    finally:
        engine.dispose()
    with build.open("rb") as handle:
        os.fsync(handle.fileno())


def _move_into_place(build: Path, path: Path, *, replace: bool) -> None:
    # A log and its index left beside a file that is no longer there would be
    # replayed into the new one.
    if replace or not path.exists():
        for suffix in ("-wal", "-shm", "-journal"):
            _companion(path, suffix).unlink(missing_ok=True)
    if replace:
        os.replace(build, path)
    else:
        try:
            os.link(build, path)  # fails if the file appeared meanwhile; rename would not
        except FileExistsError as error:
            raise _MadeMeanwhile(
                "{path} was created by another window meanwhile; open it again.", path=path
            ) from error
        except OSError:
            os.replace(build, path)  # a file system without hard links (FAT, some shares)
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the new name durable too (where the platform can open a folder)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _remove_stale_builds(path: Path) -> None:
    cutoff = time.time() - STALE_BUILD_SECONDS
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.building"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def _explain_creation(path: Path, detail: str) -> Message:
    if "full" in detail.lower() or "no space" in detail.lower():
        return Message(
            "{path} could not be created: the disk is full. Free some space, then start "
            "again; no file was left behind.",
            path=path,
        )
    return Message(
        "{path} could not be created ({detail}); no file was left behind.", path=path, detail=detail
    )


def backup_path_for(path: Path, revision: str) -> Path:
    candidate = path.with_name(f"{path.stem}.before-upgrade-from-{revision}{path.suffix}")
    counter = 2
    while candidate.exists():
        candidate = path.with_name(
            f"{path.stem}.before-upgrade-from-{revision}-{counter}{path.suffix}"
        )
        counter += 1
    return candidate


def _upgrade(path: Path, revision: str) -> Store:
    backup = backup_path_for(path, revision)
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(backup)
        try:
            source.backup(target)
        finally:
            target.close()
    except sqlite3.Error as error:
        backup.unlink(missing_ok=True)
        raise StoreUnavailable(
            "{path} needs an upgrade, but its copy could not be written ({detail}); "
            "the file was not changed.",
            path=path,
            detail=str(error),
        ) from error
    finally:
        source.close()
    log.info("Copied %s to %s before upgrading from %s", path, backup, revision)
    engine = _file_engine(path)
    with engine.begin() as connection:
        _run_migrations(connection)
    return Store(
        engine, OpenReport(location=str(path), upgraded_from=revision, backup=backup), path
    )


def _run_migrations(connection: Any, revision: str = "head") -> None:
    from workshop import migrate  # Alembic is imported only here.

    migrate.upgrade(connection, revision)
