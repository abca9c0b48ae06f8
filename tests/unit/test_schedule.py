"""When scheduled messages go out: once, at the runner's local time, across DST changes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from core.schedule import (
    MORNING,
    REVIEW,
    Due,
    Recipient,
    due_deliveries,
)

UTC = dt.UTC
LONG_AGO = dt.datetime(2020, 1, 1, tzinfo=UTC)


def runner(zone: str, morning: str = "07:00", **fields) -> Recipient:
    return Recipient(
        user_id=fields.pop("user_id", 1),
        chat_id=fields.pop("chat_id", 100),
        timezone=zone,
        morning_time=dt.time.fromisoformat(morning),
        created_at=fields.pop("created_at", LONG_AGO),
        **fields,
    )


def simulate(
    people: list[Recipient], start: dt.datetime, end: dt.datetime, *, every_minutes: int = 5
) -> tuple[dict[tuple, dt.datetime], list[Due]]:
    """Tick like the JobQueue does; return when each key was sent, and what was dropped.

    Every time in these tests is on a five-minute mark, so ticking every five minutes finds
    the same first moment as ticking every minute.
    """
    sent: dict[tuple, dt.datetime] = {}
    dropped: list[Due] = []
    now = start
    while now < end:
        due = due_deliveries(people, delivered=sent.keys() | {d.key for d in dropped}, now=now)
        for item in due.send:
            assert item.key not in sent, f"{item.key} sent twice"
            sent[item.key] = now
        dropped.extend(due.drop)
        now += dt.timedelta(minutes=every_minutes)
    # Messages whose time came before the simulation started are dropped on the first tick.
    return sent, [d for d in dropped if d.send_at >= start]


def local(moment: dt.datetime, zone: str) -> dt.datetime:
    return moment.astimezone(ZoneInfo(zone))


def around(day: str, zone: str, days: int = 3) -> tuple[dt.datetime, dt.datetime]:
    """From local midnight the day before `day` for `days` days, as UTC instants."""
    start = dt.datetime.combine(
        dt.date.fromisoformat(day) - dt.timedelta(days=1), dt.time(0), tzinfo=ZoneInfo(zone)
    )
    return start.astimezone(UTC), (start + dt.timedelta(days=days)).astimezone(UTC)


# Each zone's clock change days (spring forward, fall back) around the coming year.
DST_DAYS = [
    ("Europe/London", "2027-03-28"),  # 01:00 → 02:00
    ("Europe/London", "2026-10-25"),  # 02:00 → 01:00
    ("America/New_York", "2027-03-14"),  # 02:00 → 03:00
    ("America/New_York", "2026-11-01"),  # 02:00 → 01:00
    ("Australia/Sydney", "2026-10-04"),  # 02:00 → 03:00
    ("Australia/Sydney", "2027-04-04"),  # 03:00 → 02:00
    ("Asia/Kolkata", "2027-03-28"),  # no DST: an ordinary Sunday
    ("Pacific/Chatham", "2026-09-27"),  # 02:45 → 03:45
    ("Pacific/Chatham", "2027-04-04"),  # 03:45 → 02:45
]


@pytest.mark.parametrize(("zone", "day"), DST_DAYS)
def test_morning_plan_arrives_once_a_day_at_seven_local_across_the_clock_change(zone, day):
    start, end = around(day, zone)
    sent, dropped = simulate([runner(zone)], start, end)
    mornings = {key[2]: at for key, at in sent.items() if key[1] == MORNING}
    assert len(mornings) == 3 and not dropped
    for local_date, at in mornings.items():
        assert local(at, zone).date() == local_date
        assert local(at, zone).time() == dt.time(7, 0)


@pytest.mark.parametrize(("zone", "day"), DST_DAYS)
def test_weekly_review_arrives_once_on_sunday_at_seven_pm_local(zone, day):
    # Every day in DST_DAYS is a Sunday: the review lands on the clock-change day itself.
    assert dt.date.fromisoformat(day).weekday() == 6
    start, end = around(day, zone)
    sent, _ = simulate([runner(zone)], start, end)
    reviews = [(key, at) for key, at in sent.items() if key[1] == REVIEW]
    assert len(reviews) == 1
    (_, _, local_date), at = reviews[0]
    assert local_date == dt.date.fromisoformat(day)
    assert (local(at, zone).date(), local(at, zone).time()) == (local_date, dt.time(19, 0))


@pytest.mark.parametrize(("zone", "day"), DST_DAYS)
def test_race_reminders_each_arrive_once_on_their_day(zone, day):
    # A race two weeks after the change: the 14-day reminder falls on the change day, and a
    # second race the day after the change puts race-1 on the change day too.
    change = dt.date.fromisoformat(day)
    races = (change + dt.timedelta(days=14), change + dt.timedelta(days=1))
    start, end = around(day, zone)
    sent, _ = simulate([runner(zone, "06:30", race_dates=races)], start, end)
    by_kind = {key[1]: (key[2], at) for key, at in sent.items() if key[1].startswith("race")}
    assert set(by_kind) == {"race-14", "race-1", "race-0"}
    assert by_kind["race-14"][0] == change and by_kind["race-1"][0] == change
    assert by_kind["race-0"][0] == change + dt.timedelta(days=1)
    for local_date, at in by_kind.values():
        assert (local(at, zone).date(), local(at, zone).time()) == (local_date, dt.time(6, 30))
    # Race day has the race message instead of the morning plan.
    assert (1, MORNING, change + dt.timedelta(days=1)) not in sent


@pytest.mark.parametrize(
    ("zone", "day", "morning", "expected"),
    [
        ("Europe/London", "2027-03-28", "01:30", "02:30"),
        ("America/New_York", "2027-03-14", "02:30", "03:30"),
        ("Australia/Sydney", "2026-10-04", "02:15", "03:15"),
        ("Pacific/Chatham", "2026-09-27", "03:00", "04:00"),
    ],
)
def test_a_morning_time_inside_the_spring_forward_gap_goes_out_just_after_it(
    zone, day, morning, expected
):
    start, end = around(day, zone)
    sent, dropped = simulate([runner(zone, morning)], start, end)
    at = sent[(1, MORNING, dt.date.fromisoformat(day))]
    assert local(at, zone).strftime("%Y-%m-%d %H:%M") == f"{day} {expected}"
    assert not dropped


@pytest.mark.parametrize(
    ("zone", "day", "morning"),
    [
        ("Europe/London", "2026-10-25", "01:30"),
        ("America/New_York", "2026-11-01", "01:15"),
        ("Australia/Sydney", "2027-04-04", "02:30"),
        ("Pacific/Chatham", "2027-04-04", "03:00"),
    ],
)
def test_a_morning_time_that_happens_twice_on_fall_back_is_sent_once_at_the_first(
    zone, day, morning
):
    start, end = around(day, zone)
    sent, _ = simulate([runner(zone, morning)], start, end)
    date = dt.date.fromisoformat(day)
    at = local(sent[(1, MORNING, date)], zone)
    assert at.strftime("%H:%M") == morning
    # The first of the two: the later one is an hour further on the same wall time.
    later = dt.datetime.combine(date, dt.time.fromisoformat(morning), tzinfo=ZoneInfo(zone))
    assert at.astimezone(UTC) < later.replace(fold=1).astimezone(UTC)


def test_forty_zones_each_get_their_plan_at_their_own_seven_oclock():
    zones = [
        "Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Denver",
        "America/Chicago", "America/New_York", "America/Sao_Paulo", "America/St_Johns",
        "Atlantic/Azores", "Europe/London", "Europe/Berlin", "Europe/Athens",
        "Africa/Nairobi", "Asia/Tehran", "Asia/Dubai", "Asia/Kabul", "Asia/Karachi",
        "Asia/Kolkata", "Asia/Kathmandu", "Asia/Dhaka", "Asia/Yangon", "Asia/Bangkok",
        "Asia/Shanghai", "Australia/Eucla", "Asia/Tokyo", "Australia/Adelaide",
        "Australia/Sydney", "Australia/Lord_Howe", "Pacific/Noumea", "Pacific/Auckland",
        "Pacific/Chatham", "Pacific/Tongatapu", "Pacific/Kiritimati", "Pacific/Pago_Pago",
        "America/Santiago", "America/Havana", "Africa/Casablanca", "Asia/Jerusalem",
        "Europe/Moscow", "America/Mexico_City",
    ]  # fmt: skip
    people = [runner(zone, user_id=i, chat_id=i) for i, zone in enumerate(zones)]
    start = dt.datetime(2026, 11, 20, tzinfo=UTC)
    sent, dropped = simulate(people, start, start + dt.timedelta(days=2))
    assert not dropped
    for person in people:
        mornings = [
            at
            for key, at in sent.items()
            if key[0] == person.user_id and key[1] == MORNING and at > start
        ]
        assert mornings, person.timezone
        for at in mornings:
            assert local(at, person.timezone).time() == dt.time(7, 0), person.timezone


# --- downtime, pauses and who gets nothing --------------------------------------------------


def test_after_downtime_the_morning_plan_still_goes_out_until_eleven_then_is_dropped():
    zone = "Europe/London"
    at_1059 = dt.datetime(2026, 11, 25, 10, 59, tzinfo=UTC)
    due = due_deliveries([runner(zone)], delivered=set(), now=at_1059)
    assert [(d.kind, d.local_date) for d in due.send] == [(MORNING, dt.date(2026, 11, 25))]

    at_1100 = at_1059 + dt.timedelta(minutes=1)
    due = due_deliveries([runner(zone)], delivered=set(), now=at_1100)
    assert due.send == ()
    assert (MORNING, dt.date(2026, 11, 25)) in [(d.kind, d.local_date) for d in due.drop]


def test_after_a_long_outage_only_today_and_yesterday_are_looked_at():
    # Down since Friday; back on Monday at noon in London: Sunday's review and both mornings
    # are past their windows.
    now = dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    due = due_deliveries([runner("Europe/London")], delivered=set(), now=now)
    assert due.send == ()
    assert sorted((d.kind, d.local_date.isoformat()) for d in due.drop) == [
        (MORNING, "2026-11-22"), (MORNING, "2026-11-23"), (REVIEW, "2026-11-22"),
    ]  # fmt: skip


def test_race_reminders_and_the_review_keep_until_the_end_of_the_local_day():
    race_day = dt.date(2026, 11, 29)
    person = runner("Asia/Kolkata", race_dates=(race_day,))
    # 23:00 on Sunday 22 Nov in Kolkata: race-7 (morning) and the review are still due.
    now = dt.datetime(2026, 11, 22, 23, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
    due = due_deliveries([person], delivered=set(), now=now)
    assert sorted(d.kind for d in due.send) == ["race-7", REVIEW]
    # Past midnight they are gone for good.
    due = due_deliveries([person], delivered=set(), now=now + dt.timedelta(hours=1, minutes=1))
    assert {d.kind for d in due.drop} == {"race-7", REVIEW, MORNING}


def test_nothing_goes_to_a_paused_or_blocked_runner_or_before_they_joined():
    now = dt.datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    paused = runner("UTC", paused_until=dt.date(2026, 11, 24))
    blocked = runner("UTC", active=False)
    new = runner("UTC", created_at=now - dt.timedelta(minutes=30))
    due = due_deliveries([paused, blocked, new], delivered=set(), now=now)
    assert due.send == () and due.drop == ()
    resumed = runner("UTC", paused_until=dt.date(2026, 11, 23))
    assert [d.kind for d in due_deliveries([resumed], delivered=set(), now=now).send] == [MORNING]


def test_what_was_delivered_is_not_due_again():
    now = dt.datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    first = due_deliveries([runner("UTC")], delivered=set(), now=now)
    again = due_deliveries([runner("UTC")], delivered={d.key for d in first.send}, now=now)
    assert len(first.send) == 1 and again.send == ()


def test_an_unknown_zone_is_treated_as_utc_and_naive_now_is_refused():
    now = dt.datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
    assert len(due_deliveries([runner("Mars/Olympus")], delivered=set(), now=now).send) == 1
    with pytest.raises(ValueError):
        due_deliveries([], delivered=set(), now=dt.datetime(2026, 11, 23, 7, 0))
