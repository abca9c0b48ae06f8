"""Benchmark: plan one week for many random profiles, each with 12 weeks of logged history."""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from core.entries import Entry
from core.planner import WEEKDAYS, Profile, Race, plan_week

PROFILES = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
HISTORY_WEEKS = 12
LIFTS = ("romanian_deadlift", "bulgarian_split_squat", "hip_thrust", "calf_raise",
         "step_up", "single_leg_rdl", "back_squat", "goblet_squat")  # fmt: skip
RUNS = ("rest", "easy", "easy", "tempo", "intervals", "long")


def _profile(rng: random.Random) -> Profile:
    return Profile(
        run_days={day: rng.choice(RUNS) for day in WEEKDAYS},
        strength_days_pref=rng.choice(("hard", "hard", "easy")),
        sessions_per_week=rng.choice((1, 2, 2, 3)),
        equipment=rng.choice(("gym", "gym", "home")),
        experience=rng.choice(("new", "some", "some", "experienced")),
        bodyweight_kg=rng.uniform(50, 95),
    )


def _history(rng: random.Random, profile: Profile, monday: dt.date) -> list[Entry]:
    entries: list[Entry] = []
    start = monday - dt.timedelta(weeks=HISTORY_WEEKS)
    loads = {slug: rng.choice((20.0, 40.0, 60.0, 80.0, 100.0)) for slug in LIFTS}
    for offset in range(HISTORY_WEEKS * 7):
        day = start + dt.timedelta(days=offset)
        run = profile.run_days[WEEKDAYS[day.weekday()]]
        if run != "rest" and rng.random() < 0.9:
            entries.append(Entry(kind="run", date=day, distance_m=rng.uniform(5e3, 25e3),
                                 run_type=run))  # type: ignore[arg-type]  # fmt: skip
        if run in ("tempo", "intervals") and rng.random() < 0.8:
            for slug in rng.sample(LIFTS, 4):
                if rng.random() < 0.3:
                    loads[slug] += 2.5
                entries.append(Entry(kind="lift", date=day, exercise=slug, sets=3,
                                     reps=rng.randint(4, 12), load_kg=loads[slug],
                                     rir=rng.choice((None, 1.0, 2.0, 3.0))))  # fmt: skip
    return entries


def main() -> None:
    """Generate the inputs, then time the planning alone; print one JSON line."""
    rng = random.Random(20261121)
    base = dt.date(2026, 11, 23)
    cases = []
    for _ in range(PROFILES):
        profile = _profile(rng)
        monday = base + dt.timedelta(weeks=rng.randint(0, 52))
        races = []
        if rng.random() < 0.7:
            races.append(Race(date=monday + dt.timedelta(days=rng.randint(-10, 140)),
                              distance_km=rng.choice((5.0, 10.0, 21.0975, 42.195))))  # fmt: skip
        if rng.random() < 0.2:
            races.append(Race(date=monday + dt.timedelta(days=rng.randint(0, 60)),
                              distance_km=10.0, priority="B"))  # fmt: skip
        cases.append((profile, races, _history(rng, profile, monday), monday))
    start = time.perf_counter()
    for profile, races, history, monday in cases:
        plan_week(profile=profile, races=races, history=history, week_start=monday)
    elapsed = time.perf_counter() - start
    print(json.dumps({
        "bench": "plan",
        "weeks_per_s": round(PROFILES / elapsed, 1),
        "ms_per_week": round(1000 * elapsed / PROFILES, 3),
        "profiles": PROFILES,
        "history_weeks": HISTORY_WEEKS,
        "history_entries_avg": round(sum(len(c[2]) for c in cases) / PROFILES, 1),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
