"""A logged training entry: what the parser produces, storage keeps and the coach reads back."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields
from typing import Any, Literal

Kind = Literal["run", "lift", "cross", "rest"]
RunType = Literal["easy", "tempo", "intervals", "long", "race"]
Units = Literal["metric", "imperial"]

KINDS: tuple[Kind, ...] = ("run", "lift", "cross", "rest")
RUN_TYPES: tuple[RunType, ...] = ("easy", "tempo", "intervals", "long", "race")
KEY_RUN_TYPES: frozenset[str] = frozenset({"tempo", "intervals", "long", "race"})


@dataclass(frozen=True, slots=True, init=False)
class Entry:
    """One logged thing: a run, one group of identical lift sets, a cross session or a rest day.

    Runs and cross-training use distance/duration; lifts use exercise/sets/reps/load. `reps` is
    per set (per leg when `per_side`); `load_kg` is external load (None = bodyweight); timed
    holds put seconds in `duration_s` and leave `reps` None. RPE is stored as RIR (10 - RPE).
    """

    kind: Kind
    date: dt.date
    distance_m: float | None = None
    duration_s: float | None = None
    run_type: RunType | None = None
    sport: str | None = None
    exercise: str | None = None
    sets: int | None = None
    reps: int | None = None
    load_kg: float | None = None
    per_side: bool = False
    rir: float | None = None
    note: str | None = None

    def __init__(
        self,
        kind: Kind,
        date: dt.date,
        distance_m: float | None = None,
        duration_s: float | None = None,
        run_type: RunType | None = None,
        sport: str | None = None,
        exercise: str | None = None,
        sets: int | None = None,
        reps: int | None = None,
        load_kg: float | None = None,
        per_side: bool = False,
        rir: float | None = None,
        note: str | None = None,
    ) -> None:
        # Frozen, so each field is set through its slot's own setter: half the cost of the
        # object.__setattr__ calls a generated __init__ makes, and every message makes entries.
        (s_kind, s_date, s_distance, s_duration, s_type, s_sport, s_exercise, s_sets, s_reps,
         s_load, s_side, s_rir, s_note) = _ENTRY_SETTERS  # fmt: skip
        s_kind(self, kind)
        s_date(self, date)
        s_distance(self, distance_m)
        s_duration(self, duration_s)
        s_type(self, run_type)
        s_sport(self, sport)
        s_exercise(self, exercise)
        s_sets(self, sets)
        s_reps(self, reps)
        s_load(self, load_kg)
        s_side(self, per_side)
        s_rir(self, rir)
        s_note(self, note)

    def to_json(self) -> dict[str, Any]:
        """Return the contract's JSON form of this entry (`coach parse --json`)."""
        data: dict[str, Any] = {"kind": self.kind, "date": self.date.isoformat()}
        keys: tuple[str, ...]
        if self.kind == "lift":
            keys = ("exercise", "sets", "reps", "load_kg", "per_side", "duration_s", "rir")
        elif self.kind == "run":
            keys = ("distance_m", "duration_s", "run_type")
        elif self.kind == "cross":
            keys = ("sport", "distance_m", "duration_s")
        else:
            keys = ()
        values = asdict(self)
        data.update({key: values[key] for key in keys})
        if self.note:
            data["note"] = self.note
        return data


_ENTRY_SETTERS = tuple(Entry.__dict__[field.name].__set__ for field in fields(Entry))
