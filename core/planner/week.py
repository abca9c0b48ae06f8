"""The week planner: where strength sessions go around the runs (coaching knowledge §2-§6)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations, pairwise, permutations
from typing import Any, cast

from core.entries import Entry
from core.exercises import BY_SLUG
from core.planner.models import (
    HARD_RUNS,
    KEY_RUNS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    Profile,
    Race,
)
from core.planner.phases import MARATHON_KM, Phase, PhaseInfo, monday_of, phase_for_week
from core.planner.progression import (
    FIND_WEIGHT,
    LoadAdvice,
    LoggedSession,
    advise,
    reduce_session,
    round_load,
)
from core.planner.sessions import (
    LIGHT_KINDS,
    Order,
    SessionKind,
    StrengthSession,
    build_session,
)

# What a day can take: nothing, light work only, strength without heavy legs, anything.
NONE, LIGHT, NOT_HEAVY, HEAVY = 0, 1, 2, 3

_DAY = dt.timedelta(days=1)
_PRIORITY: dict[str, int] = {"A": 0, "B": 1, "C": 2, "activation": 0, "mobility": 0}
_RUN_WORDS: dict[str, str] = {
    "tempo": "tempo run", "intervals": "intervals", "long": "long run", "race": "race",
    "easy": "easy run", "rest": "rest day",
}  # fmt: skip
_HARDNESS: dict[str, int] = {"race": 4, "long": 3, "intervals": 2, "tempo": 1}
_ADJACENT_PENALTY = 40


@dataclass(frozen=True, slots=True)
class DayPlan:
    """One day of the week: the run, the strength session (or None) and why."""

    date: dt.date
    weekday: str
    run: str
    strength: StrengthSession | None
    why: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """Return the contract's day object."""
        return {
            "date": self.date.isoformat(),
            "weekday": self.weekday,
            "run": self.run,
            "strength": None if self.strength is None else self.strength.to_json(),
            "why": list(self.why),
        }


@dataclass(frozen=True, slots=True)
class WeekPlan:
    """A planned week, Monday to Sunday."""

    week_start: dt.date
    phase: Phase
    days: tuple[DayPlan, ...]
    warnings: tuple[str, ...]

    @property
    def strength_days(self) -> list[DayPlan]:
        """Days that carry a strength session."""
        return [day for day in self.days if day.strength is not None]

    def to_json(self) -> dict[str, Any]:
        """Return the contract's `coach plan --json` object."""
        return {
            "week_start": self.week_start.isoformat(),
            "phase": self.phase,
            "days": [day.to_json() for day in self.days],
            "warnings": list(self.warnings),
        }


@dataclass(slots=True)
class _Week:
    """Working state for one planning run."""

    profile: Profile
    races: Sequence[Race]
    monday: dt.date
    info: PhaseInfo
    runs: list[str]
    next_run: str
    levels: list[int] = field(default_factory=list)
    scores: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    why: list[list[str]] = field(default_factory=lambda: [[] for _ in range(7)])
    paused: list[int] = field(default_factory=list)


def _day_name(index: int) -> str:
    if index == 7:
        return "next Monday"
    if index == -1:
        return "last Sunday"
    return WEEKDAY_NAMES[index]


def _week_runs(profile: Profile, races: Sequence[Race], monday: dt.date) -> list[str]:
    runs = [profile.run_days[day] for day in WEEKDAYS]
    for race in races:
        index = (race.date - monday).days
        if 0 <= index < 7:
            runs[index] = "race"
    return runs


def _next_monday_run(profile: Profile, races: Sequence[Race], monday: dt.date) -> str:
    next_monday = monday + 7 * _DAY
    if any(race.date == next_monday for race in races):
        return "race"
    return profile.run_days["mon"]


