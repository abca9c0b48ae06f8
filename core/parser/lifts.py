"""Sets, reps, loads, holds and effort for one lift, in the orders lifters write them."""

from __future__ import annotations

import re
from typing import NamedTuple

from core.entries import Units
from core.exercises import BY_SLUG
from core.parser.keywords import letter_runs
from core.parser.matching import match_exercise
from core.units import KG_PER_LB, round_load

# Words naming a variant of the lift before: "bench 3x5, close grip 3x8" is more bench, and
# "bent knee calf raises 4x20, straight leg 4x15" the straight-leg calf raise.
_VARIANT_WORDS = frozenset(
    {"close", "wide", "narrow", "grip", "cg", "paused", "pause", "pin", "pins", "deficit",
     "incline", "decline", "straight", "stiff", "legged", "bent", "knee", "front", "box",
     "safety", "ssb", "spoto", "larsen", "tng", "dead", "stop", "feet", "block", "blocks",
     "rack", "floor", "seated", "standing", "reverse", "neutral", "overhand", "underhand",
     "ez", "sumo", "conventional", "conv", "high", "low", "bar", "single", "one", "arm", "leg",
     "alternating", "slow", "eccentric"}
)  # fmt: skip
# Of those, the words that only modify a lift's name, never make it ("leg press").
_MODIFIERS = _VARIANT_WORDS - {
    "leg", "arm", "single", "one", "bar", "box", "floor", "dead", "stop", "feet", "rack",
    "reverse", "front",
}  # fmt: skip
# Words a clause that names no exercise but adds sets or a load to the lift before it may
# hold besides plain figures: "backoffs 120x5x3", "BBB 5x10 @ 115", "close grip 3x8 @ 60",
# "35lb DBs in each hand", "10kg on the cable".
_LIFT_PART_WORDS = _VARIANT_WORDS | frozenset(
    {"backoff", "backoffs", "back", "off", "offs", "down", "downs", "drop", "dropset",
     "dropsets", "bbb", "fsl", "ssl", "joker", "jokers", "amrap", "plus", "top", "volume",
     "work", "working", "same", "sets", "widowmaker", "cluster", "ramp", "ramped", "ramping",
     "build", "built", "building", "heavier", "lighter", "repeat", "repeated", "again",
     "single", "double", "triple", "singles", "doubles", "triples", "using", "holding", "held",
     "hand", "hands", "pair", "bell", "bells", "cable", "band", "bands", "empty", "x", "ea",
     "followed", "by", "last", "first"}
)  # fmt: skip
# Of those, the words only a lifter writes: a clause must hold one to be read so ("6 x 1 min
# off" is a runner's).
# "sets" is one: "down sets 2x5 @ 105", "working sets 3x5".
LIFT_PART_CUES = (_LIFT_PART_WORDS | {"set", "sets"}) - frozenset(
    {"leg", "arm", "bar", "feet", "stop", "dead", "one", "off", "down", "downs", "drop", "plus",
     "amrap", "volume", "work", "working", "same", "ramp", "ramped", "ramping", "build",
     "built", "building", "heavier", "lighter", "repeat", "repeated", "again", "x", "ea",
     "followed", "by", "last", "first", "high", "low", "slow", "standing", "band", "bands"}
)  # fmt: skip
# Words of time and distance: a clause holding one is a runner's ("2 sets of 4 x 1 min off").
_RUN_WORDS = frozenset(
    {"min", "mins", "minute", "minutes", "sec", "secs", "second", "seconds", "hr", "hrs",
     "hour", "hours", "km", "kms", "mi", "mile", "miles", "k"}
)  # fmt: skip
# Sets, a load or a rep word: what such a clause must give.
_LIFT_FIGURES = re.compile(
    r"\d\s*(?:x|×|\*)\s*\d|\d\s*(?:kgs?|lbs?|#|reps?|sets?)\b|\b(?:single|double|triple)s?\b"
)
# "calf strain", "hamstring niggle": after an exercise's name, the body part was meant.
INJURY_WORDS = frozenset(
    {"strain", "strained", "injury", "injured", "pain", "niggle", "niggles", "tightness",
     "tear", "torn", "cramp", "cramps", "cramping", "issue", "issues", "problem", "problems",
     "soreness", "twinge", "rehab"}
)  # fmt: skip
# A clause's leading words, before its first figure.
_LEAD_WORDS = re.compile(r"[a-z][a-z\s-]*")


def adds_to_lift(clause: str, words: frozenset[str], data_words: frozenset[str]) -> bool:
    """Whether a clause that names no exercise (whose tokens are `words`) holds only sets or a
    load for the lift before it: "backoffs 3x5 @ 120", "close grip 3x8 @ 60"."""
    if not _RUN_WORDS.isdisjoint(words):
        return False
    for token in words - data_words - _LIFT_PART_WORDS:
        if token.isalpha() or not (letter_runs(token) - data_words) <= _LIFT_PART_WORDS:
            return False
    return _LIFT_FIGURES.search(clause) is not None


def variant_words(text: str) -> tuple[str, ...]:
    """The words naming a variant a clause opens with ("close grip 3x8"), or none."""
    lead = _LEAD_WORDS.match(text)
    if lead is None:
        return ()
    words = tuple(lead.group().replace("-", " ").split())
    if words and all(word in _VARIANT_WORDS for word in words):
        return words
    return ()


def _without_modifiers(words: tuple[str, ...]) -> tuple[str, ...]:
    """An exercise's name without the variant it opens with ("bent knee calf raises" is the
    calf raise done bent-kneed; "leg press" keeps its "leg")."""
    start = 0
    while start < len(words) - 1 and words[start] in _MODIFIERS:
        start += 1
    return words[start:]


