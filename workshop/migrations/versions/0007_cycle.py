"""between workshops: check-in answers, the cycle review, the thread to the next cycle

Revision ID: 0007_cycle
Revises: 0007_phone_claims
Create Date: 2026-12-01 09:20:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0007_cycle'
down_revision = '0007_phone_claims'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('key_result', schema=None) as batch_op:
        batch_op.add_column(sa.Column('final_score', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('review_note', sa.Text(), nullable=False, server_default=''))

    with op.batch_alter_table('weekly_note', schema=None) as batch_op:
        batch_op.add_column(sa.Column('what_changed', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('slowing_us', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('raise_confidence', sa.Text(), nullable=False, server_default=''))

    with op.batch_alter_table('retro_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_review_item_id', sa.Integer(), nullable=True))

    op.create_table('review_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('column', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('open', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_review_item_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_item'))
    )
    with op.batch_alter_table('review_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_item_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('review_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('question', sa.String(length=50), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_review_answer_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_answer')),
    sa.UniqueConstraint('workshop_id', 'question', name=op.f('uq_review_answer_workshop_id_question'))
    )
    with op.batch_alter_table('review_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_answer_workshop_id'), ['workshop_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('review_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_answer_workshop_id'))
    op.drop_table('review_answer')
    with op.batch_alter_table('review_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_item_workshop_id'))
    op.drop_table('review_item')
    with op.batch_alter_table('retro_item', schema=None) as batch_op:
        batch_op.drop_column('source_review_item_id')
    with op.batch_alter_table('weekly_note', schema=None) as batch_op:
        batch_op.drop_column('raise_confidence')
        batch_op.drop_column('slowing_us')
        batch_op.drop_column('what_changed')
    with op.batch_alter_table('key_result', schema=None) as batch_op:
        batch_op.drop_column('review_note')
        batch_op.drop_column('final_score')