def _levels(
    runs: Sequence[str], next_run: str, monday: dt.date, races: Sequence[Race], info: PhaseInfo
) -> list[int]:
    levels: list[int] = []
    for i in range(7):
        day = monday + i * _DAY
        run = runs[i]
        before = runs[i - 1] if i else None
        after = runs[i + 1] if i < 6 else next_run
        level = HEAVY
        if run == "race":
            level = NONE
        if run == "long" or before in ("long", "race"):
            level = min(level, LIGHT)
        if after in KEY_RUNS:
            level = min(level, NOT_HEAVY)
        for race in races:
            delta = (race.date - day).days
            if 0 < delta <= 4:
                level = min(level, NOT_HEAVY)
            if 0 < delta <= 7 and race.distance_km >= MARATHON_KM:
                level = min(level, LIGHT)
            if race.priority == "A" and delta in (-1, -2):
                level = min(level, NONE if delta == -1 else LIGHT)
        if info.phase in ("race_week", "recovery"):
            level = min(level, NOT_HEAVY)
            if info.phase == "race_week" and info.race is not None and day > info.race.date:
                level = NONE
        levels.append(level)
    return levels


def _scores(runs: Sequence[str], next_run: str, pref: str) -> list[int]:
    scores: list[int] = []
    for i in range(7):
        run = runs[i]
        before = runs[i - 1] if i else None
        after = runs[i + 1] if i < 6 else next_run
        score = 0
        if pref == "hard":
            if run in HARD_RUNS:
                score += 30
            elif before in HARD_RUNS:
                score += 20
        elif run in ("easy", "rest"):
            score += 30
        # The eve of the long run or a race stays easy; the eve of a workout mostly so.
        if after in ("long", "race"):
            score -= 15
        elif after in HARD_RUNS:
            score -= 5
        scores.append(score)
    return scores


def _fit(kind: str, level: int) -> int | None:
    if level == NONE:
        return None
    if kind in LIGHT_KINDS:
        return 0
    if kind == "A":
        return {HEAVY: 0, NOT_HEAVY: -35, LIGHT: -60}[level]
    return 0 if level >= NOT_HEAVY else -60


def _search(
    week: _Week,
    kinds: Sequence[str],
    candidates: Sequence[int],
    occupied: Iterable[int] = (),
    strict: bool = False,
) -> list[tuple[int, str]] | None:
    """Best assignment of `kinds` to distinct candidate days, or None when none fits."""
    taken = tuple(occupied)
    race_index = (week.info.race.date - week.monday).days if week.info.race is not None else 99
    value: dict[str, list[int | None]] = {}
    for kind in set(kinds):
        row: list[int | None] = [None] * 7
        for day in candidates:
            fit = _fit(kind, week.levels[day])
            if fit is None:
                continue
            total = week.scores[day] + fit
            if kind == "B" and week.runs[day] == "intervals":
                total += 5
            if kind == "activation" and race_index - day >= 2:
                # Activation lands two or more days out, not on the eve of the race.
                total += 10
            row[day] = total
        value[kind] = row
    best: list[tuple[int, str]] | None = None
    best_total = -(10**9)
    orders = list(permutations(kinds))
    for combo in combinations(candidates, len(kinds)):
        adjacent = sum(1 for a, b in pairwise(combo) if b - a == 1)
        if taken:
            adjacent += sum(1 for d in combo for o in taken if abs(d - o) == 1)
        if strict and adjacent:
            continue
        for order in orders:
            total = -_ADJACENT_PENALTY * adjacent
            for day, kind in zip(combo, order, strict=True):
                part = value[kind][day]
                if part is None:
                    break
                total += part
            else:
                if total > best_total:
                    best_total = total
                    best = list(zip(combo, order, strict=True))
    return best


def _kinds(phase: Phase, profile: Profile, re_entry: bool) -> list[str]:
    wanted = profile.sessions_per_week
    if profile.experience == "new" or re_entry:
        wanted = min(wanted, 2)
    if phase in ("off_season", "base"):
        return ["A", "B", "C"][:wanted]
    if phase == "build":
        return ["A", "B"][: min(wanted, 2)]
    if phase in ("peak", "taper"):
        return ["A"]
    if phase == "race_week":
        return ["activation"]
    return ["mobility"]


