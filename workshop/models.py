"""The workshop's data as SQLAlchemy 2 typed models.

Every table a workshop needs is declared here, so later features add behaviour
rather than churn the schema. The schema is created and changed only through the
Alembic revisions in ``workshop/migrations``; a test checks they agree.

Choices of a few words (roles, step kinds, statuses) are plain strings checked by
the rules in ``facilitation/``, so that a new choice needs no migration.

A moment (a workshop's creation, a round's, a dot's, a check-in's) has no default:
whoever writes the row passes it from the clock it was given, so a row written on a
fake clock holds the fake time, and one written with no time fails rather than take
the real clock's.

The children a screen always shows with their parent (an objective's key results, a
key result's initiatives, a round's options) load together with it, in one query
per kind rather than one per parent.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON}


class Workshop(Base):
    __tablename__ = "workshop"

    id: Mapped[int] = mapped_column(primary_key=True)
    team: Mapped[str] = mapped_column(String(200))
    mission: Mapped[str] = mapped_column(Text, default="")
    cycle_label: Mapped[str] = mapped_column(String(100), default="")
    cycle_start: Mapped[dt.date | None] = mapped_column(Date)
    cycle_end: Mapped[dt.date | None] = mapped_column(Date)
    template: Mapped[str] = mapped_column(String(50), default="executive")
    # The agenda step on screen. Not a foreign key: a step belongs to its workshop,
    # and a cycle of keys between the two tables buys nothing but trouble.
    current_step_id: Mapped[int | None] = mapped_column(Integer)
    previous_workshop_id: Mapped[int | None] = mapped_column(
        ForeignKey("workshop.id", ondelete="SET NULL")
    )
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_opened_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    participants: Mapped[list[Participant]] = relationship(
        back_populates="workshop",
        cascade="all, delete-orphan",
        order_by="Participant.position",
        passive_deletes=True,
    )
    steps: Mapped[list[AgendaStep]] = relationship(
        back_populates="workshop",
        cascade="all, delete-orphan",
        order_by="AgendaStep.position",
        passive_deletes=True,
    )
    objectives: Mapped[list[Objective]] = relationship(
        back_populates="workshop",
        cascade="all, delete-orphan",
        order_by="Objective.position",
        passive_deletes=True,
    )
    past_objectives: Mapped[list[PastObjective]] = relationship(
        cascade="all, delete-orphan", order_by="PastObjective.position", passive_deletes=True
    )
    retro_items: Mapped[list[RetroItem]] = relationship(
        cascade="all, delete-orphan", order_by="RetroItem.position", passive_deletes=True
    )
    cards: Mapped[list[Card]] = relationship(
        cascade="all, delete-orphan", order_by="Card.position", passive_deletes=True
    )
    rounds: Mapped[list[VotingRound]] = relationship(
        cascade="all, delete-orphan", order_by="VotingRound.id", passive_deletes=True
    )
    stories: Mapped[list[OkrStory]] = relationship(
        cascade="all, delete-orphan", order_by="OkrStory.id", passive_deletes=True
    )
    dependencies: Mapped[list[WorksheetDependency]] = relationship(
        cascade="all, delete-orphan", order_by="WorksheetDependency.position", passive_deletes=True
    )
    metrics: Mapped[list[WorksheetMetric]] = relationship(
        cascade="all, delete-orphan", order_by="WorksheetMetric.position", passive_deletes=True
    )
    comms_items: Mapped[list[CommsItem]] = relationship(
        cascade="all, delete-orphan", order_by="CommsItem.position", passive_deletes=True
    )
    health_metrics: Mapped[list[HealthMetric]] = relationship(
        cascade="all, delete-orphan", order_by="HealthMetric.position", passive_deletes=True
    )
    weekly_notes: Mapped[list[WeeklyNote]] = relationship(
        cascade="all, delete-orphan", order_by="WeeklyNote.week", passive_deletes=True
    )
    worksheet: Mapped[EmbeddingWorksheet | None] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    review_items: Mapped[list[ReviewItem]] = relationship(
        cascade="all, delete-orphan", order_by="ReviewItem.position", passive_deletes=True
    )
    review_answers: Mapped[list[ReviewAnswer]] = relationship(
        cascade="all, delete-orphan", order_by="ReviewAnswer.id", passive_deletes=True
    )


class Participant(Base):
    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("workshop_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(30), default="contributor")
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_okr_champion: Mapped[bool] = mapped_column(Boolean, default=False)

    workshop: Mapped[Workshop] = relationship(back_populates="participants")


class AgendaStep(Base):
    __tablename__ = "agenda_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(50))
    title: Mapped[str] = mapped_column(String(200))
    planned_seconds: Mapped[int] = mapped_column(Integer)
    added_seconds: Mapped[int] = mapped_column(Integer, default=0)
    used_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    optional: Mapped[bool] = mapped_column(Boolean, default=False)
    on_zero: Mapped[str] = mapped_column(String(20), default="signal")
    grace_seconds: Mapped[int] = mapped_column(Integer, default=60)
    notes: Mapped[str] = mapped_column(Text, default="")

    workshop: Mapped[Workshop] = relationship(back_populates="steps")


class PastObjective(Base):
    """An objective of the previous cycle, brought in to be scored."""

    __tablename__ = "past_objective"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    # The objective of the previous workshop it was copied from, when there was one.
    # Not a foreign key: the previous workshop may live in another file.
    source_objective_id: Mapped[int | None] = mapped_column(Integer)

    key_results: Mapped[list[PastKeyResult]] = relationship(
        lazy="selectin",
        cascade="all, delete-orphan",
        order_by="PastKeyResult.position",
        passive_deletes=True,
    )


class PastKeyResult(Base):
    __tablename__ = "past_key_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    past_objective_id: Mapped[int] = mapped_column(
        ForeignKey("past_objective.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    score: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    source_key_result_id: Mapped[int | None] = mapped_column(Integer)


class RetroItem(Base):
    __tablename__ = "retro_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    board: Mapped[str] = mapped_column(String(30))
    column: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    # The review item of the previous cycle this note carries on, when it came from one.
    # Not a foreign key: the previous workshop may live in another file.
    source_review_item_id: Mapped[int | None] = mapped_column(Integer)


class Card(Base):
    """A post-it: an objective or key-result candidate on the board."""

    __tablename__ = "card"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30), default="objective")
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    colour: Mapped[str] = mapped_column(String(20), default="yellow")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # A card grouped into another (a duplicate) points at the card it joined.
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="SET NULL"))
    origin_retro_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("retro_item.id", ondelete="SET NULL")
    )
    origin_past_key_result_id: Mapped[int | None] = mapped_column(
        ForeignKey("past_key_result.id", ondelete="SET NULL")
    )


class VotingRound(Base):
    __tablename__ = "voting_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str] = mapped_column(String(30), default="objectives")
    objective_id: Mapped[int | None] = mapped_column(ForeignKey("objective.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200), default="")
    votes_per_person: Mapped[int] = mapped_column(Integer, default=3)
    max_per_option: Mapped[int] = mapped_column(Integer, default=3)
    secret: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(20), default="open")
    counting: Mapped[str] = mapped_column(String(20), default="dots")
    cut_line: Mapped[int | None] = mapped_column(Integer)
    runoff_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("voting_round.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    options: Mapped[list[RoundOption]] = relationship(
        lazy="selectin",
        cascade="all, delete-orphan",
        order_by="RoundOption.position",
        passive_deletes=True,
    )
    votes: Mapped[list[Vote]] = relationship(
        cascade="all, delete-orphan", order_by="Vote.id", passive_deletes=True
    )

    def count_of(self, option: RoundOption, dots: int) -> int:
        """An option's count: its dots; or the count typed from paper or hands instead
        ("manual"); or its dots plus the dots of paper ballots, typed ("mixed")."""
        typed = option.manual_count or 0
        if self.counting == "manual":
            return typed
        return dots + typed if self.counting == "mixed" else dots


class RoundOption(Base):
    """One thing on the ballot of a round: a card, or a key-result candidate."""

    __tablename__ = "round_option"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("voting_round.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    card_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"))
    key_result_id: Mapped[int | None] = mapped_column(
        ForeignKey("key_result.id", ondelete="CASCADE")
    )
    manual_count: Mapped[int | None] = mapped_column(Integer)
    # Set when the facilitator breaks a tie: lower wins.
    tie_break_rank: Mapped[int | None] = mapped_column(Integer)
    tie_break_by: Mapped[str] = mapped_column(String(20), default="")


class Vote(Base):
    __tablename__ = "vote"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("voting_round.id", ondelete="CASCADE"), index=True
    )
    option_id: Mapped[int] = mapped_column(
        ForeignKey("round_option.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    cast_at: Mapped[dt.datetime] = mapped_column(DateTime)


class UnfinishedBallot(Base):
    """A voter who went into the booth and has not handed over yet.

    The row goes when the voter hands over. One left behind by a crash shows the
    voter as not finished, so nobody counts them as having voted.
    """

    __tablename__ = "unfinished_ballot"

    round_id: Mapped[int] = mapped_column(
        ForeignKey("voting_round.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )


class Objective(Base):
    __tablename__ = "objective"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    why_it_matters: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    rank: Mapped[int | None] = mapped_column(Integer)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("objective.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    source_card_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")

    workshop: Mapped[Workshop] = relationship(back_populates="objectives")
    checklist_answers: Mapped[list[ChecklistAnswer]] = relationship(
        cascade="all, delete-orphan", order_by="ChecklistAnswer.id", passive_deletes=True
    )
    key_results: Mapped[list[KeyResult]] = relationship(
        back_populates="objective",
        lazy="selectin",
        cascade="all, delete-orphan",
        order_by="KeyResult.position",
        passive_deletes=True,
    )


class KeyResult(Base):
    __tablename__ = "key_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    baseline: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(50), default="")
    how_to_measure: Mapped[str] = mapped_column(Text, default="")
    data_source: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # "outcome" or "output", "leading" or "lagging": the room's verdict, with the
    # hands-up counts that led to it.
    outcome_or_output: Mapped[str] = mapped_column(String(10), default="")
    outcome_hands: Mapped[int] = mapped_column(Integer, default=0)
    output_hands: Mapped[int] = mapped_column(Integer, default=0)
    leading_or_lagging: Mapped[str] = mapped_column(String(10), default="")
    leading_hands: Mapped[int] = mapped_column(Integer, default=0)
    lagging_hands: Mapped[int] = mapped_column(Integer, default=0)
    rank: Mapped[int | None] = mapped_column(Integer)
    selected: Mapped[bool] = mapped_column(Boolean, default=False)
    champion_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    success_threshold: Mapped[str] = mapped_column(Text, default="")
    partial_threshold: Mapped[str] = mapped_column(Text, default="")
    no_impact_threshold: Mapped[str] = mapped_column(Text, default="")
    negative_threshold: Mapped[str] = mapped_column(Text, default="")
    # The end-of-cycle review: the room's score 0.0-1.0 and what it says about it.
    final_score: Mapped[float | None] = mapped_column(Float)
    review_note: Mapped[str] = mapped_column(Text, default="")

    objective: Mapped[Objective] = relationship(back_populates="key_results")
    checklist_answers: Mapped[list[ChecklistAnswer]] = relationship(
        cascade="all, delete-orphan", order_by="ChecklistAnswer.id", passive_deletes=True
    )
    checkins: Mapped[list[ConfidenceCheckIn]] = relationship(
        cascade="all, delete-orphan", order_by="ConfidenceCheckIn.week", passive_deletes=True
    )
    initiatives: Mapped[list[Initiative]] = relationship(
        lazy="selectin",
        cascade="all, delete-orphan",
        order_by="Initiative.position",
        passive_deletes=True,
    )


class Initiative(Base):
    __tablename__ = "initiative"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_result_id: Mapped[int] = mapped_column(
        ForeignKey("key_result.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    priority: Mapped[str] = mapped_column(String(10), default="should")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ChecklistAnswer(Base):
    """The room's answer to one facilitation-sheet criterion for one item."""

    __tablename__ = "checklist_answer"
    __table_args__ = (UniqueConstraint("objective_id", "key_result_id", "criterion"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), index=True
    )
    key_result_id: Mapped[int | None] = mapped_column(
        ForeignKey("key_result.id", ondelete="CASCADE"), index=True
    )
    criterion: Mapped[str] = mapped_column(String(50))
    answer: Mapped[bool | None] = mapped_column(Boolean)


