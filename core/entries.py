"""A logged training entry: what the parser produces, storage keeps and the coach reads back."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, NamedTuple

Kind = Literal["run", "lift", "cross", "rest"]
RunType = Literal["easy", "tempo", "intervals", "long", "race"]
Units = Literal["metric", "imperial"]

KINDS: tuple[Kind, ...] = ("run", "lift", "cross", "rest")
RUN_TYPES: tuple[RunType, ...] = ("easy", "tempo", "intervals", "long", "race")
KEY_RUN_TYPES: frozenset[str] = frozenset({"tempo", "intervals", "long", "race"})


class Entry(NamedTuple):
    """One logged thing: a run, one group of identical lift sets, a cross session or a rest day.

    Runs and cross-training use distance/duration; lifts use exercise/sets/reps/load. `reps` is
    per set (per leg when `per_side`); `load_kg` is external load (None = bodyweight); timed
    holds put seconds in `duration_s` and leave `reps` None. RPE is stored as RIR (10 - RPE).

    A named tuple: immutable, and every message the parser reads builds entries, which a tuple
    does in a fraction of the time a frozen class's field-by-field set-up takes.
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
        data.update({key: getattr(self, key) for key in keys})
        if self.note:
            data["note"] = self.note
        return data
