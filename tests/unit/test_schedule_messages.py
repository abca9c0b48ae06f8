"""What the scheduled messages say (pure), and how the one sender treats Telegram's answers."""

from __future__ import annotations

import datetime as dt

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.render_messages import plan_action, race, render_briefing
from bot.sender import TelegramSender
from core.dispatch import PlanAction, session_entries
from core.entries import Entry
from core.schedule import (
    DayChange,
    MorningBriefing,
    RaceBriefing,
    fuel_tip,
    missed_yesterday,
    morning_briefing,
    protein_range,
    respect_changes,
    weekly_review,
)

TUESDAY = dt.date(2026, 11, 24)
SESSION = {
    "session": "A", "heavy_lower": True, "minutes": 40, "order": "after_run",
    "exercises": [
        {"exercise": "romanian_deadlift", "sets": 3, "reps": "4-6", "rest_s": 150,
         "load_kg": 60.0},
        {"exercise": "bulgarian_split_squat", "sets": 3, "reps": "6-8/leg", "rest_s": 90,
         "load_kg": None},
        {"exercise": "plank", "sets": 2, "reps": "30s", "rest_s": 60, "load_kg": None},
    ],
}  # fmt: skip


def week(runs: dict[int, str], strength: dict[int, dict] | None = None) -> dict:
    monday = TUESDAY - dt.timedelta(days=1)
    days = []
    for i in range(7):
        day = monday + dt.timedelta(days=i)
        days.append({"date": day.isoformat(), "weekday": "", "run": runs.get(i, "easy"),
                     "strength": (strength or {}).get(i), "why": []})  # fmt: skip
    return {"week_start": monday.isoformat(), "phase": "base", "days": days, "warnings": []}


def brief(plan: dict, **overrides) -> MorningBriefing | None:
    arguments = {
        "local_date": TUESDAY, "plan": plan, "changes": {}, "yesterday_planned": None,
        "logged_yesterday": [], "bodyweight_kg": 70.0, "units": "metric",
    }  # fmt: skip
    arguments.update(overrides)
    return morning_briefing(**arguments)


def test_the_morning_plan_lists_sets_reps_load_rest_and_the_order_in_the_runners_units():
    briefing = brief(week({1: "tempo"}, {1: SESSION}))
    text, buttons = render_briefing(briefing)
    assert "Romanian deadlift 3 × 4-6 @ 60 kg · rest 2:30" in text
    assert "Bulgarian split squat 3 × 6-8/leg" in text and "Run first, then lift." in text
    assert [b.text for b in buttons.inline_keyboard[0]] == ["Done ✓", "Skip", "Move to tomorrow"]
    assert buttons.inline_keyboard[0][0].callback_data == "v1:plan:done:2026-11-24"
    imperial, _ = render_briefing(brief(week({1: "tempo"}, {1: SESSION}), units="imperial"))
    assert "@ 132.3 lb" in imperial
    assert len(text) < 4096


def test_one_fuelling_tip_on_hard_days_and_none_on_easy_ones():
    assert fuel_tip("tempo", SESSION, bodyweight_kg=70).topic == "double"
    assert fuel_tip("long", None, bodyweight_kg=70).topic == "long"
    assert fuel_tip("intervals", None, bodyweight_kg=70).topic == "key_run"
    assert fuel_tip("easy", SESSION, bodyweight_kg=70).protein_g == (110, 155)
    assert fuel_tip("easy", None, bodyweight_kg=70) is None
    assert protein_range(None) is None
    text, _ = render_briefing(brief(week({1: "easy"})))
    assert "🍝" not in text


def test_a_rest_day_is_one_line_and_silent_when_turned_off():
    plan = week({1: "rest"})
    text, buttons = render_briefing(brief(plan))
    assert text.count("\n") == 0 and "rest day" in text and buttons is None
    assert brief(plan, rest_day_messages=False) is None
    # A nudge still goes out on a quiet rest day: it is the one thing worth saying.
    nudged = brief(plan, rest_day_messages=False, yesterday_planned={"run": "long"})
    assert nudged is not None and nudged.missed.label == "long"


def test_a_session_moved_from_yesterday_shows_up_today():
    change = {TUESDAY - dt.timedelta(days=1): DayChange("move", SESSION)}
    briefing = brief(week({1: "easy"}), changes=change)
    assert briefing.strength == SESSION and briefing.moved_from == TUESDAY - dt.timedelta(days=1)
    assert "moved from yesterday" in render_briefing(briefing)[0]


def test_only_one_nudge_and_never_for_what_was_done_skipped_or_moved():
    yesterday = {"run": "intervals", "strength": SESSION}
    run = Entry(kind="run", date=TUESDAY, distance_m=8000.0)
    lift = Entry(kind="lift", date=TUESDAY, exercise="deadlift", sets=3, reps=5)
    assert missed_yesterday(yesterday, logged=[], change=None).what == "run"
    assert missed_yesterday(yesterday, logged=[run], change=None).what == "strength"
    assert missed_yesterday(yesterday, logged=[run, lift], change=None) is None
    for action in ("done", "skip", "move"):
        assert missed_yesterday(yesterday, logged=[], change=DayChange(action)) is None
    assert missed_yesterday({"run": "easy", "strength": None}, logged=[], change=None) is None


def test_done_logs_the_low_end_of_each_range_as_planned():
    entries = session_entries(SESSION, TUESDAY)
    assert [
        (e.exercise, e.sets, e.reps, e.load_kg, e.per_side, e.duration_s) for e in entries
    ] == [
        ("romanian_deadlift", 3, 4, 60.0, False, None),
        ("bulgarian_split_squat", 3, 6, None, True, None),
        ("plank", 2, None, None, False, 30.0),
    ]