def split_variants(
    texts: list[str], exercise: str, exercise_words: tuple[str, ...]
) -> list[tuple[str, tuple[str, ...], list[str]]] | None:
    """The clauses of one lift split where a later one names a variant: each part with its
    exercise, the words to strip from it and its clauses; None when none does."""
    parts: list[tuple[str, tuple[str, ...], list[str]]] | None = None
    base: tuple[str, ...] = ()
    for index in range(1, len(texts)):
        text = texts[index]
        if not text[0].isalpha():
            variant: tuple[str, ...] = ()
        else:
            variant = variant_words(text)
        if variant:
            if parts is None:
                base = _without_modifiers(exercise_words)
            hit = match_exercise(variant + base) if base else None
            done = texts[:index] if parts is None else parts[-1][2]
            if hit is not None and any(ch.isdigit() for part in done for ch in part):
                if parts is None:
                    parts = [(exercise, exercise_words, texts[:index])]
                # "close grip" + "bench" is still the bench press; "front" + "squat" names
                # another lift.
                slug = hit[0] if hit[1] < len(variant) else exercise
                parts.append((slug, variant, [text]))
                continue
        if parts is not None:
            parts[-1][2].append(text)
    return parts


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
    # Every form starts with one of these characters: testing that first spares the
    # alternatives below at each digit.
    r"(?=[\s/aelpr])(?:"
    r"\s*/\s*(?:leg|side|arm|ea)s?\b|\b(?:each|ech|per|a|ea|every)\s+(?:leg|side|arm)s?\b"
    r"|\b(?:ea|each|es|e/s|per\s+side|a\s+side)\b\.?|\bl\s*(?:\+|&|and|/)\s*r\b"
    r"|\b(?:left|right)\s*(?:\+|&|and|/)\s*(?:left|right)\b)"
)
_LEFT_RIGHT = re.compile(r"\b(\d+)\s*l\s*[/,+&]?\s*(\d+)\s*r\b")
_RIR = re.compile(
    r"(?=[\dr])(?:\brir\s*:?\s*(\d+(?:\.\d+)?)(?:\s*-\s*\d+(?:\.\d+)?)?|\b(\d+(?:\.\d+)?)\s*(?:rir\b|"
    r"(?:reps?\s+)?(?:in\s+)?(?:reserve|(?:left\s+)?in\s+the\s+tank|left\b)))"
)
_PAIR_OF_BELLS = re.compile(
    # Both forms start at a "2" or "two": testing that first spares the look-behinds elsewhere.
    r"(?=[2t])(?:\b(?:2|two)\s*(?:x|×|\*)\s*(\d+(?:\.\d+)?\s*(?:kgs?|lbs?|#|k)?)\s*(?=(?:db|dbs|"
    r"dumbbells?|kbs|kettlebells?|bells|in each hand|each hand|per hand)\b)"
    r"|(?:(?<=@)|(?<=@ )|(?<=with )|(?<=holding ))"
    r"(?:2|two)\s*(?:x|×|\*)\s*(\d+(?:\.\d+)?\s*(?:kgs?|lbs?|#|k)))"
)
# After a whole "3x10" the next "2x22.5kg" (or "3x10 - 2x10 kg") cannot be more sets: it is
# the pair held, logged like "2x20kg DBs" at the weight of one.
_PAIR_AFTER_SETS = re.compile(
    r"(\d\s*(?:x|×|\*)\s*\d+(?!\d)(?:\s*(?:reps|steps|m|yds|yards|met(?:er|re)s)\b)?\s*(?:[-:@,]\s*)?"
    r"(?:(?:with|w)\s+)?)(?:2|two)\s*(?:x|×|\*)\s*(\d+(?:\.\d+)?\s*(?:kgs?|lbs?))\b"
)
_RPE_AFTER = re.compile(r"@?\s*\brpe\s*:?\s*(\d+(?:\.\d+)?)(?:\s*-\s*\d+(?:\.\d+)?)?")
_RPE_BEFORE = re.compile(r"@?\s*(\d+(?:\.\d+)?)\s*rpe\b")
# "8-10 reps" is read at its low end; "25-20-18" is three sets, not a range.
_RANGE = re.compile(r"(?<![\d-])\b(\d+)\s*-\s*\d+\b(?!\s*(?:kg|lb|-\s*\d))")
# "4 series of 6" is how many languages say sets.
_SETS_OF = re.compile(
    r"(?=[sr])(?:\b(?:sets?|series)\s+(?:of|x|by)\b|\b(?:sets?|series)\s+(?=\d)|\brounds?\s+of\b)"
)
_FOR_REPS = re.compile(
    r"(kgs?|lbs?|#|\d)\s+for\s+(?=\d+\s*(?:reps?)?\b(?!\s*(?:x|×|\*|singles?|doubles?|triples?)))"
)
# "top single", "heavy double", "a triple": one set of one, two or three reps ("8 singles" is
# read with its count; "single leg", "double kb" and "double unders" name no reps).
_REP_WORD_ALONE = re.compile(
    r"(?<!\d)(?<!\d\s)\b(single|double|triple)\b(?!\s*-?\s*(?:legs?|arms?|kbs?|dbs?|kettlebells?"
    r"|dumbbells?|bells?|unders?|jumps?|hand|handed|leg|overhand|sided?|bw|bodyweight|body)\b)"
)
# "with the 24", "the 22s", "w/ 70s", "a pair of 20s": the bell or dumbbells used, in the
# user's unit (a load with its unit written needs no reading).
_IMPLEMENT = re.compile(
    r"(?=[wtuhp])(?:\b(?:with|holding|using|grabbed|held)\s+(?:just\s+)?(?:the\s+|an?\s+|my\s+)?"
    r"(?:pair\s+of\s+)?|\bthe\s+|\bpair\s+of\s+)(\d+(?:\.\d+)?)(?!\.?\d)(?:'?s\b(?!\s*(?:rest|rec\b|recovery"
    r"|between|break|pause|paused|holds?\b|off\b|on\b|iso|eccentric|negatives?|tempo|each|per\b"
    r"|a\s+side|/|x\b))|\b(?=\s*(?:$|[,;:.)(!-]|kbs?\b|dbs?\b|kettlebells?\b|dumbbells?\b|bells?\b"
    r"|in\s+each|each\s+hand|per\s+hand|for\b|on\b|and\b|then\b)))"
)
# "35lb DBs in each hand", "40kg each hand": the weight of each bell, not a one-sided lift.
_EACH_HAND = re.compile(r"\b(?:in\s+)?(?:each|per|ea|both|either)\s+hands?\b")
# "140kg, 3 plates a side": how the bar was loaded, not a one-sided lift.
_PLATES_A_SIDE = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s*)?(?:plates?|wheels|pl)\s+(?:a|per|each|on\s+each)\s+side\b"
)
# "100 total: 25, 25, 20...", "5x20, 100 reps total": the sum of the sets listed, not a set.
_TOTAL = re.compile(
    r"(?=[\dt])(?:\b\d+(?:\.\d+)?\s*(?:(?:kgs?|lbs?|reps?)\s+)?(?:in\s+)?total\b|\btotal\s*(?:of\s*)?"
    r"[:=]?\s*\d+(?:\.\d+)?(?!\s*(?:x|×|\*)\s*\d)(?:\s*(?:kgs?|lbs?|reps?)\b)?)"
)
# "circuit x3:", "x3 rounds", "3x through": rounds of a circuit, each a set of every exercise.
_ROUNDS_OF = re.compile(
    r"\b(?:circuits?|rounds?|complex|superset|giant\s+set|tri\s*-?\s*set)\s*\(?(?:x|×|\*)\s*(\d{1,2})\b"
    r"|(?<![\d.])(?:x|×|\*)\s*(\d{1,2})\s+(?:rounds?|circuits?|times)\b"
    r"|\b(\d{1,2})\s*(?:x|×|\*)\s*(?:through|thru|circuits?)\b"
)
# "531 wk1", "W2D1", "week 3": a programme and where in it, not sets or loads.
_PROGRAMME_LABEL = re.compile(
    r"(?=[5wdcbp])(?:\b5\s*/\s*3\s*/\s*1\b|\b531\b|\b(?:wk|week|day|cycle|block|phase)\s*\d{1,2}\b)"
)
# "with 90s rest", "2 min rest between sets": the rest, not a load or a hold.
_REST_PERIOD = re.compile(
    r"(?=[\dwr])(?:(?:\bwith\s+)?\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?|'|\")\s*"
    r"(?:of\s+)?(?:rest|recovery|rec|break|between)\b|\b(?:rest|resting|recovery)\s*(?:of\s*)?:?\s*"
    r"\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)\b)"
)
# "with just the bar", "the empty bar": a standard barbell, when its weight is not written.
_EMPTY_BAR = re.compile(
    r"\b(?:just\s+the|the\s+empty|an\s+empty|empty|only\s+the)\s+(?:bar|barbell)\b(?!\s*\(?\s*\d)"
)
_EMPTY_BAR_LOADS = {"kg": " 20kg ", "lb": " 45lb "}
# "a top set of 5", "one backoff set of 10": a single set of that many reps.
_ONE_SET_OF = re.compile(
    r"\b(?:(?:a|one|1|the)\s+)?(?:(?:top|single|last|first|back\s*-?\s*off|backoff|plus|amrap|"
    r"heavy|extra|final)\s+)?set\s+of\s+(?=\d)"
)
# "on the 3+ set", "top set", "plus set": which set it was, not how many.
_SET_LABEL = re.compile(
    r"(?=[otpa\d])(?:\bon\s+)?(?:\bthe\s+)?(?:\d\+|\b(?:plus|amrap|top))\s*set\b"
)
_TOKEN = re.compile(
    # Every token starts with one of these characters: testing that first spares the
    # alternatives below at each letter and space.
    r"(?=[\d.x×*@a,/;&|tb+])(?:"
    r"(?P<time>\d{1,2}:\d{2})"
    r"|(?P<num>\d+(?:\.\d+)?|\.\d+)\s*(?P<unit>kgs?\b|kilos?\b|kilograms?\b|lbs?\b|pounds?\b|#"
    r"|kb\b|k\b|s\b|secs?\b|seconds?\b|\"|''|mins?\b|minutes?\b|m\b|'|reps?\b|r\b|sets?\b"
    r"|rounds?\b|circuits?\b|singles?\b|doubles?\b|triples?\b|yds?\b|yards?\b|ft\b|feet\b"
    r"|met(?:er|re)s?\b|rir\b)?"
    r"|(?P<x>(?<![a-z])x(?![a-z])|×|\*)"
    # "at" gives a load only before one: "squats at the gym 3x5" names no load.
    r"|(?P<at>@|\bat\b(?=\s*(?:[\d.]|bw\b|body)))"
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
_SET_UNITS = frozenset({"set", "sets", "round", "rounds", "circuit", "circuits"})
# "farmer carries 3 x 50 yards": the distance covered, not reps.
_DISTANCE_UNITS = (
    "yd", "yds", "yard", "yards", "ft", "feet", "meter", "meters", "metre", "metres",
)  # fmt: skip
# What a number written in each unit (but the rep words) is multiplied by, and the kind of
# value it then is, on a lift done as holds.
_TIMED_UNITS: dict[str, tuple[float, str]] = {
    **{unit: (KG_PER_LB if to == "lb" else 1.0, "load") for unit, to in _LOAD_UNITS.items()},
    **{unit: (seconds, "secs") for unit, seconds in _SECONDS_UNITS.items()},
    **dict.fromkeys(_REP_UNITS, (1, "reps")),
    **dict.fromkeys(_SET_UNITS, (1, "sets")),
    **dict.fromkeys(_DISTANCE_UNITS, (1, "dist")),
    "rir": (1, "rir"),  # an effort read where it was written (see `_rewrite_clause`)
}
# On other lifts "bounding 4 x 30m" is metres covered, not reps, and "DB RDL w/ 40s" means the
# 40s dumbbells, not 40 seconds.
_UNTIMED_UNITS = {**_TIMED_UNITS, "m": (1, "dist"), "s": (1, "")}
# Where no dumbbell is held, "mountain climbers 3x30s" are seconds again.
_BODYWEIGHT_UNITS = {**_UNTIMED_UNITS, "s": (1, "secs")}
_ONE_SIDED = frozenset(
    {"single_leg_calf_raise", "side_plank", "copenhagen_plank", "dumbbell_row", "pallof_press"}
    | {slug for slug, info in BY_SLUG.items() if info.category == "single_leg"}
)
_TIMED = frozenset(slug for slug, info in BY_SLUG.items() if info.timed)
_BODYWEIGHT = frozenset(slug for slug, info in BY_SLUG.items() if info.bodyweight)
_MAIN_LIFTS = frozenset(slug for slug, info in BY_SLUG.items() if info.category == "main")
_HEIGHT = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:cm|mm|inch(?:es)?|in\b|\")\s*(?=box|step|bench|platform)"
)
_PERCENT_LOAD = re.compile(r"@?\s*\d+(?:\.\d+)?\s*%(?:\s*(?:of\s*)?(?:e?1rm|rm|max|tm))?")
_UNKNOWN_REPS = re.compile(
    r"\b(\d+)\s*(?:x|×|\*|sets? of)\s*(?:amrap|max(?: reps)?|to failure|failure)\b"
)
_EQUAL_PAIR = re.compile(r"\b(\d+)\s*/\s*(\d+)\b(?!\s*/)")
_HAS_DIGIT = re.compile(r"\d")
# The commonest clauses, one chain and at most one load: "3x5", "3 x 10 reps", "5x5 @ 100kg",
# "3x8 60", "4x6 at 85 lbs". The separator before the load keeps "3x100kg" out; sets and reps
# of at most 6 digits are the same read with int() as with float(). Possessive repeats spare
# the backtracking on the clauses that are not simple.
_SIMPLE_SETS = re.compile(
    r"\s*+(\d{1,6}+)\s*+x\s*+(\d{1,6}+)(\s*+reps?\b)?"
    r"(?:(?:\s*+@|\s++at\b|\s)\s*+(\d++(?:\.\d++)?)\s*+(kgs?|lbs?)?)?\s*+"
)

