"""Sets, reps, loads, holds and effort for one lift, in the orders lifters write them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from core.entries import Units
from core.exercises import BY_SLUG
from core.units import KG_PER_LB, round_load


class SetGroup(NamedTuple):  # a tuple: several are built per lift, and tuples build fastest
    """Identical consecutive sets of one exercise."""

    sets: int
    reps: int | None
    load_kg: float | None
    duration_s: float | None
    rir: float | None = None  # only when the effort was given for these sets alone


class LiftData(NamedTuple):
    groups: tuple[SetGroup, ...]
    per_side: bool
    rir: float | None


_PER_SIDE = re.compile(
    r"\s*/\s*(?:leg|side|arm|ea)s?\b|\b(?:each|ech|per|a|ea|every)\s+(?:leg|side|arm)s?\b"
    r"|\b(?:ea|each|es|e/s|per\s+side|a\s+side)\b\.?|\bl\s*(?:\+|&|and|/)\s*r\b"
    r"|\b(?:left|right)\s*(?:\+|&|and|/)\s*(?:left|right)\b"
)
_SIDE_WORDS = frozenset(
    {"leg", "legs", "side", "sides", "arm", "arms", "each", "ech", "per", "ea", "es", "every",
     "left", "right", "l", "r"}
)  # fmt: skip
_LETTER_RUNS = re.compile(r"[a-z]+")
_LEFT_RIGHT = re.compile(r"\b(\d+)\s*l\s*[/,+&]?\s*(\d+)\s*r\b")
_RIR = re.compile(
    r"(?=[\dr])(?:\brir\s*:?\s*(\d+(?:\.\d+)?)(?:\s*-\s*\d+(?:\.\d+)?)?|\b(\d+(?:\.\d+)?)\s*(?:rir\b|"
    r"(?:reps?\s+)?(?:in\s+)?(?:reserve|(?:left\s+)?in\s+the\s+tank|left\b)))"
)
_EFFORT_CUE = re.compile(r"rir|reserve|tank|left")
_PAIR_OF_BELLS = re.compile(
    # Both forms start at a "2" or "two": testing that first spares the look-behinds elsewhere.
    r"(?=[2t])(?:\b(?:2|two)\s*(?:x|×|\*)\s*(\d+(?:\.\d+)?\s*(?:kgs?|lbs?|#|k)?)\s*(?=(?:db|dbs|"
    r"dumbbells?|kbs|kettlebells?|bells|in each hand|each hand|per hand)\b)"
    r"|(?:(?<=@)|(?<=@ )|(?<=with )|(?<=holding ))"
    r"(?:2|two)\s*(?:x|×|\*)\s*(\d+(?:\.\d+)?\s*(?:kgs?|lbs?|#|k)))"
)
# After a whole "3x10" the next "2x22.5kg" cannot be more sets: it is the pair held, logged
# like "2x20kg DBs" at the weight of one.
_PAIR_AFTER_SETS = re.compile(
    r"(\d\s*(?:x|×|\*)\s*\d+(?:\s+reps)?\s+)(?:2|two)\s*(?:x|×|\*)\s*(\d+(?:\.\d+)?\s*(?:kgs?|lbs?))\b"
)
_RPE_AFTER = re.compile(r"@?\s*\brpe\s*:?\s*(\d+(?:\.\d+)?)(?:\s*-\s*\d+(?:\.\d+)?)?")
_RPE_BEFORE = re.compile(r"@?\s*(\d+(?:\.\d+)?)\s*rpe\b")
_RANGE = re.compile(r"\b(\d+)\s*-\s*\d+\b(?!\s*(?:kg|lb))")
# "4 series of 6" is how many languages say sets.
_SETS_OF = re.compile(
    r"\b(?:sets?|series)\s+(?:of|x|by)\b|\b(?:sets?|series)\s+(?=\d)|\brounds?\s+of\b"
)
_FOR_REPS = re.compile(r"(kgs?|lbs?|#|\d)\s+for\s+(?=\d+\s*(?:reps?)?\b(?!\s*(?:x|×|\*)))")
_TOKEN = re.compile(
    # Every token starts with one of these characters: testing that first spares the
    # alternatives below at each letter and space.
    r"(?=[\d.x×*@a,/;&|tb+])(?:"
    r"(?P<time>\d{1,2}:\d{2})"
    r"|(?P<num>\d+(?:\.\d+)?|\.\d+)\s*(?P<unit>kgs?\b|kilos?\b|kilograms?\b|lbs?\b|pounds?\b|#"
    r"|kb\b|k\b|s\b|secs?\b|seconds?\b|\"|''|mins?\b|minutes?\b|m\b|'|reps?\b|r\b|sets?\b"
    r"|rounds?\b|singles?\b|doubles?\b|triples?\b)?"
    r"|(?P<x>(?<![a-z])x(?![a-z])|×|\*)"
    r"|(?P<at>@|\bat\b)"
    r"|(?P<sep>[,/;&|]|\band\b|\bthen\b)"
    r"|(?P<bw>\bbw\b|\bbodyweight\b|\bbody\s*weight\b)"
    r"|(?P<plus>\+))"
)
_LB_WORD = re.compile(r"\d\s*(?:lbs?|pounds?|#)")
_KG_WORD = re.compile(r"\d\s*(?:kgs?|kilos?|kilograms?)\b")
_LOAD_UNITS = {
    "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg",
    "k": "kg", "kb": "kg", "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "#": "lb",
}  # fmt: skip
_SECONDS_UNITS = {
    "s": 1,
    "sec": 1,
    "secs": 1,
    "second": 1,
    "seconds": 1,
    '"': 1,
    "''": 1,
    "min": 60,
    "mins": 60,
    "minute": 60,
    "minutes": 60,
    "'": 60,
    "m": 60,
}
_REP_UNITS = frozenset({"rep", "reps", "r"})
_REP_WORDS = {"single": 1, "singles": 1, "double": 2, "doubles": 2, "triple": 3, "triples": 3}
_SET_UNITS = frozenset({"set", "sets", "round", "rounds"})
_ONE_SIDED = frozenset(
    {"single_leg_calf_raise", "side_plank", "copenhagen_plank", "dumbbell_row", "pallof_press"}
)
_HEIGHT = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:cm|mm|inch(?:es)?|in\b|\")\s*(?=box|step|bench|platform)"
)
_PERCENT_LOAD = re.compile(r"@?\s*\d+(?:\.\d+)?\s*%(?:\s*(?:of\s*)?(?:e?1rm|rm|max|tm))?")
_UNKNOWN_REPS = re.compile(
    r"\b(\d+)\s*(?:x|×|\*|sets? of)\s*(?:amrap|max(?: reps)?|to failure|failure)\b"
)
_EQUAL_PAIR = re.compile(r"\b(\d+)\s*/\s*(\d+)\b(?!\s*/)")

# A value in a set notation: (number, kind) where kind is "load" (kg), "reps", "sets", "secs",
# "dist" (metres), "bw" (bodyweight), "bwplus" (kg added to bodyweight) or "" (no unit given).
Value = tuple[float, str]


@dataclass(slots=True)
class _Item:
    """The values between two separators: chains joined by "x" and loads given after "@"."""

    chains: list[list[Value]]
    ats: list[Value]


def _tokenize(text: str, default_load_unit: str, timed: bool) -> list[_Item]:
    items: list[_Item] = [_Item([], [])]
    pending_x = after_at = plus = False
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        item = items[-1]
        if kind == "sep":
            if item.chains or item.ats:
                items.append(_Item([], []))
            pending_x = after_at = plus = False
            continue
        if kind == "x":
            pending_x = True
            continue
        if kind == "at":
            after_at = True
            continue
        if kind == "plus":
            plus = True
            continue
        # A bare number ("num" with no unit) is by far the most common value.
        value = (float(match.group("num")), "") if kind == "num" else _value(match, kind, timed)
        if plus and value[1] in ("", "load"):
            # "BW + 20": the added weight is the external load.
            added = (value[0] if value[1] == "load" else _bare_load(value[0], default_load_unit),
                     "bwplus")  # fmt: skip
            if item.chains and item.chains[-1][-1][1] == "bw":
                item.chains[-1][-1] = added
            else:
                item.chains.append([added])
        elif after_at:
            item.ats.append(value)
        elif pending_x and item.chains:
            item.chains[-1].append(value)
        else:
            item.chains.append([value])
        pending_x = after_at = plus = False
    return [item for item in items if item.chains or item.ats]


def _value(match: re.Match[str], kind: str | None, timed: bool) -> Value:
    if kind == "bw":
        return (0.0, "bw")
    if kind == "time":
        minutes, seconds = match.group("time").split(":")
        return (int(minutes) * 60 + int(seconds), "secs")
    number = float(match.group("num"))
    unit = match.group("unit") or ""
    if unit in _LOAD_UNITS:
        return (number * (KG_PER_LB if _LOAD_UNITS[unit] == "lb" else 1.0), "load")
    if unit in _SECONDS_UNITS:
        if not timed and unit == "m":
            return (number, "dist")  # "bounding 4 x 30m": metres covered, not reps
        if not timed and unit == "s":
            # "DB RDL w/ 40s" means the 40s dumbbells, not 40 seconds.
            return (number, "")
        return (number * _SECONDS_UNITS[unit], "secs")
    if unit in _REP_UNITS:
        return (number, "reps")
    if unit in _REP_WORDS:
        return (_REP_WORDS[unit], "")
    if unit in _SET_UNITS:
        return (number, "sets")
    return (number, "")


def _bare_load(value: float, default_load_unit: str) -> float:
    return value * KG_PER_LB if default_load_unit == "lb" else value


def parse_lift_data(text: str, exercise: str, units: Units) -> LiftData | None:
    """Read the sets of one exercise from a clause whose exercise name was removed."""
    default_unit = "lb" if units == "imperial" else "kg"
    # A clause that names its unit once ("150, 150, 160 kg") means it for every bare number.
    if ("lb" in text or "pound" in text or "#" in text) and _LB_WORD.search(text):
        default_unit = "lb"
    elif ("kg" in text or "kilo" in text) and _KG_WORD.search(text):
        default_unit = "kg"
    per_side = False
    if "l" in text and "r" in text and _LEFT_RIGHT.search(text):
        text = _LEFT_RIGHT.sub(r" \1 reps ", text)
        per_side = True
    if (
        "/" in text or not _SIDE_WORDS.isdisjoint(_LETTER_RUNS.findall(text))
    ) and _PER_SIDE.search(text):
        text = _PER_SIDE.sub(_per_side_reps, text)
        per_side = True
    if ("cm" in text or "in" in text or '"' in text) and (
        "box" in text or "step" in text or "bench" in text or "platform" in text
    ):
        text = _HEIGHT.sub(" ", text)  # "50cm box" is the box, not the load
    if "%" in text:
        text = _PERCENT_LOAD.sub(" ", text)  # "@ 80%" says nothing about the kilograms
    if "amrap" in text or "max" in text or "failure" in text:
        text = _rewrite(_UNKNOWN_REPS, r" \1 sets ", text)
    rir: float | None = None
    found = _RIR.search(text) if _EFFORT_CUE.search(text) else None
    if found:
        rir = float(found.group(1) or found.group(2))
        text = text[: found.start()] + " " + text[found.end() :]
    found = (_RPE_AFTER.search(text) or _RPE_BEFORE.search(text)) if "rpe" in text else None
    if found:
        rpe = float(found.group(1))
        if 5 <= rpe <= 10:
            rir = 10 - rpe
        text = text[: found.start()] + " " + text[found.end() :]
    if ("2" in text or "two" in text) and ("x" in text or "×" in text or "*" in text):
        text = _PAIR_OF_BELLS.sub(lambda m: f" {m.group(1) or m.group(2)} ", text)
        if "kg" in text or "lb" in text:
            text = _rewrite(_PAIR_AFTER_SETS, r"\1\2 ", text)
    if "-" in text:
        text = _rewrite(_RANGE, r"\1", text)
    if "set" in text or "round" in text or "series" in text:
        text = _SETS_OF.sub(" x ", text)
    if " for " in text:
        text = _rewrite(_FOR_REPS, r"\1 x ", text)
    info = BY_SLUG.get(exercise)
    timed = bool(info and info.timed)
    if "/" in text and _one_sided(exercise):
        paired = _EQUAL_PAIR.sub(_equal_pair_per_side, text)
        per_side = per_side or paired != text
        text = paired
    items = _tokenize(text, default_unit, timed)
    if not items:
        return None
    groups, rir = _build_groups(items, default_unit, exercise, rir)
    if not groups:
        return None
    return LiftData(_merge(groups), per_side, rir)


def _rewrite(pattern: re.Pattern[str], template: str, text: str) -> str:
    """`pattern.sub(template, text)`: a template with group references costs more to prepare
    on every call than a search, so it is only used when the pattern matches."""
    return pattern.sub(template, text) if pattern.search(text) else text


def _per_side_reps(match: re.Match[str]) -> str:
    """ "12 each leg" is 12 reps a side; elsewhere the words only say it was one-sided."""
    before = match.string[: match.start()].rstrip()
    return " reps " if before[-1:].isdigit() else " "


def _one_sided(exercise: str) -> bool:
    info = BY_SLUG.get(exercise)
    return exercise in _ONE_SIDED or (info is not None and info.category == "single_leg")


def _equal_pair_per_side(match: re.Match[str]) -> str:
    """ "12/12" on a one-sided lift is 12 reps a side, not two sets."""
    left, right = match.group(1), match.group(2)
    return f" {left} reps " if left == right else match.group()


@dataclass(slots=True)
class _Context:
    """What a clause says once for all its sets: the load after "@", "10 reps", "3 sets"."""

    load: float | None = None
    load_given: bool = False
    reps: int | None = None
    sets: int | None = None
    rir: float | None = None
    rir_item: _Item | None = None  # the item whose "@ 9" gave `rir`


def _context(items: list[_Item], default_unit: str, exercise: str, rir: float | None) -> _Context:
    context = _Context(rir=rir)
    has_chain = any(len(chain) >= 2 for item in items for chain in item.chains)
    for item in items:
        for index, (value, kind) in enumerate(item.ats):
            if kind == "load" and not context.load_given:
                context.load, context.load_given = value, True
            elif kind == "" and (context.load_given or index > 0) and value <= 10:
                if context.rir is None:
                    context.rir, context.rir_item = 10 - value, item
            elif kind == "" and not context.load_given:
                if value <= 10 and _looks_like_rpe(value, items, exercise):
                    if context.rir is None:
                        context.rir, context.rir_item = 10 - value, item
                else:
                    context.load, context.load_given = _bare_load(value, default_unit), True
            elif kind == "bw":
                context.load, context.load_given = None, True
        for chain in item.chains:
            if len(chain) != 1:
                continue
            value, kind = chain[0]
            if kind == "reps":
                context.reps = int(value)
            elif kind == "sets":
                context.sets = int(value)
            elif kind == "bwplus" and not context.load_given:
                context.load, context.load_given = value, True
            elif kind == "bw" and not context.load_given:
                context.load, context.load_given = None, True
            elif has_chain and kind == "load" and not context.load_given:
                context.load, context.load_given = value, True
            elif has_chain and kind == "" and not context.load_given and value > 10:
                context.load, context.load_given = _bare_load(value, default_unit), True
    return context


def _build_groups(
    items: list[_Item], default_unit: str, exercise: str, rir: float | None
) -> tuple[list[SetGroup], float | None]:
    context = _context(items, default_unit, exercise, rir)
    chains = [chain for item in items for chain in item.chains if len(chain) >= 2]
    if len(chains) > 1:
        context.sets = None  # "3 sets: 100x5, 105x5, 110x5" lists each set already
    groups: list[SetGroup] = []
    if chains:
        # "405x3, 425x2, 445x1 @9": an effort written on one set of a list rates that set.
        own_item = context.rir_item
        if (
            own_item is not None
            and sum(any(len(chain) >= 2 for chain in item.chains) for item in items) < 2
        ):
            own_item = None
        for item in items:
            # "1x5 @ 160, then 2x5 @ 140": a load after "@" belongs to its own sets.
            own = _own_load(item, default_unit)
            item_context = context
            if own is not None and own != context.load:
                item_context = replace(context, load=own, load_given=True)
            for chain in item.chains:
                if len(chain) >= 2:
                    group = _chain_group(chain, item_context, default_unit, exercise)
                    groups.append(group._replace(rir=context.rir) if item is own_item else group)
                elif _more_reps_at_same_load(item, groups):
                    # "60kg x 10, 8, 6": more sets at the load of the set before.
                    groups.append(SetGroup(1, int(chain[0][0]), groups[-1].load_kg, None))
        return groups, None if own_item is not None else context.rir
    return _singles_groups(items, context, default_unit, exercise), context.rir


def _own_load(item: _Item, default_unit: str) -> float | None:
    """The load an item gives for its own sets: after its "@" ("@ 140kg", "@ 140"), or one
    load with its unit written beside them ("2x3 110kg", "110kg 2x3")."""
    for value, kind in item.ats:
        if kind == "load":
            return value
        if kind == "" and value > 10:
            return _bare_load(value, default_unit)
    if any(len(chain) >= 2 for chain in item.chains):
        beside = [v for chain in item.chains if len(chain) == 1 for v, k in chain if k == "load"]
        if len(beside) == 1:
            return beside[0]
    return None


def _more_reps_at_same_load(item: _Item, groups: list[SetGroup]) -> bool:
    if not groups or groups[-1].sets != 1 or item.ats or len(item.chains) != 1:
        return False
    value, kind = item.chains[0][0]
    return kind in ("", "reps") and value <= 30


def _looks_like_rpe(value: float, items: list[_Item], exercise: str) -> bool:
    """ "@8" is effort when a load is given elsewhere, or on a lift nobody loads that light."""
    for item in items:
        for chain in item.chains:
            for _, kind in chain:
                if kind in ("load", "bw", "bwplus"):
                    return True
            if value >= 5 and len(chain) == 2 and chain[0][1] == "" and chain[0][0] > 10:
                return True  # "80x5": the load is the first number already
    info = BY_SLUG.get(exercise)
    return value >= 5 and (value != int(value) or (info is not None and info.category == "main"))


def _chain_group(
    chain: list[Value], context: _Context, default_unit: str, exercise: str
) -> SetGroup:
    load: float | None = round_load(context.load) if context.load is not None else None
    kinds = {kind for _, kind in chain}
    if "secs" in kinds:
        seconds = [v for v, kind in chain if kind == "secs"]
        others = [v for v, kind in chain if kind != "secs"]
        sets = int(others[0]) if others else 1
        return SetGroup(sets, None, load, seconds[0])
    if "dist" in kinds:
        others = [v for v, kind in chain if kind != "dist"]
        return SetGroup(int(others[0]) if others else 1, None, load, None)
    if "bw" in kinds or "bwplus" in kinds:
        numbers = [(v, kind) for v, kind in chain if kind not in ("bw", "bwplus")]
        marker = next((v, kind) for v, kind in chain if kind in ("bw", "bwplus"))
        load = round_load(marker[0]) if marker[1] == "bwplus" else None
        if len(numbers) >= 2 and chain[0][1] in ("bw", "bwplus"):
            # "+25 x 5 x 3" is written load first: reps, then sets.
            return SetGroup(int(numbers[1][0]), int(numbers[0][0]), load, None)
        if len(numbers) >= 2:
            return SetGroup(int(numbers[0][0]), int(numbers[1][0]), load, None)
        return SetGroup(1, int(numbers[0][0]) if numbers else None, load, None)
    if len(chain) >= 3:
        a, b, c = chain[0], chain[1], chain[2]
        load_first = a[1] == "load" or (c[1] != "load" and a[0] > c[0] and a[0] > b[0])
        if load_first:
            return SetGroup(int(c[0]), int(b[0]), _as_load(a, default_unit), None)
        return SetGroup(int(a[0]), int(b[0]), _as_load(c, default_unit), None)
    a, b = chain[0], chain[1]
    sets = context.sets or 1  # "225 x 10, 3 sets"
    if a[1] == "load":
        return SetGroup(sets, int(b[0]), _as_load(a, default_unit), None)
    if b[1] == "load":
        return SetGroup(sets, int(a[0]), _as_load(b, default_unit), None)
    if a[1] == "reps" or b[1] == "sets":
        return SetGroup(int(b[0]), int(a[0]), load, None)  # "10 reps x 3 sets"
    if a[1] == "sets" or b[1] == "reps" or context.load_given:
        return SetGroup(int(a[0]), int(b[0]), load, None)
    info = BY_SLUG.get(exercise)
    if info is not None and info.bodyweight:
        return SetGroup(int(a[0]), int(b[0]), None, None)
    if a[0] > 10:
        return SetGroup(sets, int(b[0]), _as_load(a, default_unit), None)
    return SetGroup(int(a[0]), int(b[0]), load, None)


def _as_load(value: Value, default_unit: str) -> float:
    number, kind = value
    return round_load(number if kind == "load" else _bare_load(number, default_unit))


def _singles_groups(
    items: list[_Item], context: _Context, default_unit: str, exercise: str
) -> list[SetGroup]:
    """Sets written as lists: "5/5/5 @ 100", "150, 150, 160 kg", "5 reps at 100, 110"."""
    values = [chain[0] for item in items for chain in item.chains]
    load = round_load(context.load) if context.load is not None else None
    seconds = [v for v, kind in values if kind == "secs"]
    if seconds:
        return [SetGroup(context.sets or 1, None, load, s) for s in seconds]
    info = BY_SLUG.get(exercise)
    bodyweight = info is not None and info.bodyweight
    with_unit = [v for v, kind in values if kind == "load"]
    bare = [v for v, kind in values if kind == ""]
    if len(with_unit) == 1 and bare and all(v <= 30 for v in bare):
        # "Squat 100kg: 5, 5, 4": one load, then the reps of each set.
        return [SetGroup(1, int(v), round_load(with_unit[0]), None) for v in bare]
    loads_listed = (
        len(with_unit) >= 2
        or (with_unit and not bare)
        or (
            not bodyweight
            and bool(bare)
            and all(v > 30 for v in bare)
            and (bool(with_unit) or context.reps is not None)
        )
    )
    if loads_listed:
        listed = [
            (v, kind) for item in items for v, kind in [*[c[0] for c in item.chains], *item.ats]
            if kind in ("load", "")
        ]  # fmt: skip
        return [
            SetGroup(context.sets if len(listed) == 1 and context.sets else 1, context.reps,
                     _as_load(v, default_unit), None)
            for v in listed
        ]  # fmt: skip
    reps_values = [int(v) for item in items for v, kind in
                   [c[0] for c in item.chains] if kind in ("", "reps")]  # fmt: skip
    if not reps_values and context.reps is not None:
        reps_values = [context.reps]
    if not reps_values and context.sets is not None:
        return [SetGroup(context.sets, None, load, None)]  # "3 x AMRAP": reps not counted
    if len(reps_values) == 1 and context.sets is not None:
        return [SetGroup(context.sets, reps_values[0], load, None)]
    return [SetGroup(1, r, load, None) for r in reps_values]


def _merge(groups: list[SetGroup]) -> tuple[SetGroup, ...]:
    merged: list[SetGroup] = []
    for group in groups:
        if merged and _same_work(merged[-1], group):
            last = merged.pop()
            merged.append(last._replace(sets=last.sets + group.sets))
        else:
            merged.append(group)
    return tuple(merged)


def _same_work(a: SetGroup, b: SetGroup) -> bool:
    return (
        a.reps == b.reps
        and a.load_kg == b.load_kg
        and a.duration_s == b.duration_s
        and a.rir == b.rir
    )
