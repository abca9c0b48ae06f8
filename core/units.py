"""Unit conversions shared by the parser and the coach (all exact by definition)."""

from __future__ import annotations

KG_PER_LB = 0.45359237
M_PER_MILE = 1609.344
M_PER_KM = 1000.0
M_PER_YARD = 0.9144
MARATHON_M = 42195.0
HALF_MARATHON_M = 21097.5

LOAD_DECIMALS = 2
DISTANCE_DECIMALS = 1


def lb_to_kg(pounds: float) -> float:
    """Convert pounds to kilograms, rounded the way loads are stored."""
    return round_load(pounds * KG_PER_LB)


def kg_to_lb(kilograms: float) -> float:
    """Convert kilograms to pounds (for display to imperial users)."""
    return kilograms / KG_PER_LB


def round_load(kilograms: float) -> float:
    """Round a load the one way every stored load is rounded."""
    return round(kilograms, LOAD_DECIMALS)


def round_distance(metres: float) -> float:
    """Round a distance the one way every stored distance is rounded."""
    return round(metres, DISTANCE_DECIMALS)


def miles_to_m(miles: float) -> float:
    return miles * M_PER_MILE


def km_to_m(kilometres: float) -> float:
    return kilometres * M_PER_KM
