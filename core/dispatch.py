"""Send what is due, once: claim → send → mark, and the morning message's buttons.

Crash policy — at most once. `sendMessage` has no idempotency key, so exactly-once is out of
reach; we choose never to send a message twice over never losing one:

1. **claim**: the delivery row (user, kind, local date) is inserted with status `claimed`
   (INSERT … ON CONFLICT DO NOTHING) and committed *before* anything is sent. Only the
   process whose insert went in sends; a second process, a restart or a second
   `coach send-due` finds the key taken. This holds on SQLite and on PostgreSQL with any
   number of dispatchers, without locks or a leader.
2. **send** through one paced sender (retries inside it; 403 marks the runner inactive).
3. **mark** the row `sent` (or `failed`, `blocked`, `skipped`).

A crash between 1 and 3 leaves rows `claimed`: those messages may or may not have reached the
runner, and they are never retried. So a crash costs at most the messages in flight (one claim
batch), never a duplicate. A duplicate morning plan or race reminder is the worse failure: it
looks broken and doubles every button; a lost one is covered by the next day's message.
Claims are made a small batch at a time, just before sending, to keep that loss small.

On PostgreSQL, passes from several processes also take turns (`pg_advisory_lock`), so one
paced sender at a time keeps the bot under Telegram's overall rate limit.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import sqlalchemy as sa

from core.accounts import Who
from core.entries import Entry
from core.models import Activity, Delivery, PlanChange, Race, TrainingProfile, User
from core.planner import check_heavy_legs, monday_of
from core.planner.phases import taper_days
from core.plans import (
    HISTORY_DAYS,
    day_changes,
    paused_days,
    planner_profile,
    planner_races,
    todays_plan,
    week_plan,
)
from core.schedule import (
    MORNING,
    RACE_REMINDERS,
    REVIEW,
    Briefing,
    Due,
    MorningBriefing,
    PassReport,
    Recipient,
    due_deliveries,
    morning_briefing,
    race_briefing,
    weekly_review,
    zone,
)
from core.storage.db import Database, is_sqlite
from core.storage.repositories import Outcome
from core.storage.uow import UnitOfWork

log = logging.getLogger(__name__)

CLAIM_BATCH = 25
CONCURRENCY = 16
PASS_LOCK = 0x636F616368  # PostgreSQL advisory lock key for dispatcher passes
_DAY = dt.timedelta(days=1)
_OFFSETS = {kind: days for days, kind in RACE_REMINDERS.items()}


@dataclass(frozen=True, slots=True)
class SendResult:
    """How one send ended: `blocked` is a 403 (the runner blocked the bot)."""

    status: Literal["sent", "blocked", "failed"]
    detail: str | None = None


class Sender(Protocol):
    """Puts a briefing into words and sends it to a chat (the bot's side)."""

    async def __call__(self, chat_id: int, briefing: Briefing) -> SendResult: ...


# --- one pass -----------------------------------------------------------------------------------


async def _snapshot(db: Database, now: dt.datetime) -> tuple[list[Recipient], set[Any]]:
    # Local "yesterday" is never earlier than two UTC dates back (UTC-12), and race reminders
    # reach 14 days ahead and one day back.
    since = now.astimezone(dt.UTC).date() - 2 * _DAY
    async with db.uow() as uow:
        users = await uow.users.active()
        races = await uow.races.between(since - _DAY, since + 17 * _DAY)
        delivered = await uow.deliveries.keys_since(since)
    race_dates: dict[int, list[dt.date]] = {}
    for race in races:
        race_dates.setdefault(race.user_id, []).append(race.race_date)
    recipients = [
        Recipient(
            user_id=user.id,
            chat_id=user.chat_id,
            timezone=user.timezone,
            morning_time=user.morning_time,
            created_at=user.created_at,
            paused_until=user.paused_until,
            active=user.active,
            race_dates=tuple(race_dates.get(user.id, ())),
        )
        for user in users
    ]
    return recipients, delivered


def _row(due: Due, status: str, now: dt.datetime, detail: str | None = None) -> dict[str, Any]:
    return {
        "user_id": due.user_id,
        "kind": due.kind,
        "local_date": due.local_date,
        "status": status,
        "attempts": 0,
        "claimed_at": now,
        "detail": detail,
    }


@dataclass(slots=True)
class RunnerData:
    """One runner's stored records, as far as the scheduled messages need them."""

    user: User
    profile: TrainingProfile | None = None
    races: list[Race] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)  # the logged history, oldest first
    changes: list[PlanChange] = field(default_factory=list)
    mornings: dict[dt.date, Delivery] = field(default_factory=dict)


