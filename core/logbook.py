"""Use cases of the training log: store what a runner typed, undo it, move it, list it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from core.accounts import Who, account_in
from core.entries import Entry
from core.models import Activity
from core.parser import ParseResult, parse_log_message, suspicious_load
from core.parser.plausibility import check_entry
from core.plans import heavy_legs_warning
from core.records import Record, new_records
from core.storage.db import Database
from core.storage.uow import UnitOfWork

DUPLICATE_WINDOW = dt.timedelta(minutes=10)
PENDING_WINDOW = dt.timedelta(minutes=10)  # how long a clarifying question waits for its answer
HISTORY_DAYS = 400  # how far back records and usual loads are looked up
USUAL_LOADS = 12  # the last sets of a lift that say what "usual" is

OutcomeKind = Literal["logged", "not_logged", "duplicate", "check_load"]


@dataclass(frozen=True)
class LoadCheck:
    """A load far from the runner's usual one: ask before storing it."""

    exercise: str
    typed_kg: float
    likely_kg: float


@dataclass(frozen=True)
class LogOutcome:
    kind: OutcomeKind
    units: str
    parsed: ParseResult | None = None
    entries: tuple[Entry, ...] = ()
    activity_ids: tuple[int, ...] = ()
    records: tuple[Record, ...] = ()
    load_checks: tuple[LoadCheck, ...] = ()
    warning: str | None = None  # e.g. heavy legs logged the day before a key run
    typed_possible: bool = True  # whether the typed loads could be stored as they are


async def _history(uow: UnitOfWork, user_id: int, today: dt.date) -> list[Activity]:
    start = today - dt.timedelta(days=HISTORY_DAYS)
    return list(await uow.activities.between(user_id, start, today))


def _load_checks(entries: Sequence[Entry], history: Sequence[Entry]) -> list[LoadCheck]:
    checks: list[LoadCheck] = []
    for entry in entries:
        if entry.kind != "lift" or entry.exercise is None or entry.load_kg is None:
            continue
        usual = [
            e.load_kg for e in history if e.exercise == entry.exercise and e.load_kg is not None
        ][-USUAL_LOADS:]
        likely = suspicious_load(entry.exercise, entry.load_kg, usual)
        if likely is not None:
            checks.append(LoadCheck(entry.exercise, entry.load_kg, likely))
    return checks


def apply_load_fixes(entries: Sequence[Entry], checks: Sequence[LoadCheck]) -> list[Entry]:
    """Replace each questioned load by the likely one."""
    fixes = {(c.exercise, c.typed_kg): c.likely_kg for c in checks}
    return [
        e._replace(load_kg=fixes.get((e.exercise or "", e.load_kg or 0.0), e.load_kg))
        for e in entries
    ]


async def log_message(
    db: Database,
    *,
    who: Who,
    text: str,
    now: dt.datetime,
    message_id: int | None = None,
    source: str = "chat",
    confirmed: bool = False,
    fix_loads: bool = False,
    parsed: ParseResult | None = None,
) -> LogOutcome:
    """Parse a message and store its entries, unless it needs a question answered first.

    `confirmed` skips the duplicate and unusual-load questions (the runner already answered);
    `fix_loads` stores the likely loads instead of the questioned ones.
    """
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        user, units = account.user, account.user.units
        today = account.today(now)
        if parsed is None:
            parsed = parse_log_message(text, today=today, units=units)  # type: ignore[arg-type]
        if not parsed.entries and not parsed.rejected:
            # Remember a log that lacks one piece, so the answer to the question completes it.
            user.pending_log = text if parsed.question else None
            user.pending_log_at = now if parsed.question else None
            await uow.commit()
            return LogOutcome("not_logged", units, parsed=parsed)
        user.pending_log = user.pending_log_at = None
        past = await _history(uow, user.id, today)
        history = [activity.to_entry() for activity in past]
        entries = list(parsed.entries or parsed.rejected)
        checks = _load_checks(entries, history)
        if not parsed.entries:
            # Refused as implausible: only a load the history explains can be saved, fixed.
            fixed = apply_load_fixes(entries, checks)
            if not checks or any(check_entry(entry, today) for entry in fixed):
                await uow.commit()
                return LogOutcome("not_logged", units, parsed=parsed)
            if not fix_loads:
                return LogOutcome(
                    "check_load", units, parsed=parsed, entries=tuple(entries),
                    load_checks=tuple(checks), typed_possible=False,
                )  # fmt: skip
        if not confirmed:
            recent = [a for a in past if now - a.created_at < DUPLICATE_WINDOW]
            if any(a.raw_text.strip() == text.strip() for a in recent):
                return LogOutcome("duplicate", units, parsed=parsed, entries=tuple(entries))
            if checks:
                return LogOutcome(
                    "check_load", units, parsed=parsed, entries=tuple(entries),
                    load_checks=tuple(checks),
                )  # fmt: skip
        if fix_loads:
            entries = apply_load_fixes(entries, checks)
        rows = [
            Activity.from_entry(entry, user_id=user.id, raw_text=text, source=source,
                                created_at=now, message_id=message_id)
            for entry in entries
        ]  # fmt: skip
        for row in rows:
            uow.activities.add(row)
        await uow.commit()
        records = new_records(history=history, new=entries)
        warning = heavy_legs_warning(account, entries=tuple(entries), history=tuple(history))
        return LogOutcome(
            "logged", units, parsed=parsed, entries=tuple(entries),
            activity_ids=tuple(row.id for row in rows), records=tuple(records), warning=warning,
        )  # fmt: skip


