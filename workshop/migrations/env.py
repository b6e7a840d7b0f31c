"""Alembic environment: always given a live connection by workshop.migrate."""

from alembic import context

from workshop.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("OKR Workshop runs migrations only through workshop.migrate.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
