"""Personal records: heaviest sets, estimated one-rep maxes and fastest race-distance runs.

Rules a runner will notice:
- A record needs something to beat. A lift logged for the first time, or at more reps than
  ever before, sets no "heaviest" record; otherwise every first log would be celebrated.
  The one exception is a first timed race (run type "race") at a standard distance.
- "Heaviest" is per exercise and rep count, and a heavier set at more reps already counts:
  100 kg × 5 after 100 kg × 8 is not a 5-rep best. Per-side sets (8/leg) are compared only
  with per-side sets of the same exercise.
- The estimated 1RM uses the Epley formula and only bilateral sets with an external load and
  1-12 reps: Epley drifts above about a dozen reps, and the load of a per-side set (per hand?
  in total?) is not comparable with a barbell max. Bodyweight sets and timed holds have none.
- Per exercise, new sets give "heaviest" records when they beat rep-count bests, and only
  otherwise an estimated-1RM record, so one good set is never announced twice. A set that
  another set in the same batch outdoes (heavier at as many reps) is not announced.
- Fastest: a run within 2 % of 5 km, 10 km, the half or the marathon, with a time. A run short
  of the distance has its time scaled up to the full distance so a short course never wins;
  a long one keeps its own time. Longer runs are not split into shorter bests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from core.display import exercise_name, format_duration, format_load, side_word
from core.entries import Entry, Units

RecordKind = Literal["heaviest", "e1rm", "fastest"]

E1RM_MAX_REPS = 12
DISTANCE_TOLERANCE = 0.02
# Smallest plate step in use (0.25 kg, or 0.5 lb = 0.227 kg); smaller gains are rounding noise.
MIN_LOAD_GAIN_KG = 0.2
# Times are shown to the second, so a record must be at least a displayed second faster.
MIN_TIME_GAIN_S = 1.0

RACE_DISTANCES: tuple[tuple[str, float], ...] = (
    ("5k", 5000.0),
    ("10k", 10000.0),
    ("half marathon", 21097.5),
    ("marathon", 42195.0),
)


@dataclass(frozen=True, slots=True)
class Record:
    """A new personal best: a load in kg ("heaviest", "e1rm") or a time in seconds ("fastest").

    `label` is the exercise slug for lifts and the distance label ("5k", "half marathon") for
    runs; `reps` and `per_side` describe the set of a "heaviest" record.
    """

    kind: RecordKind
    label: str
    value: float
    previous: float | None
    date: dt.date
    reps: int | None = None
    per_side: bool = False

    def describe(self, *, units: Units) -> str:
        """Return the record as one line of plain text in the runner's units."""
        if self.kind == "fastest":
            time = format_duration(self.value)
            if self.previous is None:
                return f"First {self.label} on record: {time}"
            return f"New {self.label} best: {time} (was {format_duration(self.previous)})"
        name = exercise_name(self.label)
        load = format_load(self.value, units=units)
        was = (
            f" (was {format_load(self.previous, units=units)})"
            if self.previous is not None
            else ""
        )
        if self.kind == "e1rm":
            return f"New estimated 1RM (Epley): {name} {load}{was}"
        per = f"/{side_word(self.label, timed=False)}" if self.per_side else ""
        return f"New best: {name} {self.reps}{per} × {load}{was}"


def estimated_1rm(*, load_kg: float, reps: int) -> float:
    """Return the Epley estimated one-rep max: load × (1 + reps/30), the load itself for 1 rep."""
    if reps < 1:
        raise ValueError("reps must be at least 1")
    if reps == 1:
        return load_kg
    return load_kg * (1 + reps / 30)


def _loaded_sets(entries: Iterable[Entry]) -> Iterable[tuple[Entry, str, int, float]]:
    for entry in entries:
        if (
            entry.kind == "lift"
            and entry.exercise
            and entry.reps is not None
            and entry.reps >= 1
            and entry.load_kg is not None
            and entry.load_kg > 0
        ):
            yield entry, entry.exercise, entry.reps, entry.load_kg


def _e1rm_of(entry: Entry) -> float | None:
    if entry.per_side or entry.reps is None or entry.load_kg is None:
        return None
    if not 1 <= entry.reps <= E1RM_MAX_REPS or entry.load_kg <= 0:
        return None
    return estimated_1rm(load_kg=entry.load_kg, reps=entry.reps)