# A value in a set notation: (number, kind) where kind is "load" (kg), "reps", "sets", "secs",
# "dist" (metres), "bw" (bodyweight), "bwplus" (kg added to bodyweight) or "" (no unit given).
Value = tuple[float, str]
# The values between two separators: chains joined by "x", and loads given after "@".
_Item = tuple[list[list[Value]], list[Value]]
# What a clause says once for all its sets: the load after "@" (and whether one was given at
# all: "@ bw" gives none), "10 reps", "3 sets", the effort, and each item's own effort ("@ 9").
_Context = tuple[
    float | None, bool, int | None, int | None, float | None, list[tuple[_Item, float]]
]

# A NamedTuple's own constructor is a Python function: building through tuple.__new__ skips
# that call on the paths every lift takes.
_tuple_new = tuple.__new__
# Kinds a chain of holds, distances or bodyweight sets is read by (see `_uncounted_group`).
_UNCOUNTED_KINDS = frozenset({"secs", "dist", "bw", "bwplus"})
# Many clauses hold nothing but these ("3x5x110", "150x5 , 160x3"): of the rewrites in
# `_rewrite_clause`, only the dumbbell pair's can apply to them.
_PLAIN_CHARS = " 0123456789.,:()+x@kg"


def _tokenize(
    text: str, default_load_unit: str, timed: bool, bodyweight: bool = False
) -> list[_Item]:
    items: list[_Item] = []
    chains: list[list[Value]] = []
    ats: list[Value] = []
    pending_x = after_at = plus = False
    unit_values = _TIMED_UNITS if timed else _BODYWEIGHT_UNITS if bodyweight else _UNTIMED_UNITS
    # findall gives each token as its groups, the one matched non-empty; cheaper than a match
    # object per token.
    for clock, num, unit, x, at, sep, bw, plus_sign in _TOKEN.findall(text):
        value: Value
        if num:
            # A bare number is by far the most common value.
            if not unit:
                value = (float(num), "")
            elif scale := unit_values.get(unit):
                value = (float(num) * scale[0], scale[1])
            else:
                # "8 singles": eight sets of one rep.
                chains.append([(float(num), "sets"), (_REP_WORDS[unit], "reps")])
                pending_x = after_at = plus = False
                continue
        elif x:
            pending_x = True
            continue
        elif sep:
            if chains or ats:
                items.append((chains, ats))
                chains, ats = [], []
            pending_x = after_at = plus = False
            continue
        elif at:
            after_at = True
            continue
        elif plus_sign:
            plus = True
            continue
        elif bw:
            value = (0.0, "bw")
        else:
            minutes, seconds = clock.split(":")
            value = (int(minutes) * 60 + int(seconds), "secs")
        if plus and value[1] in ("", "load"):
            # "BW + 20": the added weight is the external load.
            added = (value[0] if value[1] == "load" else _bare_load(value[0], default_load_unit),
                     "bwplus")  # fmt: skip
            if chains and chains[-1][-1][1] == "bw":
                chains[-1][-1] = added
            else:
                chains.append([added])
        elif after_at:
            ats.append(value)
        elif pending_x and chains:
            chains[-1].append(value)
        else:
            chains.append([value])
        pending_x = after_at = plus = False
    if chains or ats:
        items.append((chains, ats))
    return items


