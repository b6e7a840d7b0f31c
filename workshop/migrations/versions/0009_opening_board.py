"""the first version's words: retro board last_cycle is opening, and the like

The first version's files keep the retrospective of the last cycle on a board called
``last_cycle`` with a column ``didnt_go_well``, a chosen objective as ``selected`` and
the verdict thresholds under the setting ``verdicts``; the product now says
``opening``, ``went_badly``, ``final`` and ``verdict_thresholds``, and its JSON import
takes only the product's words, so the JSON exported from an upgraded file was
refused. The retrospective's rows move after any already on the new board and column,
so each keeps its order.

Revision ID: 0009_opening_board
Revises: 0008_unfinished_ballots
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_opening_board"
down_revision = "0008_unfinished_ballots"
branch_labels = None
depends_on = None

OLD_BOARDS = {"last_cycle": "opening"}
OLD_COLUMNS = {"didnt_go_well": "went_badly"}
OLD_SETTING, SETTING = "verdicts", "verdict_thresholds"
OLD_OBJECTIVE_STATUSES = {"selected": "final"}

objective = sa.table("objective", sa.column("status", sa.String()))

workshop = sa.table("workshop", sa.column("id", sa.Integer()), sa.column("settings", sa.JSON()))

retro_item = sa.table(
    "retro_item",
    sa.column("id", sa.Integer()),
    sa.column("workshop_id", sa.Integer()),
    sa.column("board", sa.String()),
    sa.column("column", sa.String()),
    sa.column("position", sa.Integer()),
)


def upgrade() -> None:
    connection = op.get_bind()
    _rename_setting(connection)
    _move_retro_items(connection)
    for old, new in OLD_OBJECTIVE_STATUSES.items():
        connection.execute(
            sa.update(objective).where(objective.c.status == old).values(status=new)
        )


def _rename_setting(connection: sa.Connection) -> None:
    """The old key's thresholds under the new one; where both are set, the new one counts."""
    for row in connection.execute(sa.select(workshop)).all():
        settings = dict(row.settings or {})
        if OLD_SETTING not in settings:
            continue
        old = settings.pop(OLD_SETTING)
        settings.setdefault(SETTING, old)
        connection.execute(
            sa.update(workshop).where(workshop.c.id == row.id).values(settings=settings)
        )


def _move_retro_items(connection: sa.Connection) -> None:
    rows = connection.execute(
        sa.select(retro_item).order_by(retro_item.c.workshop_id, retro_item.c.position)
    ).all()
    renamed = [r for r in rows if r.board in OLD_BOARDS or r.column in OLD_COLUMNS]
    moving = {r.id for r in renamed}
    # The next free position on each (workshop, board, column), after the rows that stay.
    free: dict[tuple[int, str, str], int] = {}
    for r in rows:
        if r.id not in moving:
            place = (r.workshop_id, r.board, r.column)
            free[place] = max(free.get(place, 0), r.position + 1)
    for r in renamed:
        board = OLD_BOARDS.get(r.board, r.board)
        column = OLD_COLUMNS.get(r.column, r.column)
        place = (r.workshop_id, board, column)
        position = free.get(place, 0)
        free[place] = position + 1
        connection.execute(
            sa.update(retro_item)
            .where(retro_item.c.id == r.id)
            .values(board=board, column=column, position=position)
        )


def downgrade() -> None:
    """The new words stay: the first version read any board and column name."""
