"""What the coach knows about a runner when answering them: weight, key runs, race, loads."""

from __future__ import annotations

import datetime as dt

from core.accounts import Account, Who, account_in
from core.faq import Answer, UserContext, answer_question, answer_topic
from core.storage.db import Database
from core.storage.uow import UnitOfWork

WORKING_WEIGHT_WEEKS = 8


async def ask(db: Database, *, who: Who, text: str, now: dt.datetime) -> Answer:
    """Answer a question for this runner, reading it as a follow-up of a recent one."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        facts = await _facts(uow, account, now)
        answer = answer_question(text, user=facts, previous_topic=account.recent_topic(now))
        if answer.topic is not None:
            account.user.last_topic, account.user.last_topic_at = answer.topic, now
        await uow.commit()
        return answer


async def answer_chosen(db: Database, *, who: Who, slug: str, now: dt.datetime) -> Answer:
    """Answer a topic the runner picked from a list."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        answer = answer_topic(slug, user=await _facts(uow, account, now))
        account.user.last_topic, account.user.last_topic_at = slug, now
        await uow.commit()
        return answer


async def _facts(uow: UnitOfWork, account: Account, now: dt.datetime) -> UserContext:
    """Gather the runner's facts that personalise an answer."""
    today = account.today(now)
    since = today - dt.timedelta(weeks=WORKING_WEIGHT_WEEKS)
    recent = await uow.activities.between(account.user.id, since, today)
    working: dict[str, float] = {}
    for activity in recent:  # oldest first: the latest heaviest set per lift wins
        if activity.kind == "lift" and activity.exercise and activity.load_kg:
            working[activity.exercise] = activity.load_kg
    race = account.races[0] if account.races else None
    return UserContext(
        bodyweight_kg=account.profile.bodyweight_kg,
        units="imperial" if account.user.units == "imperial" else "metric",
        key_runs=dict(account.profile.key_runs),
        days_to_race=(race.race_date - today).days if race else None,
        race_name=race.name or None if race else None,
        race_distance_km=race.distance_km if race else None,
        working_weights=working,
    )