def _bare_load(value: float, default_load_unit: str) -> float:
    return value * KG_PER_LB if default_load_unit == "lb" else value


def parse_lift_data(text: str, exercise: str, units: Units) -> LiftData | None:
    """Read the sets of one exercise from a clause whose exercise name was removed."""
    default_unit = "lb" if units == "imperial" else "kg"
    per_side = False
    rir: float | None = None
    # No rewrite in `_rewrite_clause` applies to a clause of `_SIMPLE_SETS`, and it names no
    # unit but its load's own.
    simple = _SIMPLE_SETS.fullmatch(text)
    if simple is None:
        rewritten, default_unit, per_side, rir = _rewrite_clause(text, default_unit, exercise)
        if rewritten is not text:
            # "3x5 @ 100kg rpe 8" is simple once its effort is read.
            simple = _SIMPLE_SETS.fullmatch(rewritten)
            text = rewritten
    if simple is not None:
        group = _simple_group(simple, default_unit, exercise)
        if group is not None:
            return _tuple_new(LiftData, ((group,), per_side, rir))
    items = _tokenize(text, default_unit, exercise in _TIMED, exercise in _BODYWEIGHT)
    if not items:
        return None
    groups, rir = _build_groups(items, default_unit, exercise, rir)
    if not groups:
        return None
    return _tuple_new(LiftData, (_merge(groups), per_side, rir))