def group_records(records: Mapping[str, Sequence[Any]]) -> dict[int, RunnerData]:
    """Group the rows `RunnerRecords.load` returns by runner."""
    data = {user.id: RunnerData(user) for user in records["users"]}
    for profile in records["profiles"]:
        if profile.user_id in data:
            data[profile.user_id].profile = profile
    for name in ("races", "changes"):
        for row in records[name]:
            if row.user_id in data:
                getattr(data[row.user_id], name).append(row)
    for user_id, local_date, kind, *values in records["activities"]:
        if user_id in data:
            fields = dict(zip(Activity._ENTRY_FIELDS, values, strict=True))
            data[user_id].entries.append(Entry(kind=kind, date=local_date, **fields))
    for delivery in records["mornings"]:
        if delivery.user_id in data:
            data[delivery.user_id].mornings[delivery.local_date] = delivery
    return data


def briefing_for(due: Due, data: RunnerData | None) -> Briefing | None:
    """Build the message for a claimed delivery; None when there is nothing to send."""
    if data is None or not data.user.active:
        return None
    user, day, units = data.user, due.local_date, data.user.units
    if due.kind in _OFFSETS:
        race_day = day + _OFFSETS[due.kind] * _DAY
        on_day = [race for race in data.races if race.race_date == race_day]
        if not on_day:
            return None  # the race was removed after the pass looked
        race = min(on_day, key=lambda r: (r.priority, r.id))
        return race_briefing(
            kind=due.kind,
            local_date=day,
            race_date=race.race_date,
            distance_km=race.distance_km,
            name=race.name,
            taper_days=taper_days(race.distance_km),
            units=units,
        )
    profile = planner_profile(data.profile)
    races = planner_races(data.races)
    start = day - HISTORY_DAYS * _DAY
    history = [entry for entry in data.entries if start <= entry.date <= day]
    changes = day_changes([c for c in data.changes if day - 7 * _DAY <= c.local_date <= day])
    if due.kind == MORNING:
        yesterday = day - _DAY
        sent = data.mornings.get(yesterday)
        planned = None
        if sent is not None and sent.status == "sent" and sent.detail:
            planned = json.loads(sent.detail)
        return morning_briefing(
            local_date=day,
            plan=todays_plan(
                profile=profile,
                races=races,
                history=history,
                day=day,
                changes=changes,
                paused=paused_days(user, day),
            ),
            changes=changes,
            yesterday_planned=planned,
            logged_yesterday=[entry for entry in history if entry.date == yesterday],
            bodyweight_kg=profile.bodyweight_kg,
            units=units,
            rest_day_messages=user.rest_day_messages,
        )
    if due.kind == REVIEW:
        return weekly_review(
            local_date=day,
            entries=history,
            plan=week_plan(
                profile=profile,
                races=races,
                history=history,
                day=day,
                paused_days=paused_days(user, day),
            ),
            next_week=week_plan(profile=profile, races=races, history=history, day=day + _DAY),
            changes=changes,
            units=units,
        )
    raise ValueError(f"unknown delivery kind {due.kind!r}")


def _record(briefing: Briefing) -> str | None:
    if isinstance(briefing, MorningBriefing):
        return json.dumps(briefing.record())
    return None


Prepared = tuple[Due, Briefing | None, str | None]  # (what, message, why it could not be built)


async def _claim_and_prepare(db: Database, chunk: Sequence[Due], now: dt.datetime) -> tuple[
    list[Prepared], int
]:  # fmt: skip
    """Claim a batch (committed before any send) and build its messages."""
    async with db.uow() as uow:
        claimed = await uow.deliveries.insert_new([_row(d, "claimed", now) for d in chunk])
        await uow.commit()
        mine = [d for d in chunk if d.key in claimed]
        if not mine:
            return [], len(chunk)
        days = [d.local_date for d in mine]
        records = await uow.runner_records.load(
            [d.user_id for d in mine],
            since=min(days) - HISTORY_DAYS * _DAY,
            until=max(days),
        )
    data = group_records(records)
    prepared: list[Prepared] = []
    for due in mine:
        try:
            prepared.append((due, briefing_for(due, data.get(due.user_id)), None))
        except Exception as error:
            log.exception("could not prepare %s for user %s", due.kind, due.user_id)
            prepared.append((due, None, f"prepare: {type(error).__name__}: {error}"[:500]))
    # A key already taken went to another dispatcher (or an earlier pass).
    return prepared, len(chunk) - len(mine)


