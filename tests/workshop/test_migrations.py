"""The migration scripts and the models describe the same schema."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from workshop import migrate, schema
from workshop.models import Base
from workshop.store import open_store


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