def _rewrite_clause(
    text: str, default_unit: str, exercise: str
) -> tuple[str, str, bool, float | None]:
    """The clause with its side, height, percentage, effort, pair and range notes read and
    rewritten to plain sets; its unit for bare numbers; whether it is per side; its effort."""
    # A clause that names its unit once ("150, 150, 160 kg") means it for every bare number.
    if default_unit == "lb":
        if (
            ("kg" in text or "kilo" in text)
            and _KG_WORD.search(text)
            and not (("lb" in text or "pound" in text or "#" in text) and _LB_WORD.search(text))
        ):
            default_unit = "kg"
    elif ("lb" in text or "pound" in text or "#" in text) and _LB_WORD.search(text):
        default_unit = "lb"
    per_side = False
    rir: float | None = None
    plain = not text.strip(_PLAIN_CHARS)
    if not plain:
        text = _rewrite_words(text, default_unit, exercise)
        if "l" in text and "r" in text and _LEFT_RIGHT.search(text):
            text = _LEFT_RIGHT.sub(r" \1 reps ", text)
            per_side = True
        # Every form of _PER_SIDE holds one of these.
        if (
            "/" in text
            or "ea" in text
            or "es" in text
            or "side" in text
            or "leg" in text
            or "arm" in text
            or "+" in text
            or "&" in text
            or "and" in text
        ):
            text, sides = _PER_SIDE.subn(_per_side_reps, text)
            per_side = per_side or sides > 0
        if ("cm" in text or "in" in text or '"' in text) and (
            "box" in text or "step" in text or "bench" in text or "platform" in text
        ):
            text = _HEIGHT.sub(" ", text)  # "50cm box" is the box, not the load
        if "%" in text:
            text = _PERCENT_LOAD.sub(" ", text)  # "@ 80%" says nothing about the kilograms
        if "amrap" in text or "max" in text or "failure" in text:
            text = _rewrite(_UNKNOWN_REPS, r" \1 sets ", text)
        if "rir" in text or "reserve" in text or "tank" in text or "left" in text:
            several = _several_parts(text)
            found = _RIR.search(text)
            while found:
                value = float(found.group(1) or found.group(2))
                if value > 10:  # "@ 130 rir 3": the load, then the effort
                    found = _RIR.search(text, found.end(2) if found.group(2) else found.end())
                    continue
                mark = f" {value:g}rir " if several else " "
                rir = None if several else value
                text = text[: found.start()] + mark + text[found.end() :]
                end = found.start() + len(mark)
                found = _RIR.search(text, end) if several and text.count("rir") > 1 else None
        if "rpe" in text:
            several = _several_parts(text)
            found = _RPE_AFTER.search(text) or _RPE_BEFORE.search(text)
            while found:
                rpe = float(found.group(1))
                mark = " "
                if 5 <= rpe <= 10:
                    if several:
                        mark = f" {10 - rpe:g}rir "
                    else:
                        rir = 10 - rpe
                text = text[: found.start()] + mark + text[found.end() :]
                end = found.start() + len(mark)
                found = (
                    (_RPE_AFTER.search(text, end) or _RPE_BEFORE.search(text, end))
                    if several and "rpe" in text
                    else None
                )
    if ("2" in text or "two" in text) and ("x" in text or "×" in text or "*" in text):
        # A pair of bells is named ("db", "kettlebells", "each hand") or follows "@", "with"
        # or "holding".
        if ("b" in text or "h" in text or "@" in text) and _PAIR_OF_BELLS.search(text):
            text = _PAIR_OF_BELLS.sub(_one_of_pair, text)
        if ("kg" in text or "lb" in text) and _PAIR_AFTER_SETS.search(text):
            # After a comma, only off the main lifts: "5x5, 2x140kg" may be two more reps.
            main = exercise in _MAIN_LIFTS
            text = _PAIR_AFTER_SETS.sub(
                lambda m: (
                    m.group() if main and "," in m.group(1) else f"{m.group(1)}{m.group(2)} "
                ),
                text,
            )
    if not plain:
        if "-" in text:
            text = _rewrite(_RANGE, r"\1", text)
        if "set" in text or "round" in text or "series" in text:
            text = _SETS_OF.sub(" x ", text)
        if " for " in text:
            text = _rewrite(_FOR_REPS, r"\1 x ", text)
        if "/" in text and exercise in _ONE_SIDED:
            paired = _EQUAL_PAIR.sub(_equal_pair_per_side, text)
            per_side = per_side or paired != text
            text = paired
    return text, default_unit, per_side, rir


# "4 rounds: 12 press ups, ...", "circuit x3: ...", "got 6 rounds of 5 pull ups, ...": the
# rounds of a circuit, which every exercise named after it on the line was done in.
_CIRCUIT_HEADER = re.compile(
    r"\b(?:(\d{1,2})\s*(?:rounds?|circuits?)(?:\s+of\b|\s*:)"
    r"|(?:circuits?|rounds?|complex|superset|giant\s+set|tri\s*-?\s*set)\s*\(?(?:x|×|\*)\s*"
    r"(\d{1,2})\b|(?:x|×|\*)\s*(\d{1,2})\s+(?:rounds?|circuits?)\b|(\d{1,2})\s*(?:x|×|\*)\s*"
    r"(?:through|thru)\b)"
)


def circuit_rounds(clause: str) -> tuple[int, str] | None:
    """The rounds a clause says a circuit was done in ("4 rounds: 12 press ups"), and the
    clause with its rounds given as the first lift's set count; or None."""
    if (
        "round" not in clause
        and "circuit" not in clause
        and "thr" not in clause
        and "complex" not in clause
        and "set" not in clause
    ):
        return None
    found = _CIRCUIT_HEADER.search(clause)
    if found is None:
        return None
    rounds = int(found.group(1) or found.group(2) or found.group(3) or found.group(4))
    rest = clause[found.end() :].lstrip(" :")
    if found.start() == 0 and rest[:1].isdigit() and not _SET_COUNT.search(rest):
        clause = f"{rounds} x {rest}"  # "3 rounds: 10 goblet squats 16kg"
    return rounds, clause


# A set count written with a lift: "3x10", "x3", "3 sets", "2 rounds".
_SET_COUNT = re.compile(r"(?:x|×|\*)\s*\d|\d\s*(?:x|×|\*)|\b(?:sets?|rounds?|circuits?)\b")