async def _send_all(
    prepared: Sequence[Prepared], send: Sender, concurrency: int, report: PassReport
) -> list[Outcome]:
    slots = asyncio.Semaphore(concurrency)

    async def one(due: Due, briefing: Briefing | None, problem: str | None) -> Outcome:
        if problem is not None:
            report.failed += 1
            return (due.key, "failed", problem)
        if briefing is None:
            report.skipped += 1
            return (due.key, "skipped", None)
        async with slots:
            try:
                result = await send(due.chat_id, briefing)
            except Exception as error:
                log.exception("sending %s to user %s failed", due.kind, due.user_id)
                result = SendResult("failed", f"{type(error).__name__}: {error}"[:500])
        if result.status == "sent":
            report.sent += 1
            return (due.key, "sent", _record(briefing))
        if result.status == "blocked":
            log.info("user %s blocked the bot: no more messages to them", due.user_id)
            report.skipped += 1
        else:
            report.failed += 1
        return (due.key, result.status, result.detail)

    return list(await asyncio.gather(*(one(*item) for item in prepared)))


async def _mark(db: Database, outcomes: Sequence[Outcome], now: dt.datetime) -> None:
    async with db.uow() as uow:
        await uow.deliveries.finish(outcomes, at=now)
        blocked = [key[0] for key, status, _ in outcomes if status == "blocked"]
        await uow.runner_records.deactivate(blocked)
        await uow.commit()


async def _drop(db: Database, late: Sequence[Due], now: dt.datetime) -> int:
    dropped: set[Any] = set()
    # In slices: after a long outage there can be thousands, and SQLite caps bound parameters.
    for start in range(0, len(late), 500):
        rows = [_row(d, "dropped", now, "window closed") for d in late[start : start + 500]]
        async with db.uow() as uow:
            dropped |= await uow.deliveries.insert_new(rows)
            await uow.commit()
    for item in late:
        if item.key in dropped:
            log.info(
                "dropped %s for user %s on %s: its window closed at %s",
                item.kind, item.user_id, item.local_date, item.expires_at.isoformat(),
            )  # fmt: skip
    return len(dropped)


async def send_due(
    db: Database,
    *,
    now: dt.datetime,
    send: Sender | None,
    dry_run: bool = False,
    batch: int = CLAIM_BATCH,
    concurrency: int = CONCURRENCY,
    one_at_a_time: bool = True,
) -> PassReport:
    """Send every message due at `now` that no pass has claimed yet; count the outcomes.

    Batches overlap: while one batch is being sent, the next is claimed and prepared. A dry
    run claims and sends nothing: `sent` counts what would go out, `skipped` what would be
    dropped as too late. On PostgreSQL, passes of several processes take turns (an advisory
    lock) so that one paced sender keeps the whole bot under Telegram's rate limit; the claims
    alone already make a second send impossible.
    """
    if dry_run or send is None or not one_at_a_time or is_sqlite(db.url):
        return await _send_due(db, now, send, dry_run, batch, concurrency)
    async with db.engine.connect() as connection:
        # Session-level: held until unlocked here or until this connection dies with us.
        await connection.execute(sa.text("SELECT pg_advisory_lock(:key)"), {"key": PASS_LOCK})
        try:
            return await _send_due(db, now, send, dry_run, batch, concurrency)
        finally:
            await connection.execute(
                sa.text("SELECT pg_advisory_unlock(:key)"), {"key": PASS_LOCK}
            )
            await connection.commit()


async def _send_due(
    db: Database,
    now: dt.datetime,
    send: Sender | None,
    dry_run: bool,
    batch: int,
    concurrency: int,
) -> PassReport:
    recipients, delivered = await _snapshot(db, now)
    due = due_deliveries(recipients, delivered=delivered, now=now)
    if dry_run or send is None:
        return PassReport(sent=len(due.send), skipped=len(due.drop))
    report = PassReport()
    if due.drop:
        report.skipped += await _drop(db, due.drop, now)
    chunks = [due.send[i : i + batch] for i in range(0, len(due.send), batch)]
    if not chunks:
        return report
    prepared, taken = await _claim_and_prepare(db, chunks[0], now)
    report.skipped += taken
    for following in [*chunks[1:], None]:
        sending = asyncio.ensure_future(_send_all(prepared, send, concurrency, report))
        try:
            if following is not None:
                prepared, taken = await _claim_and_prepare(db, following, now)
                report.skipped += taken
            outcomes = await sending
        except BaseException:
            sending.cancel()
            raise
        await _mark(db, outcomes, now)
    return report


# --- the morning message's buttons ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanAction:
    """What a button press did, for the reply."""

    outcome: Literal["done", "skipped", "moved", "already", "nothing", "refused", "too_late"]
    day: dt.date
    session: Mapping[str, Any] | None = None
    logged: int = 0
    reason: str | None = None


