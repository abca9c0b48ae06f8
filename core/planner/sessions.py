"""Strength session contents: sessions A/B and the lighter variants, with sets, reps and rest."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from core.exercises import BY_SLUG
from core.planner.models import Equipment, Experience
from core.planner.phases import Phase
from core.planner.progression import LoadAdvice

SessionKind = Literal["A", "B", "C", "upper_core", "activation", "mobility"]
Order = Literal["after_run", "before_run", "no_run"]
Role = Literal["main", "unilateral", "accessory", "nordic", "core", "plyo", "light"]

LIGHT_KINDS: frozenset[str] = frozenset({"upper_core", "activation", "mobility"})

_Item = tuple[str, Role, int]

_A_GYM: tuple[_Item, ...] = (
    ("romanian_deadlift", "main", 3),
    ("bulgarian_split_squat", "unilateral", 3),
    ("hip_thrust", "accessory", 3),
    ("calf_raise", "accessory", 2),
    ("plank", "core", 2),
)
_A_GYM_EXPERIENCED: tuple[_Item, ...] = (
    ("box_jump", "plyo", 2),
    ("back_squat", "main", 3),
    ("romanian_deadlift", "main", 3),
    ("bulgarian_split_squat", "unilateral", 2),
    ("calf_raise", "accessory", 2),
    ("pallof_press", "core", 2),
)
_A_HOME: tuple[_Item, ...] = (
    ("goblet_squat", "accessory", 2),
    ("bulgarian_split_squat", "unilateral", 3),
    ("single_leg_rdl", "unilateral", 3),
    ("glute_bridge", "accessory", 2),
    ("single_leg_calf_raise", "accessory", 2),
    ("side_plank", "core", 2),
)
_A_NEW: tuple[_Item, ...] = (
    ("goblet_squat", "main", 2),
    ("split_squat", "unilateral", 2),
    ("glute_bridge", "accessory", 2),
    ("calf_raise", "accessory", 2),
    ("dead_bug", "core", 2),
)
_B_GYM: tuple[_Item, ...] = (
    ("box_jump", "plyo", 3),
    ("step_up", "unilateral", 3),
    ("single_leg_rdl", "unilateral", 3),
    ("nordic_curl", "nordic", 2),
    ("copenhagen_plank", "core", 2),
    ("single_leg_calf_raise", "accessory", 2),
)
_B_HOME: tuple[_Item, ...] = (("pogo_hops", "plyo", 3), *_B_GYM[1:])
_B_NEW: tuple[_Item, ...] = (
    ("pogo_hops", "plyo", 2),
    ("step_up", "unilateral", 2),
    ("single_leg_rdl", "unilateral", 2),
    ("side_plank", "core", 2),
    ("single_leg_calf_raise", "accessory", 2),
)
_C_ANY: tuple[_Item, ...] = (
    ("goblet_squat", "accessory", 2),
    ("push_up", "accessory", 2),
    ("dumbbell_row", "accessory", 2),
    ("lateral_band_walk", "accessory", 2),
    ("dead_bug", "core", 2),
    ("side_plank", "core", 2),
)
_UPPER_CORE_GYM: tuple[_Item, ...] = (
    ("push_up", "accessory", 3),
    ("dumbbell_row", "accessory", 3),
    ("pallof_press", "core", 2),
    ("side_plank", "core", 2),
    ("plank", "core", 2),
)
_UPPER_CORE_HOME: tuple[_Item, ...] = (*_UPPER_CORE_GYM[:2], ("dead_bug", "core", 2),
                                       *_UPPER_CORE_GYM[3:])  # fmt: skip
_ACTIVATION: tuple[_Item, ...] = (
    ("pogo_hops", "light", 2),
    ("glute_bridge", "light", 2),
    ("lateral_band_walk", "light", 2),
    ("single_leg_calf_raise", "light", 2),
    ("plank", "core", 2),
)
_MOBILITY: tuple[_Item, ...] = (
    ("glute_bridge", "light", 2),
    ("dead_bug", "light", 2),
    ("lateral_band_walk", "light", 2),
    ("calf_raise", "light", 2),
    ("side_plank", "core", 2),
)

# Lighter stand-ins when heavy leg work is off the table on the day.
_NOT_HEAVY: dict[str, tuple[str, Role]] = {
    "romanian_deadlift": ("single_leg_rdl", "unilateral"),
    "deadlift": ("single_leg_rdl", "unilateral"),
    "trap_bar_deadlift": ("single_leg_rdl", "unilateral"),
    "back_squat": ("goblet_squat", "accessory"),
    "front_squat": ("goblet_squat", "accessory"),
    "leg_press": ("step_up", "unilateral"),
    "bulgarian_split_squat": ("split_squat", "unilateral"),
}

_SIDE: dict[str, str] = {
    "bulgarian_split_squat": "/leg", "split_squat": "/leg", "step_up": "/leg",
    "step_down": "/leg", "single_leg_rdl": "/leg", "single_leg_calf_raise": "/leg",
    "lunge": "/leg", "reverse_lunge": "/leg", "walking_lunge": "/leg", "bounding": "/leg",
    "lateral_band_walk": "/side", "dead_bug": "/side", "pallof_press": "/side",
    "side_plank": "/side", "copenhagen_plank": "/side", "dumbbell_row": "/arm",
}  # fmt: skip
_PLYO_REPS: dict[str, int] = {"box_jump": 5, "pogo_hops": 10, "bounding": 6, "jump_squat": 5}
_HOLD_S: dict[str, int] = {"copenhagen_plank": 20}
# Done with a band: resistance is not counted in kg.
_NO_LOAD: frozenset[str] = frozenset({"lateral_band_walk"})


@dataclass(frozen=True, slots=True)
class Prescription:
    """One exercise in a session: sets x reps (a string such as "4-6" or "30s"), rest and load."""

    exercise: str
    sets: int
    reps: str
    rest_s: int
    load_kg: float | None
    rir: int
    rep_range: tuple[int, int] | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the contract's exercise object (plus the target reps in reserve)."""
        return {
            "exercise": self.exercise,
            "sets": self.sets,
            "reps": self.reps,
            "rest_s": self.rest_s,
            "load_kg": self.load_kg,
            "rir": self.rir,
        }