class OkrStory(Base):
    __tablename__ = "okr_story"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="SET NULL")
    )
    character: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    obstacle: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
    metric_ideas: Mapped[str] = mapped_column(Text, default="")


class EmbeddingWorksheet(Base):
    """The twelve numbered fields of the embedding worksheet.

    Field 1 (team and mission) is the workshop's own; fields 6 (dependencies) and
    11 (metrics map) are rows of their own tables.
    """

    __tablename__ = "embedding_worksheet"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), unique=True
    )
    people: Mapped[str] = mapped_column(Text, default="")
    benefits: Mapped[str] = mapped_column(Text, default="")
    checkin_cadence: Mapped[str] = mapped_column(Text, default="")
    update_due: Mapped[str] = mapped_column(Text, default="")
    time_on_okr_percent: Mapped[int | None] = mapped_column(Integer)
    okr_champion: Mapped[str] = mapped_column(Text, default="")
    hopes: Mapped[str] = mapped_column(Text, default="")
    fears: Mapped[str] = mapped_column(Text, default="")
    upcoming_themes: Mapped[str] = mapped_column(Text, default="")


class WorksheetDependency(Base):
    __tablename__ = "worksheet_dependency"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[str] = mapped_column(String(20))
    strength: Mapped[str] = mapped_column(String(20), default="feedback")
    team: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class WorksheetMetric(Base):
    __tablename__ = "worksheet_metric"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    sweet_spot: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CommsItem(Base):
    __tablename__ = "comms_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    audience: Mapped[str] = mapped_column(Text, default="")
    message: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(Text, default="")
    when: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ConfidenceCheckIn(Base):
    __tablename__ = "confidence_checkin"
    __table_args__ = (UniqueConstraint("key_result_id", "week"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key_result_id: Mapped[int] = mapped_column(
        ForeignKey("key_result.id", ondelete="CASCADE"), index=True
    )
    week: Mapped[int] = mapped_column(Integer)
    score: Mapped[float | None] = mapped_column(Float)
    actual: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class HealthMetric(Base):
    """An operational-health line of the weekly check-in, with its traffic light."""

    __tablename__ = "health_metric"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class WeeklyNote(Base):
    """The free parts of one week's check-in: priority pipeline and focus."""

    __tablename__ = "weekly_note"
    __table_args__ = (UniqueConstraint("workshop_id", "week"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    week: Mapped[int] = mapped_column(Integer)
    priority_pipeline: Mapped[str] = mapped_column(Text, default="")
    weekly_focus: Mapped[str] = mapped_column(Text, default="")
    # The check-in questions, answered for the week.
    what_changed: Mapped[str] = mapped_column(Text, default="")
    slowing_us: Mapped[str] = mapped_column(Text, default="")
    raise_confidence: Mapped[str] = mapped_column(Text, default="")


class ReviewItem(Base):
    """A stop / start / continue note of the end-of-cycle review.

    An open item is carried into the next workshop's retrospective.
    """

    __tablename__ = "review_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    column: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    open: Mapped[bool] = mapped_column(Boolean, default=True)


class ReviewAnswer(Base):
    """The room's answer to one question of the end-of-cycle review."""

    __tablename__ = "review_answer"
    __table_args__ = (UniqueConstraint("workshop_id", "question"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    question: Mapped[str] = mapped_column(String(50))
    text: Mapped[str] = mapped_column(Text, default="")


class PhoneAccess(Base):
    """A round that the room may vote on from phones: the secret part of its address."""

    __tablename__ = "phone_access"

    round_id: Mapped[int] = mapped_column(
        ForeignKey("voting_round.id", ondelete="CASCADE"), primary_key=True
    )
    token: Mapped[str] = mapped_column(String(64), unique=True)
    codes_only: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class BallotClaim(Base):
    """How one person votes in one round, when not at the shared screen.

    ``channel`` is "phone" once a phone has claimed the name (``device`` is a hash of
    that phone's secret), "paper" when the facilitator marks a paper ballot handed in,
    and empty while only a per-person ``code`` has been printed.
    """

    __tablename__ = "ballot_claim"
    __table_args__ = (UniqueConstraint("round_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("voting_round.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(16), default="")
    channel: Mapped[str] = mapped_column(String(10), default="")
    device: Mapped[str] = mapped_column(String(64), default="")
    claimed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