def _place(week: _Week, kinds: list[str], lifted: Sequence[int] = ()) -> list[tuple[int, str]]:
    """Place the week's sessions; core sessions first, an optional third only with room."""
    core, optional = kinds[:2], kinds[2:]
    candidates = [i for i in range(7) if week.levels[i] > NONE]
    placed: list[tuple[int, str]] = []
    for size in range(len(core), 0, -1):
        found = _search(week, core[:size], candidates, occupied=lifted)
        if found is not None:
            placed = found
            break
    if len(placed) < len(core):
        dropped = len(core) - len(placed)
        week.warnings.append(
            f"Only {len(placed)} strength session{'s' if len(placed) != 1 else ''} fit this week "
            f"around your runs and races; {dropped} dropped rather than crammed in."
        )
    for kind in optional:
        used = [d for d, _ in placed] + list(lifted)
        # The optional session never takes the eve of a long run or race.
        free = [
            i for i in candidates
            if week.levels[i] >= NOT_HEAVY and all(abs(i - d) > 1 for d in used)
            and (week.runs[i + 1] if i < 6 else week.next_run) not in ("long", "race")
        ]  # fmt: skip
        extra = _search(week, [kind], free)
        if extra is None:
            week.warnings.append(
                "The optional third session is skipped: no day is left without back-to-back "
                "strength or crowding a key run."
            )
        else:
            placed.extend(extra)
    return sorted(placed)


def _marathon_close(week: _Week, day: int) -> bool:
    date = week.monday + day * _DAY
    return any(r.distance_km >= MARATHON_KM and 0 < (r.date - date).days <= 7 for r in week.races)


def _note_compromises(
    week: _Week, placed: Sequence[tuple[int, str]], levels: Sequence[int], lifted_sunday: bool
) -> None:
    days = [d for d, _ in placed]
    if days and days[0] == 0 and lifted_sunday:
        week.warnings.append(
            "Monday's session follows the strength you logged on Sunday: this week's key runs "
            "leave no better gap."
        )
    for a, b in pairwise(days):
        if b - a == 1:
            week.warnings.append(
                f"{WEEKDAY_NAMES[a]} and {WEEKDAY_NAMES[b]} both carry strength: this week's "
                "key runs leave no better gap."
            )
    for day, kind in placed:
        level = levels[day]
        if kind in ("A", "B", "C") and level == LIGHT:
            if _marathon_close(week, day):
                week.warnings.append(
                    f"{WEEKDAY_NAMES[day]} is activation only: the last 7 days before a marathon "
                    "take nothing heavier."
                )
            else:
                week.warnings.append(
                    f"{WEEKDAY_NAMES[day]} is upper body and core only: no day this week leaves "
                    "room for leg work away from your key runs."
                )
        elif kind == "A" and level == NOT_HEAVY:
            week.warnings.append(
                f"{WEEKDAY_NAMES[day]}'s session A skips the heavy leg lifts: no day this week "
                "leaves a full day between heavy legs and your next key run."
            )


@dataclass(slots=True)
class _History:
    """One pass over the logged history: lifts per exercise, this week's log, the gap before."""

    by_exercise: dict[str, list[Entry]] = field(default_factory=dict)
    lifts: dict[int, list[Entry]] = field(default_factory=dict)
    hardest: dict[int, str] = field(default_factory=dict)
    last_week: bool = False
    earlier: bool = False


def _scan(history: Sequence[Entry], monday: dt.date) -> _History:
    seen = _History()
    week_before = monday - 7 * _DAY
    last_sunday = monday - _DAY
    sunday = monday + 6 * _DAY
    by_exercise = seen.by_exercise
    earlier = last_week = False
    for entry in history:
        date = entry.date
        if date < week_before:
            earlier = True
        elif date < monday:
            last_week = True
        kind = entry.kind
        if kind == "lift":
            slug = entry.exercise
            if slug:
                bucket = by_exercise.get(slug)
                if bucket is None:
                    by_exercise[slug] = [entry]
                else:
                    bucket.append(entry)
            if last_sunday <= date <= sunday:
                seen.lifts.setdefault((date - monday).days, []).append(entry)
        elif kind == "run" and last_sunday <= date <= sunday and entry.run_type in KEY_RUNS:
            index = (date - monday).days
            current = seen.hardest.get(index)
            if current is None or _HARDNESS[entry.run_type] > _HARDNESS[current]:
                seen.hardest[index] = entry.run_type
    seen.earlier, seen.last_week = earlier, last_week
    return seen


def _is_re_entry(seen: _History, paused: Sequence[dt.date], monday: dt.date) -> bool:
    start = monday - 7 * _DAY
    if sum(1 for day in set(paused) if start <= day < monday) >= 4:
        return True
    # A runner with older history but nothing logged in the last 7 days is coming back.
    return seen.earlier and not seen.last_week


