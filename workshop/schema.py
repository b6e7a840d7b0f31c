"""The schema revisions this program knows, readable without importing Alembic.

Opening a file compares its revision with this list, so the common case (a file at
the current revision) never pays for importing Alembic. Every new Alembic revision
is added at the end; a test checks the list matches the migration scripts.
"""

REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0007_phone_claims",
    "0007_cycle",
    "0008_unfinished_ballots",
    "0009_opening_board",
)

HEAD = REVISIONS[-1]
