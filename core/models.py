"""Stored records: users, their training profile, races, logged activities and deliveries."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from core.entries import Entry

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DEFAULT_KEY_RUNS: dict[str, str] = {"tue": "intervals", "thu": "tempo", "sat": "long"}
DEFAULT_MORNING = dt.time(7, 0)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Store aware datetimes as naive UTC; hand them back aware, on every database."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; store aware UTC datetimes only")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


class User(Base):
    """A runner, known by their Telegram id; everything else hangs off this row."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    telegram_id: Mapped[int] = mapped_column(sa.BigInteger, unique=True)
    chat_id: Mapped[int] = mapped_column(sa.BigInteger)
    name: Mapped[str] = mapped_column(sa.String(128), default="")
    timezone: Mapped[str] = mapped_column(sa.String(64), default="UTC")
    units: Mapped[str] = mapped_column(sa.String(8), default="metric")
    morning_time: Mapped[dt.time] = mapped_column(sa.Time, default=DEFAULT_MORNING)
    paused_until: Mapped[dt.date | None] = mapped_column(sa.Date, default=None)
    active: Mapped[bool] = mapped_column(default=True)
    rest_day_messages: Mapped[bool] = mapped_column(default=True)
    # The guided set-up step waiting for an answer; kept here, not in process memory, so a
    # restart or a second process carries on the same conversation.
    setup_step: Mapped[str | None] = mapped_column(sa.String(16), default=None)
    # The last question's topic, so "and in race week?" is read as a follow-up on any replica.
    last_topic: Mapped[str | None] = mapped_column(sa.String(32), default=None)
    last_topic_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    # A log missing one piece ("300 x5" without the lift), waiting for the runner's answer.
    pending_log: Mapped[str | None] = mapped_column(sa.Text, default=None)
    pending_log_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class TrainingProfile(Base):
    """What the planner needs to know about a runner's week and kit."""

    __tablename__ = "training_profiles"

    user_id: Mapped[int] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    key_runs: Mapped[dict[str, str]] = mapped_column(
        sa.JSON, default=lambda: dict(DEFAULT_KEY_RUNS)
    )
    strength_days_pref: Mapped[str] = mapped_column(sa.String(8), default="hard")
    sessions_per_week: Mapped[int] = mapped_column(default=2)
    equipment: Mapped[str] = mapped_column(sa.String(8), default="gym")
    experience: Mapped[str] = mapped_column(sa.String(16), default="some")
    bodyweight_kg: Mapped[float | None] = mapped_column(default=None)


class Race(Base):
    __tablename__ = "races"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    race_date: Mapped[dt.date] = mapped_column(sa.Date)
    distance_km: Mapped[float]
    name: Mapped[str] = mapped_column(sa.String(120), default="")
    priority: Mapped[str] = mapped_column(sa.String(1), default="A")


class Activity(Base):
    """One logged entry (a run, a group of identical sets, cross-training or a rest day)."""

    __tablename__ = "activities"
    __table_args__ = (sa.Index("ix_activities_user_date", "user_id", "local_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    local_date: Mapped[dt.date] = mapped_column(sa.Date)
    kind: Mapped[str] = mapped_column(sa.String(8))
    distance_m: Mapped[float | None] = mapped_column(default=None)
    duration_s: Mapped[float | None] = mapped_column(default=None)
    run_type: Mapped[str | None] = mapped_column(sa.String(16), default=None)
    sport: Mapped[str | None] = mapped_column(sa.String(32), default=None)
    exercise: Mapped[str | None] = mapped_column(sa.String(48), default=None)
    sets: Mapped[int | None] = mapped_column(default=None)
    reps: Mapped[int | None] = mapped_column(default=None)
    load_kg: Mapped[float | None] = mapped_column(default=None)
    per_side: Mapped[bool] = mapped_column(default=False)
    rir: Mapped[float | None] = mapped_column(default=None)
    note: Mapped[str | None] = mapped_column(sa.Text, default=None)
    raw_text: Mapped[str] = mapped_column(sa.Text, default="")
    source: Mapped[str] = mapped_column(sa.String(16), default="chat")
    # The Telegram message the entry came from, so an edited message can replace its entries.
    message_id: Mapped[int | None] = mapped_column(sa.BigInteger, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    _ENTRY_FIELDS = (
        "distance_m",
        "duration_s",
        "run_type",
        "sport",
        "exercise",
        "sets",
        "reps",
        "load_kg",
        "per_side",
        "rir",
        "note",
    )

    @classmethod
    def from_entry(
        cls,
        entry: Entry,
        *,
        user_id: int,
        raw_text: str,
        source: str,
        created_at: dt.datetime,
        message_id: int | None = None,
    ) -> Activity:
        """Build the stored row for a parsed entry."""
        fields = {name: getattr(entry, name) for name in cls._ENTRY_FIELDS}
        return cls(
            user_id=user_id,
            local_date=entry.date,
            kind=entry.kind,
            raw_text=raw_text,
            source=source,
            created_at=created_at,
            message_id=message_id,
            **fields,
        )

    def to_entry(self) -> Entry:
        """Return the entry this row stores."""
        fields = {name: getattr(self, name) for name in self._ENTRY_FIELDS}
        return Entry(kind=self.kind, date=self.local_date, **fields)  # type: ignore[arg-type]


class Delivery(Base):
    """A message the bot sends on its own; the unique key makes a second send impossible."""

    __tablename__ = "deliveries"
    __table_args__ = (
        sa.UniqueConstraint("user_id", "kind", "local_date"),
        # The dispatcher reads the last few days of every runner's deliveries on each tick.
        sa.Index("ix_deliveries_local_date", "local_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(sa.String(32))
    local_date: Mapped[dt.date] = mapped_column(sa.Date)
    status: Mapped[str] = mapped_column(sa.String(12), default="claimed")
    attempts: Mapped[int] = mapped_column(default=0)
    claimed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    detail: Mapped[str | None] = mapped_column(sa.Text, default=None)


class PlanChange(Base):
    """What a runner did with a day's planned session from the morning message's buttons.

    One row per day: the latest press wins. `session` keeps the moved session's JSON so the
    next morning shows exactly what was moved.
    """

    __tablename__ = "plan_changes"
    __table_args__ = (sa.UniqueConstraint("user_id", "local_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    local_date: Mapped[dt.date] = mapped_column(sa.Date)
    action: Mapped[str] = mapped_column(sa.String(8))  # done | skip | move
    session: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class SeenUpdate(Base):
    """A webhook update already taken in: Telegram re-delivers when it saw no 2xx."""

    __tablename__ = "seen_updates"

    update_id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True, autoincrement=False)
    seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
