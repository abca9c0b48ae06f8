"""The week planner: strength sessions placed around a runner's week (pure, no I/O)."""

from core.planner.models import (
    DEFAULT_RUN_DAYS,
    KEY_RUNS,
    WEEKDAYS,
    Profile,
    Race,
    profile_from_json,
    races_from_json,
)
from core.planner.phases import PHASES, Phase, PhaseInfo, monday_of, phase_for_week, taper_days
from core.planner.progression import LoadAdvice, default_rep_range, next_load
from core.planner.sessions import Prescription, StrengthSession
from core.planner.week import DayPlan, WeekPlan, check_heavy_legs, plan_week

__all__ = [
    "DEFAULT_RUN_DAYS",
    "KEY_RUNS",
    "PHASES",
    "WEEKDAYS",
    "DayPlan",
    "LoadAdvice",
    "Phase",
    "PhaseInfo",
    "Prescription",
    "Profile",
    "Race",
    "StrengthSession",
    "WeekPlan",
    "check_heavy_legs",
    "default_rep_range",
    "monday_of",
    "next_load",
    "phase_for_week",
    "plan_week",
    "profile_from_json",
    "races_from_json",
    "taper_days",
]