class _LoadBook:
    """Logged lifts per exercise, reduced to recent sessions on demand."""

    # Progression looks back at most this many sessions (three misses in a row = deload).
    LOOKBACK = 4

    def __init__(self, by_exercise: dict[str, list[Entry]]) -> None:
        self._by_exercise = by_exercise

    def sessions(self, slug: str, before: dt.date) -> list[LoggedSession]:
        entries = self._by_exercise.get(slug)
        if not entries:
            return []
        days: dict[dt.date, list[Entry]] = {}
        for entry in entries:
            if entry.date < before:
                days.setdefault(entry.date, []).append(entry)
        recent = sorted(days, reverse=True)[: self.LOOKBACK]
        return [reduce_session(d, days[d]) for d in reversed(recent)]


def _order(run: str, kind: str) -> Order:
    if run == "rest":
        return "no_run"
    # On an easy-run day the lifting is the day's main job, so it goes first.
    if run == "easy" and kind in ("A", "B", "C"):
        return "before_run"
    return "after_run"


def _after_phrase(week: _Week, day: int, runs: Sequence[str]) -> str:
    def run_at(i: int) -> str:
        return runs[i] if i < 7 else week.next_run

    nxt = run_at(day + 1)
    if nxt in KEY_RUNS:
        return f", with {_day_name(day + 1)}'s {_RUN_WORDS[nxt]} still to come"
    if day + 2 <= 7 and run_at(day + 2) in KEY_RUNS:
        return (
            f", so {_day_name(day + 1)} stays easy before "
            f"{_day_name(day + 2)}'s {_RUN_WORDS[run_at(day + 2)]}"
        )
    return f", so {_day_name(day + 1)} can stay easy"


def _placement_why(week: _Week, day: int, kind: str, runs: Sequence[str]) -> list[str]:
    name = WEEKDAY_NAMES[day]
    run = runs[day]
    before = runs[day - 1] if day else None
    pref = week.profile.strength_days_pref
    tail = _after_phrase(week, day, runs)
    out: list[str] = []
    if kind == "activation":
        out.append(
            f"{name}: a short activation session to keep your legs awake before the race; "
            "nothing heavy within 4 days of race day."
        )
        return out
    if kind == "mobility":
        out.append(
            f"{name}: recovery week after your race, so mobility and easy strength only, "
            "no heavy lifting."
        )
        return out
    if run in HARD_RUNS:
        lead = f"{name}: after your {_RUN_WORDS[run]}, keeping the hard work on one day"
    elif before in HARD_RUNS:
        lead = (
            f"{name}: the day after {WEEKDAY_NAMES[day - 1]}'s {_RUN_WORDS[before]}, "
            "keeping the hard days together"
        )
    elif pref == "easy" and run in ("easy", "rest"):
        lead = f"{name}: an easy day, as you prefer"
    elif run == "long":
        lead = f"{name}: after your long run, upper body and core only"
    elif before in ("long", "race"):
        lead = f"{name}: the day after your {_RUN_WORDS[before]}, so upper body and core only"
    else:
        lead = f"{name}: a clear day away from your other session"
    out.append(lead + tail + ".")
    if pref == "easy" and run not in ("easy", "rest"):
        out.append(
            "You prefer strength on easy days, but none this week leaves a full day before a "
            "key run for this session, so it sits here instead."
        )
    return out


