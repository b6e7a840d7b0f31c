"""phone voting: a round's phone address and each person's claim

Revision ID: 0007_phone_claims
Revises: 0001_initial
Create Date: 2026-12-01 09:10:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0007_phone_claims'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('phone_access',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('token', sa.String(length=64), nullable=False),
    sa.Column('codes_only', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['voting_round.id'], name=op.f('fk_phone_access_round_id_voting_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', name=op.f('pk_phone_access')),
    sa.UniqueConstraint('token', name=op.f('uq_phone_access_token'))
    )
    op.create_table('ballot_claim',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('device', sa.String(length=64), nullable=False),
    sa.Column('claimed_at', sa.DateTime(), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_ballot_claim_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['voting_round.id'], name=op.f('fk_ballot_claim_round_id_voting_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ballot_claim')),
    sa.UniqueConstraint('round_id', 'participant_id', name=op.f('uq_ballot_claim_round_id_participant_id'))
    )
    with op.batch_alter_table('ballot_claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ballot_claim_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ballot_claim_round_id'), ['round_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('ballot_claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ballot_claim_round_id'))
        batch_op.drop_index(batch_op.f('ix_ballot_claim_participant_id'))
    op.drop_table('ballot_claim')
    op.drop_table('phone_access')