def with_rounds(clause: str, rounds: int) -> str:
    """A lift's clause after a circuit's heading ("4 rounds: 12 press ups, 15 swings"): done in
    each round, unless it gives its own set count."""
    if _SET_COUNT.search(clause):
        return clause
    # "20 kb swings 24kg" reads as reps: the rounds go in front as the set count.
    return f"{rounds} x {clause}" if clause[:1].isdigit() else f"{rounds} rounds: {clause}"


def _several_parts(text: str) -> bool:
    """Whether a clause lists sets in several parts ("top set 140x3 rpe 8, 3x5 @ 120"): an
    effort is then left where it was written, for the sets beside it (see `_build_groups`)."""
    return ("," in text or "then" in text or ";" in text) and text.count("x") >= 2


# Every substring the tests in `_rewrite_words` look for.
_REWRITE_CUES = re.compile(
    r"wk|week|day|531|5/3/1|cycle|block|phase|set|rest|rec|break|between|bar|pl|hand|the|with|"
    r"hold|pair|using|total|round|circuit|through|thru|times|complex|superset|giant|tri|single|"
    r"double"
)


def _rewrite_words(text: str, default_unit: str, exercise: str) -> str:
    """The clause with what lifters write in words (labels, rounds, "a double", "with the
    24", "each hand", "3 plates a side", a total) read or dropped."""
    if _REWRITE_CUES.search(text) is None:
        return text  # one scan for every word the rewrites below look for
    if (
        "wk" in text
        or "week" in text
        or "day" in text
        or "531" in text
        or "5/3/1" in text
        or "cycle" in text
        or "block" in text
        or "phase" in text
    ) and _PROGRAMME_LABEL.search(text):
        text = _PROGRAMME_LABEL.sub(" ", text)
    if "set of" in text and _ONE_SET_OF.search(text):
        text = _ONE_SET_OF.sub(" 1 x ", text)
    if (
        "top set" in text or "plus set" in text or "amrap set" in text or "+ set" in text
    ) and _SET_LABEL.search(text):
        text = _SET_LABEL.sub(" ", text)
    if ("rest" in text or "rec" in text or "break" in text or "between" in text) and (
        _REST_PERIOD.search(text)
    ):
        text = _REST_PERIOD.sub(" ", text)
    if "bar" in text and _EMPTY_BAR.search(text):
        text = _EMPTY_BAR.sub(_EMPTY_BAR_LOADS[default_unit], text)
    if "side" in text and "pl" in text and _PLATES_A_SIDE.search(text):
        text = _PLATES_A_SIDE.sub(" ", text)
    if "hand" in text and _EACH_HAND.search(text):
        text = _EACH_HAND.sub(" dbs ", text)  # still a pair when "2x20kg" comes before
    if (
        ("the" in text or "with" in text or "hold" in text or "pair" in text or "using" in text)
        and exercise not in _TIMED
        and _IMPLEMENT.search(text)
    ):
        unit = "kg" if default_unit == "kg" else "lb"
        text = _IMPLEMENT.sub(lambda m: f" {m.group(1)}{unit} ", text)
    if "total" in text:
        found = _TOTAL.search(text)
        if found and _HAS_DIGIT.search(text[: found.start()] + text[found.end() :]):
            text = text[: found.start()] + " " + text[found.end() :]
    if (
        "round" in text
        or "circuit" in text
        or "through" in text
        or "thru" in text
        or "times" in text
        or "complex" in text
        or "superset" in text
        or "giant" in text
        or "tri" in text
    ) and _ROUNDS_OF.search(text):
        text = _ROUNDS_OF.sub(_rounds, text)
    if ("single" in text or "double" in text or "triple" in text) and (
        _REP_WORD_ALONE.search(text)
    ):
        text = _REP_WORD_ALONE.sub(_one_set_of, text)
    return text


def _rounds(match: re.Match[str]) -> str:
    return f" {match.group(1) or match.group(2) or match.group(3)} rounds "


def _one_set_of(match: re.Match[str]) -> str:
    """ "a top single" is one set of one rep."""
    return f" 1 x {_REP_WORDS[match.group(1)]} reps "


def _simple_group(match: re.Match[str], default_unit: str, exercise: str) -> SetGroup | None:
    """The sets of a clause `_SIMPLE_SETS` matched, as `_build_groups` reads them from its
    tokens; None for a bare load up to 10 ("3x5 @ 8"), which may be an effort."""
    sets_text, reps_text, reps_word, load_text, unit = match.groups()
    sets, reps = int(sets_text), int(reps_text)
    if load_text is not None:
        load = float(load_text)
        if unit:
            load *= _UNTIMED_UNITS[unit][0]
        elif load > 10:
            load = _bare_load(load, default_unit)
        else:
            return None
        # A whole number of kilograms is rounded already, and round() to digits is slow.
        load_kg = load if load % 1 == 0 else round_load(load)
        return _tuple_new(SetGroup, (sets, reps, load_kg, None, None))
    if reps_word or exercise in _BODYWEIGHT or sets <= 10:
        return _tuple_new(SetGroup, (sets, reps, None, None, None))
    # "225 x 10": the load first
    load_kg = round_load(_bare_load(float(sets_text), default_unit))
    return _tuple_new(SetGroup, (1, reps, load_kg, None, None))


def _rewrite(pattern: re.Pattern[str], template: str, text: str) -> str:
    """`pattern.sub(template, text)`: a template with group references costs more to prepare
    on every call than a search, so it is only used when the pattern matches."""
    return pattern.sub(template, text) if pattern.search(text) else text


def _one_of_pair(match: re.Match[str]) -> str:
    """ "2x20kg DBs" is logged at the weight of one."""
    return f" {match.group(1) or match.group(2)} "


def _per_side_reps(match: re.Match[str]) -> str:
    """ "12 each leg" is 12 reps a side; elsewhere the words only say it was one-sided."""
    before = match.string[: match.start()].rstrip()
    return " reps " if before[-1:].isdigit() else " "


def _equal_pair_per_side(match: re.Match[str]) -> str:
    """ "12/12" on a one-sided lift is 12 reps a side, not two sets."""
    left, right = match.group(1), match.group(2)
    return f" {left} reps " if left == right else match.group()


