"""Reading a runner's settings from what they type: `/timezone Berlin`, `/morning 6:30am`…

Every parser is pure and either returns a `Change` to store or raises `SettingError` whose
message is a friendly example of what works. Nothing is stored for an error.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from rapidfuzz import process, utils
from rapidfuzz.distance import OSA

from core.units import KG_PER_LB, M_PER_MILE

STONE_IN_KG = 14 * KG_PER_LB

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
KEY_RUN_CHOICES = ("rest", "easy", "tempo", "intervals", "long", "race")


class SettingError(ValueError):
    """A setting that could not be read; the message says what would work."""


@dataclass(frozen=True)
class NewRace:
    date: dt.date
    distance_km: float
    name: str = ""


@dataclass(frozen=True)
class Change:
    """What a setting command stores: user fields, profile fields and/or a new race."""

    user: Mapping[str, Any] = field(default_factory=dict)
    profile: Mapping[str, Any] = field(default_factory=dict)
    race: NewRace | None = None


# --- time zone -------------------------------------------------------------------------

# Places people type that are not the city in their zone's name.
_PLACE_ALIASES = {
    "nyc": "America/New_York",
    "new york city": "America/New_York",
    "boston": "America/New_York",
    "washington": "America/New_York",
    "dc": "America/New_York",
    "miami": "America/New_York",
    "atlanta": "America/New_York",
    "philadelphia": "America/New_York",
    "la": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "portland": "America/Los_Angeles",
    "san diego": "America/Los_Angeles",
    "dallas": "America/Chicago",
    "houston": "America/Chicago",
    "austin": "America/Chicago",
    "minneapolis": "America/Chicago",
    "boulder": "America/Denver",
    "flagstaff": "America/Phoenix",
    "montreal": "America/Toronto",
    "ottawa": "America/Toronto",
    "calgary": "America/Edmonton",
    "munich": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "cologne": "Europe/Berlin",
    "manchester": "Europe/London",
    "edinburgh": "Europe/London",
    "glasgow": "Europe/London",
    "cardiff": "Europe/London",
    "birmingham": "Europe/London",
    "leeds": "Europe/London",
    "uk": "Europe/London",
    "england": "Europe/London",
    "scotland": "Europe/London",
    "milan": "Europe/Rome",
    "barcelona": "Europe/Madrid",
    "geneva": "Europe/Zurich",
    "bern": "Europe/Zurich",
    "basel": "Europe/Zurich",
    "krakow": "Europe/Warsaw",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "india": "Asia/Kolkata",
    "beijing": "Asia/Shanghai",
    "china": "Asia/Shanghai",
    "japan": "Asia/Tokyo",
    "osaka": "Asia/Tokyo",
    "canberra": "Australia/Sydney",
    "wellington": "Pacific/Auckland",
    "nz": "Pacific/Auckland",
    "new zealand": "Pacific/Auckland",
    "cape town": "Africa/Johannesburg",
    "eldoren": "Africa/Nairobi",
    "eldoret": "Africa/Nairobi",
    "iten": "Africa/Nairobi",
    "kenya": "Africa/Nairobi",
    "addis": "Africa/Addis_Ababa",
    "ireland": "Europe/Dublin",
    "germany": "Europe/Berlin",
    "france": "Europe/Paris",
    "spain": "Europe/Madrid",
    "italy": "Europe/Rome",
    "netherlands": "Europe/Amsterdam",
    "holland": "Europe/Amsterdam",
    "sao paulo": "America/Sao_Paulo",
    "rio": "America/Sao_Paulo",
}
_OFFSET = re.compile(r"^(?:utc|gmt)\s*([+-])\s*(\d{1,2})$")


@cache
def _zones_by_lower() -> dict[str, str]:
    return {name.lower(): name for name in zoneinfo.available_timezones()}


_REGIONS = frozenset(
    {"Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian",
     "Pacific"}
)  # fmt: skip


@cache
def _places() -> dict[str, str]:
    """Map each city/region a zone is named after ("new york") to its zone."""
    places: dict[str, str] = {}
    for name in sorted(zoneinfo.available_timezones()):
        # Only canonical zones: legacy links such as Canada/Atlantic name regions, not places.
        if name.split("/", 1)[0] not in _REGIONS:
            continue
        place = name.rsplit("/", 1)[1].replace("_", " ").lower()
        places.setdefault(place, name)
    places.update(_PLACE_ALIASES)
    return places


def parse_timezone(text: str) -> str:
    """Return the IANA zone for a zone name, a city or a UTC offset."""
    wanted = " ".join(text.strip().split())
    example = "Type a city or a zone, e.g. /timezone Europe/Berlin or /timezone Chicago."
    if not wanted:
        raise SettingError(example)
    lowered = wanted.lower()
    zones = _zones_by_lower()
    if lowered.replace(" ", "_") in zones:
        return zones[lowered.replace(" ", "_")]
    if lowered in ("utc", "gmt", "z"):
        return "UTC"
    if match := _OFFSET.match(lowered):
        sign, hours = match.groups()
        if int(hours) <= 14:
            # The Etc/ zones count the other way round: UTC+2 is Etc/GMT-2.
            return "UTC" if int(hours) == 0 else f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"
    place = lowered.rsplit("/", 1)[-1].replace("_", " ")
    places = _places()
    if place in places:
        return places[place]
    if len(place) >= 5:
        best = process.extractOne(
            place,
            places.keys(),
            scorer=OSA.normalized_similarity,  # a swapped pair of letters is one typo
            processor=utils.default_process,
            score_cutoff=0.8,
        )
        if best is not None:
            return places[best[0]]
    raise SettingError(f"I don't know the time zone “{wanted}”. {example}")


def timezone_change(text: str) -> Change:
    return Change(user={"timezone": parse_timezone(text)})


# --- morning time -------------------------------------------------------------------------

_CLOCK = re.compile(
    r"^(?P<h>\d{1,2})(?:\s*[:.h]\s*(?P<m>\d{2})|(?P<m2>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?$"
)


def parse_clock(text: str) -> dt.time:
    """Return a time of day from "07:00", "7", "6.30", "0630", "6:30am" or "7 pm"."""
    match = _CLOCK.match(text.strip().lower())
    if match is None:
        raise SettingError("Give a time like /morning 06:30 (24-hour) or /morning 6:30am.")
    hour = int(match["h"])
    minute = int(match["m"] or match["m2"] or 0)
    if ampm := match["ampm"]:
        if not 1 <= hour <= 12:
            raise SettingError(f"{text.strip()} isn't a time of day. Try /morning 6:30am.")
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    if hour > 23 or minute > 59:
        raise SettingError(
            f"{text.strip()} isn't a time of day. Try /morning 07:00 (hours 0–23, minutes 0–59)."
        )
    return dt.time(hour, minute)


def morning_change(text: str) -> Change:
    return Change(user={"morning_time": parse_clock(text)})


# --- units, equipment -----------------------------------------------------------------------

_UNIT_WORDS = {
    "metric": "metric",
    "km": "metric",
    "kms": "metric",
    "kg": "metric",
    "kilometres": "metric",
    "kilometers": "metric",
    "kilos": "metric",
    "imperial": "imperial",
    "miles": "imperial",
    "mi": "imperial",
    "mile": "imperial",
    "lb": "imperial",
    "lbs": "imperial",
    "pounds": "imperial",
    "us": "imperial",
}


def units_change(text: str) -> Change:
    units = _UNIT_WORDS.get(text.strip().lower())
    if units is None:
        raise SettingError("Choose /units metric (km, kg) or /units imperial (miles, lb).")
    return Change(user={"units": units})


_EQUIPMENT_WORDS = {
    "gym": "gym",
    "full gym": "gym",
    "barbell": "gym",
    "home": "home",
    "none": "home",
    "no gym": "home",
    "bodyweight": "home",
    "dumbbells": "home",
    "garage": "gym",
}


def equipment_change(text: str) -> Change:
    equipment = _EQUIPMENT_WORDS.get(" ".join(text.strip().lower().split()))
    if equipment is None:
        raise SettingError(
            "Choose /equipment gym (barbells and machines) or /equipment home "
            "(bodyweight, a step, bands or dumbbells)."
        )
    return Change(profile={"equipment": equipment})


# --- body weight ----------------------------------------------------------------------------

_WEIGHT = re.compile(
    r"^(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>kg|kgs|kilos?|lb|lbs|pounds?|st|stone)?"
    r"(?:\s*(?P<lb>\d+(?:[.,]\d+)?)\s*(?:lb|lbs|pounds?)?)?$"
)


def parse_weight(text: str, *, units: str) -> float:
    """Return body weight in kg from "68", "68 kg", "150 lb" or "10st 7" (bare = user's units)."""
    match = _WEIGHT.match(text.strip().lower())
    example = "Give your weight like /weight 68 (kg) or /weight 150 lb."
    if match is None:
        raise SettingError(example)
    number = float(match["n"].replace(",", "."))
    unit = match["unit"] or ("lb" if units == "imperial" else "kg")
    if unit in ("st", "stone"):
        kg = number * STONE_IN_KG + float((match["lb"] or "0").replace(",", ".")) * KG_PER_LB
    elif match["lb"]:
        raise SettingError(example)
    elif unit.startswith(("lb", "pound")):
        kg = number * KG_PER_LB
    else:
        kg = number
    if not 30 <= kg <= 250:
        raise SettingError(f"{text.strip()} doesn't look like a body weight. {example}")
    return round(kg, 1)


def weight_change(text: str, *, units: str) -> Change:
    return Change(profile={"bodyweight_kg": parse_weight(text, units=units)})


# --- key runs ---------------------------------------------------------------------------------

_DAY_WORDS = {
    **{day: day for day in WEEKDAYS},
    "monday": "mon",
    "tues": "tue",
    "tuesday": "tue",
    "weds": "wed",
    "wednesday": "wed",
    "thur": "thu",
    "thurs": "thu",
    "thursday": "thu",
    "friday": "fri",
    "saturday": "sat",
    "sunday": "sun",
}
_RUN_WORDS = {
    **{kind: kind for kind in KEY_RUN_CHOICES},
    "interval": "intervals",
    "track": "intervals",
    "repeats": "intervals",
    "reps": "intervals",
    "fartlek": "intervals",
    "hills": "intervals",
    "speed": "intervals",
    "workout": "intervals",
    "threshold": "tempo",
    "lt": "tempo",
    "steady": "tempo",
    "long run": "long",
    "lr": "long",
    "longrun": "long",
    "off": "rest",
    "recovery": "easy",
    "parkrun": "race",
}
_RUN_PAIR = re.compile(r"([a-z]+)\s*[:=\-]?\s*([a-z]+(?: run)?)")


def parse_key_runs(text: str) -> dict[str, str]:
    """Return weekday → run type from "mon:tempo thu:intervals sat:long" (other days easy)."""
    example = "Name your key runs like /runs tue:intervals thu:tempo sat:long."
    cleaned = text.strip().lower().replace(",", " ").replace(";", " ")
    if not cleaned:
        raise SettingError(example)
    runs: dict[str, str] = {}
    position = 0
    for match in _RUN_PAIR.finditer(cleaned):
        if cleaned[position : match.start()].strip():
            break
        day, kind = _DAY_WORDS.get(match[1]), _RUN_WORDS.get(match[2])
        if day is None or kind is None:
            raise SettingError(f"I couldn't read “{match[0]}”. {example}")
        runs[day] = kind
        position = match.end()
    if not runs or cleaned[position:].strip():
        raise SettingError(example)
    return {day: kind for day, kind in runs.items() if kind != "easy"}


def runs_change(text: str) -> Change:
    return Change(profile={"key_runs": parse_key_runs(text)})


# --- race -------------------------------------------------------------------------------------

RACE_DISTANCES_KM = {
    "5k": 5.0,
    "10k": 10.0,
    "half": 21.0975,
    "half marathon": 21.0975,
    "hm": 21.0975,
    "marathon": 42.195,
    "full": 42.195,
    "mara": 42.195,
    "15k": 15.0,
    "10 mile": 16.09344,
    "10 miler": 16.09344,
    "50k": 50.0,
    "parkrun": 5.0,
}
_RACE = re.compile(
    r"^(?P<date>\d{4}-\d{1,2}-\d{1,2})\s+"
    r"(?P<dist>half marathon|10 mile[rs]?|[a-z]+|\d+(?:[.,]\d+)?)"
    r"\s*(?P<unit>k|km|mi|miles?)?\b\s*(?P<name>.*)$"
)


def parse_race(text: str, *, today: dt.date) -> NewRace:
    """Return a race from "2027-04-18 marathon [name]" (5k, 10k, half, marathon or km)."""
    example = "Add a race like /race 2027-04-18 marathon (5k, 10k, half, marathon or a km figure)."
    match = _RACE.match(" ".join(text.strip().lower().split()))
    if match is None:
        raise SettingError(example)
    try:
        year, month, day = (int(part) for part in match["date"].split("-"))
        date = dt.date(year, month, day)
    except ValueError:
        raise SettingError(f"{match['date']} isn't a date. {example}") from None
    if date < today:
        raise SettingError(f"{date.isoformat()} is in the past. {example}")
    if date > today + dt.timedelta(days=2 * 366):
        raise SettingError(f"{date.isoformat()} is more than two years away. {example}")
    dist, unit = match["dist"], match["unit"]
    if dist[0].isdigit():
        km = float(dist.replace(",", "."))
        if unit and unit.startswith("mi"):
            km *= M_PER_MILE / 1000
    elif (km_or_none := RACE_DISTANCES_KM.get(dist)) is not None:
        km = km_or_none
    else:
        raise SettingError(f"I don't know the distance “{dist}”. {example}")
    if not 1 <= km <= 250:
        raise SettingError(f"{km:g} km isn't a race distance I can plan for. {example}")
    original_name = text.strip()[len(text.strip()) - len(match["name"]) :] if match["name"] else ""
    return NewRace(date=date, distance_km=round(km, 4), name=original_name.strip()[:120])


def race_change(text: str, *, today: dt.date) -> Change:
    return Change(race=parse_race(text, today=today))


# --- pause ----------------------------------------------------------------------------------

# An open-ended pause is stored as a far date so "is paused" is one comparison everywhere.
PAUSED_INDEFINITELY = dt.date(9999, 12, 31)


def pause_change(text: str, *, today: dt.date) -> Change:
    """Pause for N days ("7", "7 days", "2 weeks") or, with no argument, until /resume."""
    wanted = text.strip().lower()
    if not wanted:
        return Change(user={"paused_until": PAUSED_INDEFINITELY})
    match = re.fullmatch(r"(\d{1,3})\s*(d|days?|w|wks?|weeks?)?", wanted)
    if match is None:
        raise SettingError("Pause like /pause 7 (days), /pause 2 weeks, or /pause until /resume.")
    days = int(match[1]) * (7 if (match[2] or "d").startswith("w") else 1)
    if not 1 <= days <= 365:
        raise SettingError("Pause for 1 to 365 days, e.g. /pause 10.")
    return Change(user={"paused_until": today + dt.timedelta(days=days)})


def resume_change(text: str = "") -> Change:
    return Change(user={"paused_until": None})


def parse_setting(name: str, text: str, *, today: dt.date, units: str) -> Change:
    """Read the argument of the setting command `name`; raise SettingError when it is wrong."""
    parsers: dict[str, Callable[[str], Change]] = {
        "timezone": timezone_change,
        "morning": morning_change,
        "units": units_change,
        "equipment": equipment_change,
        "weight": lambda arg: weight_change(arg, units=units),
        "runs": runs_change,
        "race": lambda arg: race_change(arg, today=today),
        "pause": lambda arg: pause_change(arg, today=today),
        "resume": resume_change,
    }
    return parsers[name](text)