_LEADING_NUMBER = re.compile(r"\d+")


def session_entries(session: Mapping[str, Any], day: dt.date) -> list[Entry]:
    """Return the planned exercises as log entries: the low end of each rep range, as planned.

    The low end never overstates what was done, so load progression is never pushed by a tap.
    """
    entries: list[Entry] = []
    for item in session.get("exercises", ()):
        reps = str(item.get("reps", ""))
        number = _LEADING_NUMBER.search(reps)
        count = int(number.group()) if number else None
        timed = bool(re.match(r"^\d+\s*s\b", reps))
        entries.append(
            Entry(
                kind="lift",
                date=day,
                exercise=item["exercise"],
                sets=int(item.get("sets") or 1),
                reps=None if timed else count,
                duration_s=float(count) if timed and count else None,
                load_kg=item.get("load_kg"),
                per_side="/" in reps,
            )
        )
    return entries


async def _planned_session(uow: UnitOfWork, user: User, day: dt.date) -> Mapping[str, Any] | None:
    sent = await uow.deliveries.get(user.id, MORNING, day)
    if sent is None or not sent.detail:
        return None
    strength = json.loads(sent.detail).get("strength")
    return strength if isinstance(strength, Mapping) else None


async def press_plan_button(
    db: Database, *, who: Who, action: str, day: dt.date, now: dt.datetime
) -> PlanAction:
    """Apply [Done ✓], [Skip] or [Move to tomorrow] to the session planned on `day`."""
    async with db.uow() as uow:
        user = await uow.users.by_telegram_id(who.telegram_id)
        if user is None:
            return PlanAction("nothing", day)
        session = await _planned_session(uow, user, day)
        if session is None:
            return PlanAction("nothing", day)
        today = now.astimezone(zone(user.timezone)).date()
        change = await uow.plan_changes.get(user.id, day)
        if change is not None and change.action == "done":
            return PlanAction("already", day, session)
        if change is not None and change.action == action:
            return PlanAction("already", day, session)
        if action == "done":
            entries = session_entries(session, day)
            label = f"plan: session {session.get('session', '')}".strip()
            for entry in entries:
                uow.activities.add(
                    Activity.from_entry(
                        entry, user_id=user.id, raw_text=label, source="plan", created_at=now
                    )
                )
            result = PlanAction("done", day, session, logged=len(entries))
        elif action == "skip":
            result = PlanAction("skipped", day, session)
        elif action == "move":
            refusal = await _move_refusal(uow, user, session, day, today)
            if refusal is not None:
                return PlanAction(
                    "too_late" if refusal == "too_late" else "refused",
                    day,
                    session,
                    reason=refusal,
                )
            result = PlanAction("moved", day + _DAY, session)
        else:
            raise ValueError(f"unknown plan action {action!r}")
        if change is None:
            change = PlanChange(user_id=user.id, local_date=day, action=action, created_at=now)
            uow.plan_changes.add(change)
        change.action, change.created_at = action, now
        change.session = dict(session) if action == "move" else None
        await uow.commit()
        return result


async def _move_refusal(
    uow: UnitOfWork, user: User, session: Mapping[str, Any], day: dt.date, today: dt.date
) -> str | None:
    """Why the session cannot move to the next day (None when it can)."""
    if day < today:
        return "too_late"
    tomorrow = day + _DAY
    profile = planner_profile(await uow.profiles.get(user.id))
    races = planner_races(await uow.races.for_user(user.id))
    if any(race.date == tomorrow for race in races):
        return "tomorrow is race day"
    activities = await uow.activities.between(user.id, tomorrow - HISTORY_DAYS * _DAY, tomorrow)
    history = [activity.to_entry() for activity in activities]
    # Tomorrow as /plan shows it now: re-planned from today around what was logged.
    plan = week_plan(
        profile=profile,
        races=races,
        history=history,
        day=tomorrow,
        today=day if monday_of(day) == monday_of(tomorrow) else None,
    )
    planned = next(d for d in plan["days"] if d["date"] == tomorrow.isoformat())
    if planned.get("strength"):
        return f"tomorrow already has session {planned['strength']['session']}"
    if session.get("heavy_lower"):
        return check_heavy_legs(profile=profile, races=races, day=tomorrow, history=history)
    return None


async def toggle_rest_day_messages(db: Database, *, who: Who, now: dt.datetime) -> bool:
    """Turn rest-day morning messages on or off; return the new setting."""
    async with db.uow() as uow:
        user = await uow.users.by_telegram_id(who.telegram_id)
        if user is None:
            return True
        user.rest_day_messages = not user.rest_day_messages
        await uow.commit()
        return user.rest_day_messages