def best_lifts(*, history: Sequence[Entry]) -> dict[str, float]:
    """Return the best Epley estimated 1RM in kg per exercise slug (see the module rules)."""
    best: dict[str, float] = {}
    for entry, slug, _reps, _load in _loaded_sets(history):
        value = _e1rm_of(entry)
        if value is not None and value > best.get(slug, 0.0):
            best[slug] = value
    return best


def _race_distance(entry: Entry) -> tuple[str, float] | None:
    if entry.kind != "run" or not entry.distance_m or not entry.duration_s:
        return None
    for label, meters in RACE_DISTANCES:
        if abs(entry.distance_m - meters) <= meters * DISTANCE_TOLERANCE:
            return label, meters
    return None


def race_time(entry: Entry) -> tuple[str, float] | None:
    """Return (distance label, time in seconds) when a run counts for a race-distance best."""
    found = _race_distance(entry)
    if found is None or entry.distance_m is None or entry.duration_s is None:
        return None
    label, meters = found
    scale = max(1.0, meters / entry.distance_m)
    return label, entry.duration_s * scale


def _fastest_records(history: Sequence[Entry], new: Sequence[Entry]) -> list[Record]:
    previous: dict[str, float] = {}
    for entry in history:
        timed = race_time(entry)
        if timed is not None:
            label, seconds = timed
            previous[label] = min(seconds, previous.get(label, seconds))
    best_new: dict[str, tuple[float, Entry]] = {}
    for entry in new:
        timed = race_time(entry)
        if timed is not None:
            label, seconds = timed
            if label not in best_new or seconds < best_new[label][0]:
                best_new[label] = (seconds, entry)
    records = []
    for label, _meters in RACE_DISTANCES:
        if label not in best_new:
            continue
        seconds, entry = best_new[label]
        before = previous.get(label)
        if before is None:
            if entry.run_type != "race":
                continue
        elif round(seconds) > round(before) - MIN_TIME_GAIN_S:
            continue
        records.append(Record("fastest", label, seconds, before, entry.date))
    return records


def _lift_records(history: Sequence[Entry], new: Sequence[Entry]) -> list[Record]:
    old_sets: dict[tuple[str, bool], list[tuple[int, float]]] = {}
    for entry, slug, reps, load in _loaded_sets(history):
        old_sets.setdefault((slug, entry.per_side), []).append((reps, load))
    old_e1rm = best_lifts(history=history)

    new_sets: dict[tuple[str, bool], list[tuple[int, float, Entry]]] = {}
    for entry, slug, reps, load in _loaded_sets(new):
        new_sets.setdefault((slug, entry.per_side), []).append((reps, load, entry))

    records: list[Record] = []
    celebrated: set[str] = set()
    for (slug, per_side), sets in new_sets.items():
        old = old_sets.get((slug, per_side), [])
        seen: set[tuple[int, float]] = set()
        for reps, load, entry in sets:
            if (reps, load) in seen:
                continue
            seen.add((reps, load))
            outdone = any((r >= reps and x > load) or (r > reps and x >= load) for r, x, _ in sets)
            if outdone:
                continue
            before = max((x for r, x in old if r >= reps), default=None)
            if before is None or load < before + MIN_LOAD_GAIN_KG:
                continue
            records.append(Record("heaviest", slug, load, before, entry.date, reps, per_side))
            celebrated.add(slug)

    best_new: dict[str, tuple[float, Entry]] = {}
    for entry, slug, _reps, _load in _loaded_sets(new):
        value = _e1rm_of(entry)
        if value is not None and (slug not in best_new or value > best_new[slug][0]):
            best_new[slug] = (value, entry)
    for slug, (value, entry) in best_new.items():
        before_e1rm = old_e1rm.get(slug)
        if slug in celebrated or before_e1rm is None:
            continue
        if value >= before_e1rm + MIN_LOAD_GAIN_KG:
            records.append(Record("e1rm", slug, value, before_e1rm, entry.date))
    return records


def new_records(*, history: Sequence[Entry], new: Sequence[Entry]) -> list[Record]:
    """Return the personal records that `new` sets over `history` (which must not include it)."""
    return _lift_records(history, new) + _fastest_records(history, new)
