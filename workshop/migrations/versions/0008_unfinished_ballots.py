"""voters in the booth who have not handed over

Revision ID: 0008_unfinished_ballots
Revises: 0007_cycle
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_unfinished_ballots"
down_revision = "0007_cycle"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unfinished_ballot",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["round_id"], ["voting_round.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("round_id", "participant_id"),
    )


def downgrade() -> None:
    op.drop_table("unfinished_ballot")