def _context(
    items: list[_Item], default_unit: str, exercise: str, rir: float | None, has_chain: bool
) -> _Context:
    load: float | None = None
    load_given = False
    reps: int | None = None
    sets: int | None = None
    # Each effort written in an item, when the clause gave none for all its sets.
    efforts: list[tuple[_Item, float]] = []
    for item in items:
        chains, ats = item
        for index, (value, kind) in enumerate(ats) if ats else ():
            if kind == "rir":
                if rir is None:
                    efforts.append((item, value))
            elif kind == "load" and not load_given:
                load, load_given = value, True
            elif kind == "" and (load_given or index > 0) and value <= 10:
                if rir is None:
                    efforts.append((item, 10 - value))
            elif kind == "" and not load_given:
                if value <= 10 and _looks_like_rpe(value, items, exercise):
                    if rir is None:
                        efforts.append((item, 10 - value))
                else:
                    load, load_given = _bare_load(value, default_unit), True
            elif kind == "bw":
                load, load_given = None, True
        for chain in chains:
            if len(chain) != 1:
                continue
            value, kind = chain[0]
            if kind == "reps":
                reps = int(value)
            elif kind == "sets":
                sets = int(value)
            elif kind == "rir":
                if rir is None:
                    efforts.append((item, value))
            elif load_given:
                continue
            elif kind == "bwplus":
                load, load_given = value, True
            elif kind == "bw":
                load, load_given = None, True
            elif has_chain and kind == "load":
                load, load_given = value, True
            elif has_chain and kind == "" and value > 10:
                load, load_given = _bare_load(value, default_unit), True
    if rir is None and efforts:
        rir = efforts[0][1]
    return load, load_given, reps, sets, rir, efforts


def _build_groups(
    items: list[_Item], default_unit: str, exercise: str, rir: float | None
) -> tuple[list[SetGroup], float | None]:
    chain_count = 0  # chains of two or more values: "3x5"
    chained: list[_Item] = []  # items holding such a chain
    for item in items:
        before = chain_count
        for chain in item[0]:
            if len(chain) >= 2:
                chain_count += 1
        if chain_count != before:
            chained.append(item)
    load, load_given, reps, sets, rir, efforts = _context(
        items, default_unit, exercise, rir, chain_count > 0
    )
    if not chain_count:
        return _singles_groups(items, load, reps, sets, default_unit, exercise), rir
    if chain_count > 1:
        sets = None  # "3 sets: 100x5, 105x5, 110x5" lists each set already
    # "405x3, 425x2, 445x1 @9", "top set 140x3 @8, 3x5 @ 120": an effort written on one set
    # of a list rates that set.
    own_rir: dict[int, float] = {}
    if len(chained) >= 2 and efforts:
        chained_ids = {id(item) for item in chained}
        if all(id(item) in chained_ids for item, _ in efforts):
            for item, value in efforts:
                own_rir.setdefault(id(item), value)
    # "135x5, 185x3, 225x2, then 5x5 @ 225": a ramp's sets name their own loads first.
    ramp = chain_count > 1 and load_given and exercise not in _BODYWEIGHT
    rounded = None if load is None else load if load % 1 == 0 else round_load(load)
    groups: list[SetGroup] = []
    for item in items:
        chains, ats = item
        item_load, item_load_given = rounded, load_given
        # "1x5 @ 160, then 2x5 @ 140": a load after "@" belongs to its own sets. An item of
        # one chain and no "@" has no load of its own.
        if ats or len(chains) > 1:
            own = _own_load(item, default_unit)
            if own is not None and own != load:
                item_load, item_load_given = round_load(own), True
        for chain in chains:
            if len(chain) >= 2:
                if (
                    ramp
                    and item_load == rounded
                    and len(chain) == 2
                    and chain[0][1] == ""
                    and chain[1][1] == ""
                    and chain[0][0] > 10
                    and chain[0][0] > chain[1][0]
                ):
                    group = _chain_group(chain, None, False, sets, default_unit, exercise)
                else:
                    group = _chain_group(
                        chain, item_load, item_load_given, sets, default_unit, exercise
                    )
                if own_rir and id(item) in own_rir:
                    group = _tuple_new(SetGroup, (*group[:4], own_rir[id(item)]))
                groups.append(group)
            elif (
                groups
                and groups[-1].sets == 1
                and not ats
                and len(chains) == 1
                and chain[0][1] in ("", "reps")
                and chain[0][0] <= 30
            ):
                # "60kg x 10, 8, 6": more sets at the load of the set before.
                groups.append(SetGroup(1, int(chain[0][0]), groups[-1].load_kg, None))
    return groups, None if own_rir else rir


def _own_load(item: _Item, default_unit: str) -> float | None:
    """The load an item gives for its own sets: after its "@" ("@ 140kg", "@ 140"), or one
    load with its unit written beside them ("2x3 110kg", "110kg 2x3")."""
    chains, ats = item
    for value, kind in ats:
        if kind == "load":
            return value
        if kind == "" and value > 10:
            return _bare_load(value, default_unit)
    beside: float | None = None
    has_chain = False
    for chain in chains:
        if len(chain) >= 2:
            has_chain = True
        elif chain[0][1] == "load":
            if beside is not None:
                return None
            beside = chain[0][0]
    return beside if has_chain else None


def _looks_like_rpe(value: float, items: list[_Item], exercise: str) -> bool:
    """ "@8" is effort when a load is given elsewhere, or on a lift nobody loads that light."""
    beside = False  # a bare number over 10 on its own, read as the load beside sets
    for chains, _ in items:
        for chain in chains:
            for _, kind in chain:
                if kind in ("load", "bw", "bwplus"):
                    return True
            if value >= 5 and len(chain) == 2 and chain[0][1] == "" and chain[0][0] > 10:
                return True  # "80x5": the load is the first number already
            if len(chain) == 1 and chain[0][1] == "" and chain[0][0] > 10:
                beside = True
    if beside and any(len(chain) >= 2 for chains, _ in items for chain in chains):
        return True  # "1x1 120 @8": the load stands beside the sets
    return value >= 5 and (value != int(value) or exercise in _MAIN_LIFTS)