@dataclass(frozen=True, slots=True)
class StrengthSession:
    """A planned strength session on one day."""

    session: SessionKind
    heavy_lower: bool
    minutes: int
    order: Order
    exercises: tuple[Prescription, ...]

    @property
    def working_sets(self) -> int:
        """Total working sets across the session."""
        return sum(p.sets for p in self.exercises)

    def to_json(self) -> dict[str, Any]:
        """Return the contract's `strength` object."""
        return {
            "session": self.session,
            "heavy_lower": self.heavy_lower,
            "minutes": self.minutes,
            "order": self.order,
            "exercises": [p.to_json() for p in self.exercises],
        }


def _template(
    kind: SessionKind, equipment: Equipment, experience: Experience
) -> tuple[_Item, ...]:
    if kind == "A":
        if experience == "new":
            return _A_NEW
        if equipment == "home":
            return _A_HOME
        return _A_GYM_EXPERIENCED if experience == "experienced" else _A_GYM
    if kind == "B":
        if experience == "new":
            return _B_NEW
        return _B_HOME if equipment == "home" else _B_GYM
    if kind == "C":
        return _C_ANY
    if kind == "upper_core":
        return _UPPER_CORE_HOME if equipment == "home" else _UPPER_CORE_GYM
    if kind == "activation":
        return _ACTIVATION
    return _MOBILITY


def _reps(slug: str, role: Role, experience: Experience) -> tuple[str, tuple[int, int] | None]:
    side = _SIDE.get(slug, "")
    ex = BY_SLUG[slug]
    if ex.timed:
        return f"{_HOLD_S.get(slug, 30)}s{side}", None
    if role == "plyo":
        return f"{_PLYO_REPS.get(slug, 6)}{side}", None
    if role == "light":
        return f"10{side}", None
    if role == "main":
        low, high = {"new": (6, 8), "some": (4, 6), "experienced": (3, 5)}[experience]
    elif role == "unilateral":
        low, high = (8, 10) if experience == "new" else (6, 8)
    elif role == "nordic":
        low, high = (3, 6)
    else:
        low, high = (8, 12)
    return f"{low}-{high}{side}", (low, high)


def _rest(role: Role, experience: Experience) -> int:
    if role == "main":
        return 180 if experience == "experienced" else 150
    return {"unilateral": 90, "accessory": 75, "nordic": 90, "core": 60, "plyo": 90,
            "light": 45}[role]  # fmt: skip


def _sets(base: int, phase: Phase, lighter: bool) -> int:
    if phase == "taper":
        return (base + 1) // 2
    if phase in ("build", "peak") or lighter:
        # Maintenance: one set fewer on the bigger blocks, never below two.
        return max(2, base - 1) if base >= 3 else base
    return base


def _seconds(p: Prescription) -> int:
    head, _, side = p.reps.partition("/")
    work = int(head[:-1]) if head.endswith("s") else 40
    per_side = 2 if side else 1
    return p.sets * (p.rest_s + work * per_side)


def build_session(
    *,
    kind: SessionKind,
    equipment: Equipment,
    experience: Experience,
    phase: Phase,
    heavy_ok: bool,
    order: Order,
    lighter: bool = False,
    loads: Callable[[str, tuple[int, int] | None], LoadAdvice | None],
) -> StrengthSession:
    """Build one session's prescriptions; `loads` gives a load advice per exercise."""
    light_session = kind in LIGHT_KINDS
    cautious = lighter or phase == "taper" or light_session
    items: list[_Item] = []
    for slug, role, sets in _template(kind, equipment, experience):
        if not heavy_ok and BY_SLUG[slug].heavy_lower:
            slug, role = _NOT_HEAVY[slug]
        if equipment == "home" and not BY_SLUG[slug].home:
            continue
        if any(slug == other for other, _, _ in items):
            continue
        items.append((slug, role, sets))
    prescriptions: list[Prescription] = []
    for slug, role, base_sets in items:
        reps, rep_range = _reps(slug, role, experience)
        ex = BY_SLUG[slug]
        load: float | None = None
        if not (light_session or ex.timed or ex.bodyweight or role == "plyo" or slug in _NO_LOAD):
            advice = loads(slug, rep_range)
            load = advice.load_kg if advice is not None else None
        if experience == "new" or cautious:
            rir = 3
        elif role == "main" and experience == "experienced":
            rir = 1
        else:
            rir = 2
        sets = base_sets if light_session else _sets(base_sets, phase, lighter)
        prescriptions.append(
            Prescription(slug, sets, reps, _rest(role, experience), load, rir, rep_range)
        )
    warm_up = 180 if light_session else 480
    seconds = warm_up + sum(_seconds(p) for p in prescriptions)
    minutes = max(20, min(45, round(seconds / 60)))
    heavy = not light_session and any(BY_SLUG[p.exercise].heavy_lower for p in prescriptions)
    return StrengthSession(kind, heavy, minutes, order, tuple(prescriptions))
