"""What the coach knows about a runner when answering them: weight, key runs, race, loads."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from core.accounts import Account, Who, account_in
from core.faq import Answer, UserContext, answer_question, answer_topic
from core.planner import check_heavy_legs
from core.plans import planner_profile, planner_races
from core.storage.db import Database
from core.storage.uow import UnitOfWork

WORKING_WEIGHT_WEEKS = 8


_HEAVY_LEGS = re.compile(
    r"\b(?:squat\w*|dead ?lift\w*|deads|dls?|rdls?|leg day|legs day|heavy legs|lunges?|"
    r"bulgarians?|bss|split squats?|leg press|lower body|lift(?:ing)? heavy|heavy lift\w*)\b"
)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WHEN = re.compile(
    r"\b(today|tonight|this (?:morning|afternoon|evening)|tomorrow|tmrw|tmr|"
    r"mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\b"
)


def heavy_legs_day(text: str, *, today: dt.date) -> dt.date | None:
    """The day a question asks about lifting heavy legs on ("can I squat tomorrow?"), if any."""
    lowered = text.lower()
    if not _HEAVY_LEGS.search(lowered):
        return None
    match = _WHEN.search(lowered)
    if match is None:
        return None
    word = match[1]
    if word.startswith(("today", "tonight", "this")):
        return today
    if word.startswith(("tomorrow", "tmr")):
        return today + dt.timedelta(days=1)
    weekday = next(i for i, name in enumerate(_DAYS) if name.startswith(word[:3]))
    return today + dt.timedelta(days=(weekday - today.weekday()) % 7)


async def ask(db: Database, *, who: Who, text: str, now: dt.datetime) -> Answer:
    """Answer a question for this runner, reading it as a follow-up of a recent one; a
    question about heavy legs on a given day gets that day's verdict first."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        facts = await _facts(uow, account, now)
        answer = answer_question(text, user=facts, previous_topic=account.recent_topic(now))
        day = heavy_legs_day(text, today=account.today(now))
        if day is not None:
            answer = await _with_verdict(uow, account, answer, day, facts)
        if answer.topic is not None:
            account.user.last_topic, account.user.last_topic_at = answer.topic, now
        await uow.commit()
        return answer


async def _with_verdict(
    uow: UnitOfWork, account: Account, answer: Answer, day: dt.date, facts: UserContext
) -> Answer:
    """Lead with whether heavy leg work fits `day` in this runner's week."""
    since = day - dt.timedelta(days=14)
    rows = await uow.activities.between(account.user.id, since, day + dt.timedelta(days=1))
    warning = check_heavy_legs(
        profile=planner_profile(account.profile), races=planner_races(account.races), day=day,
        history=[row.to_entry() for row in rows],
    )  # fmt: skip
    name = day.strftime("%A")
    verdict = (
        f"⚠️ {warning}"
        if warning
        else f"✓ {name} works for heavy legs: no key run or race the day after."
    )
    base = answer if answer.kind == "answer" else answer_topic("scheduling_week", user=facts)
    return replace(base, text=f"{verdict}\n\n{base.text}")


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