def _chain_group(
    chain: list[Value],
    load: float | None,
    load_given: bool,
    sets: int | None,
    default_unit: str,
    exercise: str,
) -> SetGroup:
    """The sets of one "x" chain; `load` is the rounded load the clause or item gives them."""
    for _, kind in chain:
        if kind in _UNCOUNTED_KINDS:
            return _uncounted_group(chain, load)
    if len(chain) >= 3:
        a, b, c = chain[0], chain[1], chain[2]
        load_first = a[1] == "load" or (c[1] != "load" and a[0] > c[0] and a[0] > b[0])
        if load_first:
            a, c = c, a  # "100x5x3": the load, the reps, then the sets
        return _tuple_new(SetGroup, (int(a[0]), int(b[0]), _as_load(c, default_unit), None, None))
    a_value, a_kind = chain[0]
    b_value, b_kind = chain[1]
    if a_kind == "load":
        return _tuple_new(SetGroup, (sets or 1, int(b_value), round_load(a_value), None, None))
    if b_kind == "load":
        return _tuple_new(SetGroup, (sets or 1, int(a_value), round_load(b_value), None, None))
    if a_kind == "reps" or b_kind == "sets":
        # "10 reps x 3 sets"
        return _tuple_new(SetGroup, (int(b_value), int(a_value), load, None, None))
    if a_kind == "sets" or b_kind == "reps" or load_given:
        return _tuple_new(SetGroup, (int(a_value), int(b_value), load, None, None))
    if exercise in _BODYWEIGHT:
        return _tuple_new(SetGroup, (int(a_value), int(b_value), None, None, None))
    if a_value > 10:
        # "225 x 10", and "225 x 10, 3 sets"
        load_kg = round_load(_bare_load(a_value, default_unit))
        return _tuple_new(SetGroup, (sets or 1, int(b_value), load_kg, None, None))
    return _tuple_new(SetGroup, (int(a_value), int(b_value), load, None, None))


def _uncounted_group(chain: list[Value], load: float | None) -> SetGroup:
    """A chain of holds, distances or bodyweight sets, where some values are not reps."""
    kinds = {kind for _, kind in chain}
    if "secs" in kinds:
        seconds = [v for v, kind in chain if kind == "secs"]
        others = [v for v, kind in chain if kind != "secs"]
        sets = int(others[0]) if others else 1
        return SetGroup(sets, None, load, seconds[0])
    if "dist" in kinds:
        others = [v for v, kind in chain if kind != "dist"]
        return SetGroup(int(others[0]) if others else 1, None, load, None)
    numbers = [(v, kind) for v, kind in chain if kind not in ("bw", "bwplus")]
    marker = next((v, kind) for v, kind in chain if kind in ("bw", "bwplus"))
    load = round_load(marker[0]) if marker[1] == "bwplus" else None
    if len(numbers) >= 2 and chain[0][1] in ("bw", "bwplus"):
        # "+25 x 5 x 3" is written load first: reps, then sets.
        return SetGroup(int(numbers[1][0]), int(numbers[0][0]), load, None)
    if len(numbers) >= 2:
        return SetGroup(int(numbers[0][0]), int(numbers[1][0]), load, None)
    return SetGroup(1, int(numbers[0][0]) if numbers else None, load, None)


def _as_load(value: Value, default_unit: str) -> float:
    number, kind = value
    return round_load(number if kind == "load" else _bare_load(number, default_unit))


def _singles_groups(
    items: list[_Item],
    load: float | None,
    reps: int | None,
    sets: int | None,
    default_unit: str,
    exercise: str,
) -> list[SetGroup]:
    """Sets written as lists: "5/5/5 @ 100", "150, 150, 160 kg", "5 reps at 100, 110"."""
    values = [chain[0] for chains, _ in items for chain in chains]
    load_kg = round_load(load) if load is not None else None
    seconds = [v for v, kind in values if kind == "secs"]
    if seconds:
        return [SetGroup(sets or 1, None, load_kg, s) for s in seconds]
    bodyweight = exercise in _BODYWEIGHT
    with_unit = [v for v, kind in values if kind == "load"]
    bare = [v for v, kind in values if kind == ""]
    if len(with_unit) == 1 and bare and all(v <= 30 for v in bare):
        # "Squat 100kg: 5, 5, 4": one load, then the reps of each set.
        return [SetGroup(1, int(v), round_load(with_unit[0]), None) for v in bare]
    if (
        not with_unit
        and load is None
        and sets is None
        and reps is None
        and not bodyweight
        and len(bare) >= 2
        and bare[0] > 30
        and all(v <= 20 for v in bare[1:])
    ):
        # "OHP 95 5/5/4": the load without its unit, then the reps of each set.
        first = round_load(_bare_load(bare[0], default_unit))
        return [SetGroup(1, int(v), first, None) for v in bare[1:]]
    loads_listed = (
        len(with_unit) >= 2
        or (with_unit and not bare)
        or (
            not bodyweight
            and bool(bare)
            and all(v > 30 for v in bare)
            and (bool(with_unit) or reps is not None)
        )
    )
    if loads_listed:
        listed = [
            (v, kind) for chains, ats in items for v, kind in [*[c[0] for c in chains], *ats]
            if kind in ("load", "")
        ]  # fmt: skip
        return [
            SetGroup(sets if len(listed) == 1 and sets else 1, reps, _as_load(v, default_unit),
                     None)
            for v in listed
        ]  # fmt: skip
    reps_values = [int(v) for chains, _ in items for v, kind in
                   [c[0] for c in chains] if kind in ("", "reps")]  # fmt: skip
    if not reps_values and reps is not None:
        reps_values = [reps]
    if not reps_values and sets is not None:
        return [SetGroup(sets, None, load_kg, None)]  # "3 x AMRAP": reps not counted
    if len(reps_values) == 1 and sets is not None:
        return [SetGroup(sets, reps_values[0], load_kg, None)]
    return [SetGroup(1, r, load_kg, None) for r in reps_values]


def _merge(groups: list[SetGroup]) -> tuple[SetGroup, ...]:
    if len(groups) == 1:
        return (groups[0],)
    merged: list[SetGroup] = []
    for group in groups:
        # The same reps, load, duration and effort: one group of more sets.
        if merged and merged[-1][1:] == group[1:]:
            last = merged[-1]
            merged[-1] = _tuple_new(SetGroup, (last[0] + group[0], *last[1:]))
        else:
            merged.append(group)
    return tuple(merged)
