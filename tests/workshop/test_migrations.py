"""The migration scripts and the models describe the same schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, text

from facilitation import imports
from tests.backends import BACKENDS
from tests.clocks import fake_engine
from tests.workshop.samples import HOSTILE_TEXT
from workshop import commands, interchange, migrate, schema
from workshop.models import Base
from workshop.store import is_url, open_store, server_url


def test_the_known_revisions_are_the_migration_scripts_in_order() -> None:
    assert list(schema.REVISIONS) == migrate.revisions_in_order()


def _differences(url: str) -> list[object]:
    engine = create_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    return list(differences)


def test_migrations_produce_exactly_the_models_schema(tmp_path: Path) -> None:
    target = tmp_path / "migrated.sqlite"
    engine = create_engine(f"sqlite:///{target}")
    with engine.begin() as connection:
        migrate.upgrade(connection)
    engine.dispose()
    assert _differences(f"sqlite:///{target}") == []


def test_a_new_file_has_the_same_schema_as_a_migrated_one(tmp_path: Path) -> None:
    created = tmp_path / "created.sqlite"
    open_store(created).close()
    assert _differences(f"sqlite:///{created}") == []


FIRST_VERSION = Path(__file__).with_name("fixtures") / "0001_initial.sqlite"
"""A file the first version saved: its retrospective item is on board ``last_cycle``."""


@pytest.fixture(params=BACKENDS)
def new_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a store is still to be made: a new file, or an empty PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "first.sqlite")
    return str(request.getfixturevalue("new_postgres_database"))


def _first_version_store(location: str) -> None:
    """The first version's sample file, in a new file or an empty PostgreSQL database,
    with one item already on the board the product now calls ``opening``."""
    source = create_engine(f"sqlite:///{FIRST_VERSION}")
    first_version = MetaData()
    first_version.reflect(source)
    target = create_engine(server_url(location) if is_url(location) else f"sqlite:///{location}")
    with target.begin() as connection:
        migrate.upgrade(connection, "0001_initial")
    with source.connect() as reading, target.begin() as writing:
        for table in first_version.sorted_tables:
            if table.name == "alembic_version":
                continue
            rows = [dict(row._mapping) for row in reading.execute(table.select())]
            # A row may point to a later row of its own table: those links go in after.
            own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
            if rows:
                writing.execute(table.insert(), [{**r, **dict.fromkeys(own)} for r in rows])
            for r in rows:
                if any(r[name] is not None for name in own):
                    links = {name: r[name] for name in own}
                    writing.execute(table.update().where(table.c.id == r["id"]).values(links))
        writing.execute(
            text(
                'INSERT INTO retro_item (id, workshop_id, board, "column", text, position) '
                "VALUES (99, 1, 'opening', 'went_badly', 'Handovers got lost', 0)"
            )
        )
    source.dispose()
    target.dispose()


def test_a_first_version_retrospective_moves_to_the_opening_board_and_imports(
    new_location: str, tmp_path: Path
) -> None:
    _first_version_store(new_location)
    store = open_store(new_location)
    try:
        workshop_id = commands.list_workshops(store)[0].id
        opening = fake_engine(store, workshop_id).boards.retro_items("opening")
        document = interchange.export_workshop(store, workshop_id)
    finally:
        store.close()
    expected = [("went_badly", "Handovers got lost"), ("went_badly", HOSTILE_TEXT)]
    assert [(i.column, i.text) for i in opening] == expected
    assert {i["board"] for i in document["retro_items"]} == {"opening"}
    fresh = open_store(tmp_path / "fresh.sqlite")
    try:
        imported = imports.import_workshop(fresh, interchange.loads(interchange.dumps(document)))
        again = fake_engine(fresh, imported).boards.retro_items("opening")
    finally:
        fresh.close()
    assert [(i.column, i.text) for i in again] == expected