async def complete_pending(
    db: Database, *, who: Who, text: str, now: dt.datetime, message_id: int | None = None
) -> LogOutcome | None:
    """Read a reply as the missing piece of the log the bot just asked about ("bench" after
    "Which lift was 300 × 5?"); None when there is no such log or the two don't make one."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        pending, since = account.user.pending_log, account.user.pending_log_at
        await uow.commit()
    if pending is None or since is None or now - since > PENDING_WINDOW:
        return None
    combined = f"{text.strip()} {pending.strip()}"
    parsed = parse_log_message(
        combined,
        today=account.today(now),
        units=account.user.units,  # type: ignore[arg-type]
    )
    if not parsed.entries:
        return None
    return await log_message(
        db, who=who, text=combined, now=now, message_id=message_id, parsed=parsed
    )


async def _batch(uow: UnitOfWork, user_id: int, activity_id: int) -> list[Activity]:
    """The entries stored together with one entry (one message), if it is this user's."""
    first = await uow.activities.get(activity_id)
    if first is None or first.user_id != user_id:
        return []
    return list(await uow.activities.stored_with(first))


async def undo(
    db: Database, *, who: Who, now: dt.datetime, activity_id: int | None = None
) -> tuple[str, tuple[Entry, ...]]:
    """Remove the last thing logged (or the batch holding `activity_id`); return the runner's
    units and what went."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        if activity_id is None:
            last = await uow.activities.recent(account.user.id, limit=1)
            batch = list(await uow.activities.stored_with(last[0])) if last else []
        else:
            batch = await _batch(uow, account.user.id, activity_id)
        removed = tuple(activity.to_entry() for activity in batch)
        await uow.activities.remove(batch)
        await uow.commit()
        return account.user.units, removed


async def move_to_date(
    db: Database, *, who: Who, activity_id: int, day: dt.date, now: dt.datetime
) -> tuple[str, tuple[Entry, ...]]:
    """Move the entries logged with `activity_id` to another (not future) day; return the
    runner's units and what moved."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        if day > account.today(now):
            return account.user.units, ()
        batch = await _batch(uow, account.user.id, activity_id)
        for activity in batch:
            activity.local_date = day
        await uow.commit()
        return account.user.units, tuple(activity.to_entry() for activity in batch)


async def replace_from_edit(
    db: Database, *, who: Who, message_id: int, text: str, now: dt.datetime
) -> tuple[LogOutcome, tuple[Entry, ...]]:
    """An edited message: its old entries go, the new text's entries are stored."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        old = list(await uow.activities.from_message(account.user.id, message_id))
        today = account.today(now)
        units = account.user.units
        parsed = parse_log_message(text, today=today, units=units)  # type: ignore[arg-type]
        if not old and not parsed.entries:
            return LogOutcome("not_logged", units, parsed=parsed), ()
        if parsed.entries or old:
            await uow.activities.remove(old)
            await uow.commit()
    outcome = await log_message(
        db, who=who, text=text, now=now, message_id=message_id, source="edit",
        confirmed=True, parsed=parsed,
    )  # fmt: skip
    return outcome, tuple(activity.to_entry() for activity in old)


@dataclass(frozen=True)
class LoggedItem:
    id: int
    entry: Entry
    raw_text: str


async def recent_items(
    db: Database, *, who: Who, now: dt.datetime, limit: int = 10
) -> tuple[str, tuple[LoggedItem, ...]]:
    """The runner's last `limit` entries, newest first, with their units."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        rows = await uow.activities.recent(account.user.id, limit=limit)
        items = tuple(LoggedItem(row.id, row.to_entry(), row.raw_text) for row in rows)
        await uow.commit()
        return account.user.units, items


async def entries_between(
    db: Database, *, who: Who, start: dt.date, end: dt.date, now: dt.datetime
) -> tuple[Entry, ...]:
    """The runner's entries from `start` to `end` inclusive, oldest first."""
    async with db.uow() as uow:
        account = await account_in(uow, who=who, now=now)
        rows = await uow.activities.between(account.user.id, start, end)
        await uow.commit()
        return tuple(row.to_entry() for row in rows)