def _content_why(
    week: _Week, day: int, session: StrengthSession, lighter: bool, notes: dict[str, LoadAdvice]
) -> list[str]:
    out: list[str] = []
    kind = session.session
    order = session.order
    if order == "before_run":
        out.append("Lift first, then the easy run: strength is the main job today.")
    elif order == "after_run" and kind not in ("activation", "mobility"):
        out.append("Run first, then lift.")
    if kind == "A":
        if session.heavy_lower:
            out.append("Session A: heavy compound lifts for the posterior chain and quads.")
        else:
            out.append(
                "Session A without the heavy leg lifts: single-leg and hip work instead, so your "
                "legs are fresh for the next key run."
            )
    elif kind == "B":
        extra = (
            " Kept light and springy after the speed work." if week.runs[day] in HARD_RUNS else ""
        )
        out.append(
            "Session B: single-leg strength and plyometrics for hips, calves and landing." + extra
        )
    elif kind == "C":
        out.append("Optional third session: lighter full-body and upper-body work.")
    elif kind == "upper_core":
        out.append("Upper body and core only, to keep your legs fresh around the key runs.")
    phase = week.info.phase
    if kind in ("A", "B", "C"):
        if phase == "base":
            out.append("Base phase: this is when to push the lifts hardest.")
        elif phase == "off_season":
            out.append("Off-season: the time for your heaviest lifting.")
        elif phase == "build":
            out.append("Race-specific phase: fewer sets, still heavy, to hold what you built.")
        elif phase == "peak":
            out.append(
                "Peak mileage weeks: one session keeps your strength while the running leads."
            )
        elif phase == "taper":
            out.append("Taper: half the sets and no new loads, so you reach the start line fresh.")
    if lighter:
        out.append("First week back after a break: fewer sets and about 10% lighter.")
    if week.profile.experience == "new" and kind in ("A", "B"):
        out.append("New to lifting: light loads and clean reps first, then we add weight.")
    unknown = [BY_SLUG[slug].name for slug, advice in notes.items() if advice.action == "start"]
    if unknown:
        out.append(
            f"No logged weights yet for {_join(unknown)}: find your working weight, {FIND_WEIGHT}."
        )
    for slug, advice in notes.items():
        if advice.action == "increase" and advice.load_kg is not None:
            out.append(
                f"{BY_SLUG[slug].name}: up to {advice.load_kg:g} kg, you hit the top of the "
                "range twice in a row."
            )
        elif advice.action == "deload" and advice.load_kg is not None:
            out.append(
                f"{BY_SLUG[slug].name}: down 10% to {advice.load_kg:g} kg after three missed "
                "sessions, then build back up."
            )
        elif advice.action == "add_rep" and advice.target_reps is not None:
            out.append(
                f"{BY_SLUG[slug].name}: same load, aim for {advice.target_reps} reps per set."
            )
    return out


_PROPER = ("Romanian", "Bulgarian", "Copenhagen", "Nordic", "Pallof", "Russian")


def _in_sentence(name: str) -> str:
    """An exercise name as it reads mid-sentence: "Hip thrust" -> "hip thrust", RDL kept."""
    return name if name.startswith(_PROPER) else name[0].lower() + name[1:]


def _join(names: Sequence[str]) -> str:
    words = [_in_sentence(n) for n in names]
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " and " + words[-1]


def _session_for(
    week: _Week,
    day: int,
    kind: str,
    runs: Sequence[str],
    levels: Sequence[int],
    book: _LoadBook,
    re_entry: bool,
) -> tuple[StrengthSession, list[str]]:
    level = levels[day]
    if kind in ("A", "B", "C") and level == LIGHT:
        real: SessionKind = "activation" if _marathon_close(week, day) else "upper_core"
    else:
        real = cast(SessionKind, kind)
    date = week.monday + day * _DAY
    phase = week.info.phase
    allow_increase = phase in ("off_season", "base") and not re_entry
    notes: dict[str, LoadAdvice] = {}

    def loads(slug: str, rep_range: tuple[int, int] | None) -> LoadAdvice:
        advice = advise(
            exercise=slug,
            sessions=book.sessions(slug, date),
            rep_range=rep_range or (8, 12),
            allow_increase=allow_increase,
        )
        if re_entry and advice.load_kg is not None and advice.action != "deload":
            advice = LoadAdvice(
                slug, round_load(advice.load_kg * 0.9), "hold", advice.target_reps,
                "First week back: about 10% lighter.",
            )  # fmt: skip
        notes[slug] = advice
        return advice

    session = build_session(
        kind=real,
        equipment=week.profile.equipment,
        experience=week.profile.experience,
        phase=phase,
        heavy_ok=level == HEAVY,
        order=_order(runs[day], real),
        lighter=re_entry,
        loads=loads,
    )
    why = _placement_why(week, day, real, runs) + _content_why(week, day, session, re_entry, notes)
    return session, why


