"""Opening the workshop file: new, current, older, newer, foreign and damaged files."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tests.clocks import STAMPED
from tests.fresh_process import run_fresh
from tests.workshop.new_files import assert_created_at_head
from tests.workshop.samples import build_full_workshop
from workshop import commands, migrate, models, schema
from workshop.store import (
    DamagedFile,
    NewerFile,
    NotAWorkshopFile,
    StoreError,
    open_store,
    read_revision,
)

FIXTURES = Path(__file__).with_name("fixtures")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(store, model) -> int:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_new_file_is_created_at_the_current_revision(store_path: Path) -> None:
    assert_created_at_head(store_path)


def test_a_missing_folder_is_created_for_a_new_file(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new" / "deeper" / "team.sqlite")
    store.close()
    assert (tmp_path / "new" / "deeper" / "team.sqlite").exists()


def test_the_file_runs_with_foreign_keys_and_a_wal_journal(store) -> None:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_deleting_a_workshop_removes_everything_it_holds(store) -> None:  # type: ignore[no-untyped-def]
    workshop_id = build_full_workshop(store)
    with store.transaction() as session:
        session.execute(models.Workshop.__table__.delete().where(models.Workshop.id == workshop_id))
    assert count(store, models.KeyResult) == 0
    assert count(store, models.Vote) == 0
    assert count(store, models.ConfidenceCheckIn) == 0


def test_reopening_a_current_file_keeps_its_rows_and_does_not_copy_it(store_path: Path) -> None:
    store = open_store(store_path)
    build_full_workshop(store)
    store.close()
    again = open_store(store_path)
    try:
        assert not again.report.created
        assert again.report.backup is None
        assert count(again, models.Objective) == 2
    finally:
        again.close()
    assert list(store_path.parent.glob("*before-upgrade*")) == []


def test_opening_a_current_file_does_not_import_alembic(store_path: Path) -> None:
    open_store(store_path).close()
    _, loaded = run_fresh(
        f"from workshop.store import open_store\nopen_store({str(store_path)!r}).close()"
    )
    assert "alembic" not in loaded


def refusal(path: Path, error: type[StoreError] | tuple[type[StoreError], ...]) -> str:
    """The message of the error opening the file is refused with; the file is left as it was."""
    before = digest(path)
    with pytest.raises(error) as refused:
        open_store(path)
    assert digest(path) == before
    return str(refused.value)


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(store_path: Path) -> None:
    open_store(store_path).close()
    with sqlite3.connect(store_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    connection.close()
    message = refusal(store_path, NewerFile)
    assert str(store_path) in message
    assert "newer version" in message


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("Objectives for Q3, draft\n" * 50)
    message = refusal(notes, NotAWorkshopFile)
    assert str(notes) in message
    assert "not a SQLite database" in message


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.execute("INSERT INTO recipes VALUES ('soup')")
    connection.close()
    message = refusal(other, NotAWorkshopFile)
    assert "not an OKR Workshop file" in message


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Scribble over every page after the first: the schema is fine, the data is not.
    for offset in range(page_size, len(data), 97):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_refused_with_its_name_and_left_untouched(store_path: Path) -> None:
    store = open_store(store_path)
    build_full_workshop(store)
    store.close()
    _damage(store_path)
    assert str(store_path) in refusal(store_path, (DamagedFile, NotAWorkshopFile))


def test_a_truncated_file_is_refused_and_left_untouched(store_path: Path) -> None:
    store = open_store(store_path)
    build_full_workshop(store)
    store.close()
    data = store_path.read_bytes()
    store_path.write_bytes(data[: len(data) // 3])
    assert str(store_path) in refusal(store_path, (DamagedFile, NotAWorkshopFile))


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotAWorkshopFile, match="is a folder"):
        open_store(tmp_path)


def test_an_empty_file_becomes_a_new_store(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert_created_at_head(empty)


def test_a_failed_action_writes_nothing(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError), store.transaction() as session:
        session.add(
            models.Workshop(created_at=STAMPED, updated_at=STAMPED, team="Half-made", settings={})
        )
        session.flush()
        raise RuntimeError("the user action failed part-way")
    assert commands.list_workshops(store) == []


# ------------------------------------------------------------------ upgrades

NEXT_REVISION = '''
"""A later revision used only by the upgrade tests."""

import sqlalchemy as sa
from alembic import op

revision = "0999_test_upgrade"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participant") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("participant") as batch:
        batch.drop_column("nickname")
'''


@pytest.fixture
def older_file(store_path: Path) -> Path:
    """A file written by this release, with a row in every table."""
    store = open_store(store_path)
    build_full_workshop(store)
    store.close()
    return store_path


@pytest.fixture
def later_release(older_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Then pretend this program is one release later, with one more migration."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts)
    (scripts / "versions" / "0999_test_upgrade.py").write_text(
        NEXT_REVISION.format(head=schema.HEAD)
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    monkeypatch.setattr(schema, "REVISIONS", (*schema.REVISIONS, "0999_test_upgrade"))
    monkeypatch.setattr(schema, "HEAD", "0999_test_upgrade")
    return "0999_test_upgrade"


def test_an_older_file_is_copied_aside_then_upgraded_keeping_its_rows(
    older_file: Path, later_release: str
) -> None:
    store_path = older_file
    older_revision = schema.REVISIONS[-2]
    before = digest(store_path)

    upgraded = open_store(store_path)
    try:
        assert upgraded.report.upgraded_from == older_revision
        backup = upgraded.report.backup
        assert backup is not None and older_revision in backup.name
        assert read_revision(backup) == older_revision
        assert read_revision(store_path) == later_release
        assert count(upgraded, models.KeyResult) == 1
        assert count(upgraded, models.Vote) == 2
        with upgraded.reading() as session:
            names = session.execute(text("SELECT name, nickname FROM participant")).all()
        assert sorted(names) == [("Ana", ""), ("Bo", "")]
    finally:
        upgraded.close()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT count(*) FROM key_result").fetchone() == (1,)
    copy.close()
    assert digest(store_path) != before


@pytest.mark.parametrize("sample", sorted(FIXTURES.glob("*.sqlite")), ids=lambda p: p.stem)
def test_every_saved_sample_opens_with_its_rows(sample: Path, tmp_path: Path) -> None:
    """A sample file saved at each released revision opens in this version."""
    copy = tmp_path / sample.name
    shutil.copy(sample, copy)
    store = open_store(copy)
    try:
        assert read_revision(copy) == schema.HEAD
        if sample.stem != schema.HEAD:
            assert store.report.upgraded_from == sample.stem
        assert count(store, models.KeyResult) == 1
        assert count(store, models.Participant) == 2
    finally:
        store.close()


def test_a_sample_is_saved_for_every_released_revision() -> None:
    """Each revision keeps a sample file, so later releases prove they still open it."""
    assert {p.stem for p in FIXTURES.glob("*.sqlite")} == set(schema.REVISIONS)
