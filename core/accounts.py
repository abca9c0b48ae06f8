"""Use cases on a runner's account: find or create it, change settings, walk the set-up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from core.models import Race, TrainingProfile, User
from core.preferences import PAUSED_INDEFINITELY, Change
from core.storage.db import Database
from core.storage.uow import UnitOfWork

# A question within this long of the last one may lean on it ("and in race week?").
FOLLOW_UP_WINDOW = dt.timedelta(minutes=30)
# The guided set-up, in order. Each step can be answered or skipped.
SETUP_STEPS = ("timezone", "morning", "units", "runs", "race", "equipment", "weight")


@dataclass(frozen=True)
class Who:
    """The person behind an incoming message: the only key to their data."""

    telegram_id: int
    chat_id: int
    name: str = ""


@dataclass(frozen=True)
class Account:
    user: User
    profile: TrainingProfile
    races: tuple[Race, ...]

    def local_now(self, now: dt.datetime) -> dt.datetime:
        """Return `now` on the runner's own clock."""
        return now.astimezone(ZoneInfo(self.user.timezone))

    def today(self, now: dt.datetime) -> dt.date:
        return self.local_now(now).date()

    def is_paused(self, today: dt.date) -> bool:
        return self.user.paused_until is not None and today < self.user.paused_until

    def recent_topic(self, now: dt.datetime) -> str | None:
        """The topic of the runner's last question, if it was asked recently enough."""
        user = self.user
        if user.last_topic is None or user.last_topic_at is None:
            return None
        return user.last_topic if now - user.last_topic_at <= FOLLOW_UP_WINDOW else None

    @property
    def paused_indefinitely(self) -> bool:
        return self.user.paused_until == PAUSED_INDEFINITELY


async def account_in(uow: UnitOfWork, *, who: Who, now: dt.datetime) -> Account:
    """Return the runner's account inside an open unit of work, creating it if new."""
    user = await uow.users.by_telegram_id(who.telegram_id)
    if user is None:
        user = User(
            telegram_id=who.telegram_id,
            chat_id=who.chat_id,
            name=who.name[:128],
            created_at=now,
        )
        uow.users.add(user)
        await uow.users.flush()
    elif user.chat_id != who.chat_id or (who.name and user.name != who.name[:128]):
        user.chat_id, user.name = who.chat_id, who.name[:128] or user.name
    if not user.active:
        # A runner who writes to the bot again has unblocked it.
        user.active = True
    profile = await uow.profiles.get(user.id)
    if profile is None:
        profile = TrainingProfile(user_id=user.id)
        uow.profiles.add(profile)
        await uow.users.flush()
    today = now.astimezone(ZoneInfo(user.timezone)).date()
    races = tuple(await uow.races.for_user(user.id, from_date=today))
    return Account(user=user, profile=profile, races=races)


async def load_account(db: Database, *, who: Who, now: dt.datetime) -> Account:
    """Return the runner's account, creating it with defaults on their first message."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        await uow.commit()
    return account


async def apply_change(
    db: Database, *, who: Who, change: Change, now: dt.datetime, setup_step: str | None = "keep"
) -> Account:
    """Store a setting change (and optionally move the set-up on); return the new account."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        for name, value in change.user.items():
            setattr(account.user, name, value)
        for name, value in change.profile.items():
            setattr(account.profile, name, value)
        if change.race is not None:
            uow.races.add(
                Race(
                    user_id=account.user.id,
                    race_date=change.race.date,
                    distance_km=change.race.distance_km,
                    name=change.race.name,
                )
            )
        if setup_step != "keep":
            account.user.setup_step = setup_step
        await uow.commit()
        return await account_in(uow, who=who, now=now)


def next_setup_step(step: str | None) -> str | None:
    """Return the set-up step after `step` (None when the set-up is finished)."""
    if step not in SETUP_STEPS:
        return SETUP_STEPS[0]
    index = SETUP_STEPS.index(step) + 1
    return SETUP_STEPS[index] if index < len(SETUP_STEPS) else None


async def start_setup(db: Database, *, who: Who, now: dt.datetime) -> Account:
    """Begin (or restart) the guided set-up at its first step."""
    return await apply_change(db, who=who, change=Change(), now=now, setup_step=SETUP_STEPS[0])


EDIT_PREFIX = "edit:"


def awaited_setting(account: Account) -> str | None:
    """Return the setting whose typed answer the bot is waiting for, if any."""
    step = account.user.setup_step
    if step is None:
        return None
    return step.removeprefix(EDIT_PREFIX)


@dataclass(frozen=True)
class SetupProgress:
    account: Account
    following: str | None  # the next question to ask, if any
    finished: bool  # the last question of the guided set-up was just answered


async def answer_setup(
    db: Database, *, who: Who, step: str, change: Change, now: dt.datetime
) -> SetupProgress:
    """Store the answer to a set-up question and say what comes next.

    Answering the step the runner is on moves the set-up on; a single setting opened from
    /settings ends there; a button pressed on an old question just stores its value.
    """
    async with db.uow() as uow:
        current = (await account_in(uow, who=who, now=now)).user.setup_step
    if current == step:
        following = next_setup_step(step)
    elif current == EDIT_PREFIX + step:
        following = None
    else:
        account = await apply_change(db, who=who, change=change, now=now)
        return SetupProgress(account, None, finished=False)
    account = await apply_change(db, who=who, change=change, now=now, setup_step=following)
    return SetupProgress(account, following, finished=current == step and following is None)


async def ask_setting(db: Database, *, who: Who, step: str, now: dt.datetime) -> Account:
    """Wait for a typed answer to one setting (opened from /settings)."""
    return await apply_change(db, who=who, change=Change(), now=now, setup_step=EDIT_PREFIX + step)