def _heavy_leg_warnings(week: _Week, lifts: dict[int, list[Entry]], runs: Sequence[str]) -> None:
    for index in sorted(lifts):
        heavy = [
            e for e in lifts[index]
            if e.exercise in BY_SLUG and BY_SLUG[e.exercise].heavy_lower
        ]  # fmt: skip
        if not heavy:
            continue
        nxt = runs[index + 1] if index + 1 < 7 else week.next_run
        if nxt in KEY_RUNS:
            week.warnings.append(
                f"You logged heavy leg work on {_day_name(index)}, the day before "
                f"{_day_name(index + 1)}'s {_RUN_WORDS[nxt]}: expect heavier legs, "
                "and keep a full day between heavy legs and key runs next time."
            )


def _needs(kind: str) -> tuple[int, ...]:
    """Levels a day must have for a session kind, best first."""
    if kind == "A":
        return (HEAVY, NOT_HEAVY)
    if kind in LIGHT_KINDS:
        return (LIGHT,)
    return (NOT_HEAVY,)


def _adapt(
    week: _Week,
    placed: list[tuple[int, str]],
    today_index: int,
    lifts: dict[int, list[Entry]],
    hardest: dict[int, str],
) -> tuple[list[tuple[int, str]], list[str], list[int], set[int]]:
    """Re-plan the rest of the week from what was logged; returns placement, runs, levels, done."""
    runs = list(week.runs)
    for index, run_type in hardest.items():
        current = runs[index]
        if (
            0 <= index <= today_index
            and current not in (run_type, "race")
            and (current not in KEY_RUNS or _HARDNESS[run_type] > _HARDNESS[current])
        ):
            week.why[index].append(
                f"You logged a {_RUN_WORDS[run_type]} here: it counts as a key run, so the "
                "days around it are planned that way."
            )
            runs[index] = run_type
    levels = _levels(runs, week.next_run, week.monday, week.races, week.info)
    for index in week.paused:
        levels[index] = NONE
    lift_days = {i for i in lifts if 0 <= i <= today_index}
    planned = dict(placed)
    done = {i for i in planned if i in lift_days}
    for index in sorted(lift_days - set(planned)):
        week.why[index].append("You lifted here: it counts toward this week's sessions.")
    lifted = lift_days | ({-1} & set(lifts))
    keep: list[tuple[int, str]] = []
    to_place: list[tuple[int, str]] = []
    for index, kind in sorted(planned.items()):
        if index in done:
            continue
        clear = index - 1 not in lifted and index + 1 not in lifted
        if index >= today_index and levels[index] == week.levels[index] and clear:
            keep.append((index, kind))
        else:
            to_place.append((index, kind))
    # Lifting on an unplanned day stands in for the lowest-priority session still to do.
    for _ in range(len(lift_days - set(planned))):
        pool = to_place or keep
        if not pool:
            break
        pool.remove(max(pool, key=lambda item: _PRIORITY.get(item[1], 3)))
    occupied = lifted | {i for i, _ in keep}
    moved: list[tuple[int, str]] = []
    for origin, kind in sorted(to_place, key=lambda item: _PRIORITY.get(item[1], 3)):
        target = None
        for need in _needs(kind):
            target = next(
                (
                    day
                    for day in range(today_index, 7)
                    if levels[day] >= need
                    and day not in occupied
                    and day - 1 not in occupied
                    and day + 1 not in occupied
                ),
                None,
            )
            if target is not None:
                break
        missed = origin < today_index
        if target is None:
            week.warnings.append(
                f"Session {kind} is dropped this week: no day is left for it without two "
                "strength days back to back or heavy legs before a key run."
            )
            if missed:
                week.why[origin].append(
                    f"Session {kind} was planned here but not logged, and no later day fits it."
                )
            continue
        occupied.add(target)
        moved.append((target, kind))
        if target != origin:
            what = "was missed" if missed else "no longer fits after what you logged"
            week.why[origin].append(
                f"Session {kind} was planned here; it moves to {WEEKDAY_NAMES[target]}."
            )
            week.why[target].append(
                f"Moved here from {WEEKDAY_NAMES[origin]}, where it {what}: the next day that "
                "keeps the rules."
            )
    result = sorted([(i, planned[i]) for i in done] + keep + moved)
    return result, runs, levels, done


