"""initial schema

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-23 02:59:07.865098
"""

from alembic import op
import sqlalchemy as sa


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('workshop',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team', sa.String(length=200), nullable=False),
    sa.Column('mission', sa.Text(), nullable=False),
    sa.Column('cycle_label', sa.String(length=100), nullable=False),
    sa.Column('cycle_start', sa.Date(), nullable=True),
    sa.Column('cycle_end', sa.Date(), nullable=True),
    sa.Column('template', sa.String(length=50), nullable=False),
    sa.Column('current_step_id', sa.Integer(), nullable=True),
    sa.Column('previous_workshop_id', sa.Integer(), nullable=True),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('last_opened_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['previous_workshop_id'], ['workshop.id'], name=op.f('fk_workshop_previous_workshop_id_workshop'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop'))
    )
    op.create_table('agenda_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=50), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('planned_seconds', sa.Integer(), nullable=False),
    sa.Column('added_seconds', sa.Integer(), nullable=False),
    sa.Column('used_seconds', sa.Float(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('optional', sa.Boolean(), nullable=False),
    sa.Column('on_zero', sa.String(length=20), nullable=False),
    sa.Column('grace_seconds', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_agenda_step_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_step'))
    )
    with op.batch_alter_table('agenda_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_step_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('comms_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('audience', sa.Text(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('channel', sa.Text(), nullable=False),
    sa.Column('when', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_comms_item_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comms_item'))
    )
    with op.batch_alter_table('comms_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_comms_item_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('embedding_worksheet',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('people', sa.Text(), nullable=False),
    sa.Column('benefits', sa.Text(), nullable=False),
    sa.Column('checkin_cadence', sa.Text(), nullable=False),
    sa.Column('update_due', sa.Text(), nullable=False),
    sa.Column('time_on_okr_percent', sa.Integer(), nullable=True),
    sa.Column('okr_champion', sa.Text(), nullable=False),
    sa.Column('hopes', sa.Text(), nullable=False),
    sa.Column('fears', sa.Text(), nullable=False),
    sa.Column('upcoming_themes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_embedding_worksheet_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_embedding_worksheet')),
    sa.UniqueConstraint('workshop_id', name=op.f('uq_embedding_worksheet_workshop_id'))
    )
    op.create_table('health_metric',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_health_metric_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_health_metric'))
    )
    with op.batch_alter_table('health_metric', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_health_metric_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('is_okr_champion', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_participant_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant')),
    sa.UniqueConstraint('workshop_id', 'name', name=op.f('uq_participant_workshop_id_name'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('past_objective',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('source_objective_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_past_objective_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_past_objective'))
    )
    with op.batch_alter_table('past_objective', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_past_objective_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('weekly_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('week', sa.Integer(), nullable=False),
    sa.Column('priority_pipeline', sa.Text(), nullable=False),
    sa.Column('weekly_focus', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_weekly_note_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_weekly_note')),
    sa.UniqueConstraint('workshop_id', 'week', name=op.f('uq_weekly_note_workshop_id_week'))
    )
    with op.batch_alter_table('weekly_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_weekly_note_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('worksheet_dependency',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('direction', sa.String(length=20), nullable=False),
    sa.Column('strength', sa.String(length=20), nullable=False),
    sa.Column('team', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_worksheet_dependency_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_worksheet_dependency'))
    )
    with op.batch_alter_table('worksheet_dependency', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_worksheet_dependency_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('worksheet_metric',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sweet_spot', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_worksheet_metric_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_worksheet_metric'))
    )
    with op.batch_alter_table('worksheet_metric', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_worksheet_metric_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('past_key_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('past_objective_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('source_key_result_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['past_objective_id'], ['past_objective.id'], name=op.f('fk_past_key_result_past_objective_id_past_objective'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_past_key_result'))
    )
    with op.batch_alter_table('past_key_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_past_key_result_past_objective_id'), ['past_objective_id'], unique=False)

    op.create_table('retro_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('board', sa.String(length=30), nullable=False),
    sa.Column('column', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['participant.id'], name=op.f('fk_retro_item_author_id_participant'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_retro_item_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_retro_item'))
    )
    with op.batch_alter_table('retro_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_retro_item_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('card',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('colour', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('cluster_id', sa.Integer(), nullable=True),
    sa.Column('origin_retro_item_id', sa.Integer(), nullable=True),
    sa.Column('origin_past_key_result_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['participant.id'], name=op.f('fk_card_author_id_participant'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['cluster_id'], ['card.id'], name=op.f('fk_card_cluster_id_card'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['origin_past_key_result_id'], ['past_key_result.id'], name=op.f('fk_card_origin_past_key_result_id_past_key_result'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['origin_retro_item_id'], ['retro_item.id'], name=op.f('fk_card_origin_retro_item_id_retro_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_card_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_card'))
    )
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('objective',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('why_it_matters', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('source_card_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['objective.id'], name=op.f('fk_objective_parent_id_objective'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_card_id'], ['card.id'], name=op.f('fk_objective_source_card_id_card'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_objective_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_objective'))
    )
    with op.batch_alter_table('objective', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_objective_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('key_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('objective_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('baseline', sa.Float(), nullable=True),
    sa.Column('target', sa.Float(), nullable=True),
    sa.Column('unit', sa.String(length=50), nullable=False),
    sa.Column('how_to_measure', sa.Text(), nullable=False),
    sa.Column('data_source', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('outcome_or_output', sa.String(length=10), nullable=False),
    sa.Column('outcome_hands', sa.Integer(), nullable=False),
    sa.Column('output_hands', sa.Integer(), nullable=False),
    sa.Column('leading_or_lagging', sa.String(length=10), nullable=False),
    sa.Column('leading_hands', sa.Integer(), nullable=False),
    sa.Column('lagging_hands', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('selected', sa.Boolean(), nullable=False),
    sa.Column('champion_id', sa.Integer(), nullable=True),
    sa.Column('success_threshold', sa.Text(), nullable=False),
    sa.Column('partial_threshold', sa.Text(), nullable=False),
    sa.Column('no_impact_threshold', sa.Text(), nullable=False),
    sa.Column('negative_threshold', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['champion_id'], ['participant.id'], name=op.f('fk_key_result_champion_id_participant'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['objective_id'], ['objective.id'], name=op.f('fk_key_result_objective_id_objective'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_result'))
    )
    with op.batch_alter_table('key_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_result_objective_id'), ['objective_id'], unique=False)

    op.create_table('okr_story',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('objective_id', sa.Integer(), nullable=True),
    sa.Column('character', sa.Text(), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('obstacle', sa.Text(), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('metric_ideas', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['objective_id'], ['objective.id'], name=op.f('fk_okr_story_objective_id_objective'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_okr_story_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_okr_story'))
    )
    with op.batch_alter_table('okr_story', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_okr_story_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('voting_round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=30), nullable=False),
    sa.Column('objective_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('votes_per_person', sa.Integer(), nullable=False),
    sa.Column('max_per_option', sa.Integer(), nullable=False),
    sa.Column('secret', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('counting', sa.String(length=20), nullable=False),
    sa.Column('cut_line', sa.Integer(), nullable=True),
    sa.Column('runoff_of_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['objective_id'], ['objective.id'], name=op.f('fk_voting_round_objective_id_objective'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['runoff_of_id'], ['voting_round.id'], name=op.f('fk_voting_round_runoff_of_id_voting_round'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_voting_round_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voting_round'))
    )
    with op.batch_alter_table('voting_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_voting_round_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('checklist_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('objective_id', sa.Integer(), nullable=True),
    sa.Column('key_result_id', sa.Integer(), nullable=True),
    sa.Column('criterion', sa.String(length=50), nullable=False),
    sa.Column('answer', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['key_result_id'], ['key_result.id'], name=op.f('fk_checklist_answer_key_result_id_key_result'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['objective_id'], ['objective.id'], name=op.f('fk_checklist_answer_objective_id_objective'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_answer')),
    sa.UniqueConstraint('objective_id', 'key_result_id', 'criterion', name=op.f('uq_checklist_answer_objective_id_key_result_id_criterion'))
    )
    with op.batch_alter_table('checklist_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_answer_key_result_id'), ['key_result_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_answer_objective_id'), ['objective_id'], unique=False)

    op.create_table('confidence_checkin',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key_result_id', sa.Integer(), nullable=False),
    sa.Column('week', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('actual', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['key_result_id'], ['key_result.id'], name=op.f('fk_confidence_checkin_key_result_id_key_result'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_confidence_checkin')),
    sa.UniqueConstraint('key_result_id', 'week', name=op.f('uq_confidence_checkin_key_result_id_week'))
    )
    with op.batch_alter_table('confidence_checkin', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_confidence_checkin_key_result_id'), ['key_result_id'], unique=False)

    op.create_table('initiative',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key_result_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('priority', sa.String(length=10), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['key_result_id'], ['key_result.id'], name=op.f('fk_initiative_key_result_id_key_result'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_initiative'))
    )
    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_initiative_key_result_id'), ['key_result_id'], unique=False)

    op.create_table('round_option',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=True),
    sa.Column('key_result_id', sa.Integer(), nullable=True),
    sa.Column('manual_count', sa.Integer(), nullable=True),
    sa.Column('tie_break_rank', sa.Integer(), nullable=True),
    sa.Column('tie_break_by', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], name=op.f('fk_round_option_card_id_card'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['key_result_id'], ['key_result.id'], name=op.f('fk_round_option_key_result_id_key_result'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['voting_round.id'], name=op.f('fk_round_option_round_id_voting_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_option'))
    )
    with op.batch_alter_table('round_option', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_option_round_id'), ['round_id'], unique=False)

    op.create_table('vote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('option_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('cast_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['option_id'], ['round_option.id'], name=op.f('fk_vote_option_id_round_option'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_vote_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['voting_round.id'], name=op.f('fk_vote_round_id_voting_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote'))
    )
    with op.batch_alter_table('vote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vote_option_id'), ['option_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_round_id'), ['round_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('vote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vote_round_id'))
        batch_op.drop_index(batch_op.f('ix_vote_participant_id'))
        batch_op.drop_index(batch_op.f('ix_vote_option_id'))

    op.drop_table('vote')
    with op.batch_alter_table('round_option', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_option_round_id'))

    op.drop_table('round_option')
    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_initiative_key_result_id'))

    op.drop_table('initiative')
    with op.batch_alter_table('confidence_checkin', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_confidence_checkin_key_result_id'))

    op.drop_table('confidence_checkin')
    with op.batch_alter_table('checklist_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_answer_objective_id'))
        batch_op.drop_index(batch_op.f('ix_checklist_answer_key_result_id'))

    op.drop_table('checklist_answer')
    with op.batch_alter_table('voting_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_voting_round_workshop_id'))

    op.drop_table('voting_round')
    with op.batch_alter_table('okr_story', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_okr_story_workshop_id'))

    op.drop_table('okr_story')
    with op.batch_alter_table('key_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_result_objective_id'))

    op.drop_table('key_result')
    with op.batch_alter_table('objective', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_objective_workshop_id'))

    op.drop_table('objective')
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_card_workshop_id'))

    op.drop_table('card')
    with op.batch_alter_table('retro_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_retro_item_workshop_id'))

    op.drop_table('retro_item')
    with op.batch_alter_table('past_key_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_past_key_result_past_objective_id'))

    op.drop_table('past_key_result')
    with op.batch_alter_table('worksheet_metric', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_worksheet_metric_workshop_id'))

    op.drop_table('worksheet_metric')
    with op.batch_alter_table('worksheet_dependency', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_worksheet_dependency_workshop_id'))

    op.drop_table('worksheet_dependency')
    with op.batch_alter_table('weekly_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_weekly_note_workshop_id'))

    op.drop_table('weekly_note')
    with op.batch_alter_table('past_objective', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_past_objective_workshop_id'))

    op.drop_table('past_objective')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_workshop_id'))

    op.drop_table('participant')
    with op.batch_alter_table('health_metric', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_health_metric_workshop_id'))

    op.drop_table('health_metric')
    op.drop_table('embedding_worksheet')
    with op.batch_alter_table('comms_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comms_item_workshop_id'))

    op.drop_table('comms_item')
    with op.batch_alter_table('agenda_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_step_workshop_id'))

    op.drop_table('agenda_step')
    op.drop_table('workshop')