def test_the_weekly_review_counts_strength_weeks_and_skips():
    sunday = dt.date(2026, 11, 29)
    entries = [
        Entry(kind="lift", date=sunday - dt.timedelta(weeks=w, days=d), exercise="deadlift",
              sets=3, reps=5)
        for w in range(4) for d in (2, 4)
    ] + [Entry(kind="run", date=sunday - dt.timedelta(weeks=w, days=1), distance_m=10_000.0)
         for w in range(5)]  # fmt: skip
    review = weekly_review(
        local_date=sunday, entries=entries, plan=week({}), next_week=week({1: "tempo"}),
        changes={sunday - dt.timedelta(days=3): DayChange("skip")}, units="metric",
    )  # fmt: skip
    assert review.strength_by_week == (2, 2, 2, 2) and review.skipped == 1
    assert review.ramp == pytest.approx(1.0) and not review.ramp_warning
    text, _ = render_briefing(review)
    assert "2 · 2 · 2 · 2 sessions — steady" in text and "Skipped on purpose: 1" in text


@pytest.mark.parametrize(
    ("days_out", "words"),
    [(14, "taper starts now"), (7, "Race week"), (4, "last strength session"),
     (1, "Kit"), (0, "good luck"), (-1, "raced 10k in 48:12")],
)  # fmt: skip
def test_each_race_reminder_says_what_that_day_needs(days_out, words):
    race_day = dt.date(2027, 4, 18)
    briefing = RaceBriefing(
        local_date=race_day - dt.timedelta(days=days_out), units="metric", days_out=days_out,
        race_date=race_day, distance_km=42.195, name="Boston", taper_days=14,
    )  # fmt: skip
    text = race(briefing)
    assert words in text and "Boston (marathon)" in text


def test_plan_button_replies_say_what_happened():
    day = TUESDAY
    assert "3 exercises" in plan_action(PlanAction("done", day, SESSION, logged=3))
    assert "can't move" in plan_action(PlanAction("refused", day, SESSION, reason="race day"))


# --- the sender -------------------------------------------------------------------------------


class ScriptedBot:
    """A bot whose send_message answers from a script of exceptions (None = delivered)."""

    def __init__(self, *answers: Exception | None) -> None:
        self.answers = list(answers)
        self.calls: list[int] = []

    async def send_message(self, chat_id: int, text: str, **_: object) -> None:
        self.calls.append(chat_id)
        answer = self.answers.pop(0) if self.answers else None
        if answer is not None:
            raise answer


def sender(bot: ScriptedBot) -> TelegramSender:
    return TelegramSender(bot, backoff=0.001)  # type: ignore[arg-type]


BRIEFING = MorningBriefing(local_date=TUESDAY, units="metric", run="rest", strength=None)


async def test_a_403_means_blocked_and_is_not_retried():
    bot = ScriptedBot(Forbidden("Forbidden: bot was blocked by the user"))
    result = await sender(bot)(7, BRIEFING)
    assert result.status == "blocked" and bot.calls == [7]


async def test_network_errors_are_retried_with_backoff_then_given_up():
    bot = ScriptedBot(TimedOut(), NetworkError("reset"), None)
    assert (await sender(bot)(7, BRIEFING)).status == "sent" and len(bot.calls) == 3
    stubborn = ScriptedBot(*[NetworkError("down")] * 4)
    result = await sender(stubborn)(7, BRIEFING)
    assert result.status == "failed" and "gave up after 4" in result.detail


async def test_a_bad_request_is_not_retried():
    bot = ScriptedBot(BadRequest("Chat not found"))
    assert (await sender(bot)(7, BRIEFING)).status == "failed" and len(bot.calls) == 1


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_a_429_pauses_every_send_for_retry_after_then_retries():
    bot = ScriptedBot(RetryAfter(dt.timedelta(milliseconds=200)), None, None)
    send = sender(bot)
    loop_time = __import__("asyncio").get_running_loop().time
    start = loop_time()
    first = await send(7, BRIEFING)
    other = await send(8, BRIEFING)  # another chat waits out the same pause
    assert first.status == other.status == "sent" and bot.calls == [7, 7, 8]
    assert loop_time() - start >= 0.2 and send.rate_limited == 1


async def test_a_read_timeout_is_not_retried_because_the_message_may_have_arrived():
    import httpx

    timeout = TimedOut()
    timeout.__cause__ = httpx.ReadTimeout("no answer")
    bot = ScriptedBot(timeout, None)
    result = await sender(bot)(7, BRIEFING)
    assert result.status == "failed" and "unconfirmed" in result.detail and bot.calls == [7]


def test_a_skipped_session_is_not_rescheduled_by_the_replanned_week():
    session_b = {**SESSION, "session": "B"}
    laid_out = week({}, {0: SESSION, 3: session_b})  # A on Monday, B on Thursday
    # Re-planned on Tuesday: A was not logged on Monday, so the planner moved it to Wednesday.
    replanned = week({}, {2: SESSION, 3: session_b})
    monday = TUESDAY - dt.timedelta(days=1)
    skipped = respect_changes(
        replanned, as_laid_out=laid_out, changes={monday: DayChange("skip")}, today=TUESDAY
    )
    assert [d["strength"] and d["strength"]["session"] for d in skipped["days"]] == [
        None, None, None, "B", None, None, None,
    ]  # fmt: skip
    untouched = respect_changes(replanned, as_laid_out=laid_out, changes={}, today=TUESDAY)
    assert untouched["days"][2]["strength"]["session"] == "A"