def plan_week(
    *,
    profile: Profile,
    races: Sequence[Race],
    history: Sequence[Entry],
    week_start: dt.date,
    today: dt.date | None = None,
    paused_days: Sequence[dt.date] = (),
) -> WeekPlan:
    """Plan one week of strength around the runner's runs, races and logged history."""
    monday = monday_of(week_start)
    info = phase_for_week(races=races, week_start=monday)
    runs = _week_runs(profile, races, monday)
    next_run = _next_monday_run(profile, races, monday)
    week = _Week(profile, races, monday, info, runs, next_run)
    week.levels = _levels(runs, next_run, monday, races, info)
    # Days the runner paused the coach take no session.
    week.paused = sorted({(d - monday).days for d in paused_days if 0 <= (d - monday).days < 7})
    for index in week.paused:
        week.levels[index] = NONE
        week.why[index].append("Paused: no strength planned.")
    week.scores = _scores(runs, next_run, profile.strength_days_pref)
    seen = _scan(history, monday)
    re_entry = _is_re_entry(seen, paused_days, monday)
    if re_entry:
        week.warnings.append(
            "First week back after a break: a lighter re-entry week with fewer sets and loads."
        )
    lifts, hardest = seen.lifts, seen.hardest
    # A lift logged last Sunday makes Monday a back-to-back day.
    lifted_sunday = [-1] if -1 in lifts else []
    placed = _place(week, _kinds(info.phase, profile, re_entry), lifted_sunday)
    levels = week.levels
    done: set[int] = set()
    if today is not None and monday <= today <= monday + 6 * _DAY:
        placed, runs, levels, done = _adapt(week, placed, (today - monday).days, lifts, hardest)
    _note_compromises(
        week, [(d, k) for d, k in placed if d not in done], levels, bool(lifted_sunday)
    )
    _heavy_leg_warnings(week, {i: e for i, e in lifts.items() if i <= 6}, runs)
    book = _LoadBook(seen.by_exercise)
    sessions = dict(placed)
    days: list[DayPlan] = []
    for i in range(7):
        date = monday + i * _DAY
        why = week.why[i]
        strength = None
        if i in sessions:
            strength, reasons = _session_for(week, i, sessions[i], runs, levels, book, re_entry)
            why = ([*reasons, "Done: logged."] if i in done else reasons) + why
        elif runs[i] == "race":
            why = ["Race day: no strength, just run well.", *why]
        days.append(DayPlan(date, WEEKDAYS[i], runs[i], strength, tuple(why)))
    return WeekPlan(monday, info.phase, tuple(days), tuple(week.warnings))


def check_heavy_legs(
    *, profile: Profile, races: Sequence[Race], day: dt.date, history: Sequence[Entry]
) -> str | None:
    """Warn when heavy leg work on `day` breaks a hard rule; None when it is fine."""
    name = WEEKDAY_NAMES[day.weekday()]
    tomorrow = day + _DAY
    yesterday = day - _DAY
    logged_tomorrow = [
        e.run_type for e in history
        if e.kind == "run" and e.date == tomorrow and e.run_type in KEY_RUNS
    ]  # fmt: skip
    logged_yesterday = [e.run_type for e in history if e.kind == "run" and e.date == yesterday]
    for race in sorted(races, key=lambda r: r.date):
        delta = (race.date - day).days
        label = race.name or "your race"
        if delta == 0:
            return f"{name} is race day: no strength work today."
        if 0 < delta <= 4:
            return (
                f"{name} is {delta} day{'s' if delta != 1 else ''} before {label}: no heavy leg "
                "work within 4 days of a race; short activation work only."
            )
        if 0 < delta <= 7 and race.distance_km >= MARATHON_KM:
            return (
                f"{name} is in the final week before {label}: nothing beyond light activation "
                "work before a marathon."
            )
    if any(race.date == tomorrow for race in races):
        nxt = "race"
    elif logged_tomorrow:
        nxt = max(logged_tomorrow, key=lambda r: _HARDNESS[r or "tempo"]) or "tempo"
    else:
        nxt = profile.run_on(tomorrow.weekday())
    if nxt in KEY_RUNS:
        return (
            f"Heavy legs on {name} fall the day before {WEEKDAY_NAMES[tomorrow.weekday()]}'s "
            f"{_RUN_WORDS[nxt]}: keep a full day between heavy leg work and a key run. Do upper "
            "body and core today, or lift legs after the key run instead."
        )
    before = profile.run_on(yesterday.weekday())
    if before == "long" or "long" in logged_yesterday or "race" in logged_yesterday:
        return f"{name} follows a long run or race: keep it light today, no heavy leg work."
    return None
