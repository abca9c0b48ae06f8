"""Runs and cross-training: distances, durations, paces, run types, intervals, warm-ups."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, process

from core.entries import Units
from core.parser.keywords import LETTER_BYTES, Keywords, letter_runs, tokens, transpositions
from core.units import HALF_MARATHON_M, M_PER_KM, M_PER_MILE, M_PER_YARD, MARATHON_M

_NUM = r"(\d+(?:\.\d+)?|\.\d+)"
_DIST_UNIT = (
    r"(km|kms|kilometers?|kilometres?|k|mi|mile|miles|miler|mls|m|meters?|metres?|mtrs|"
    r"yds?|yards?)"
)
_UNIT_METRES = {
    "km": M_PER_KM, "kms": M_PER_KM, "kilometer": M_PER_KM, "kilometers": M_PER_KM,
    "kilometre": M_PER_KM, "kilometres": M_PER_KM, "k": M_PER_KM,
    "mi": M_PER_MILE, "mile": M_PER_MILE, "miles": M_PER_MILE, "miler": M_PER_MILE,
    "mls": M_PER_MILE, "m": 1.0, "meter": 1.0, "meters": 1.0, "metre": 1.0, "metres": 1.0,
    "mtrs": 1.0, "yd": M_PER_YARD, "yds": M_PER_YARD, "yard": M_PER_YARD,
    "yards": M_PER_YARD,
}  # fmt: skip

_TYPE_RULES: tuple[tuple[str, Keywords], ...] = (
    ("race", Keywords("race", "raced", "racing", "parkrun", "park run", "pb", "pr",
                      "personal best", "personal record", "time trial", "tt", "bq")),
    ("long", Keywords("long", "lr", "lsr", "mlr", "lsd", "l", *transpositions("long"))),
    ("intervals", Keywords(
        "interval", "intervals", "repeat", "repeats", "track", "fartlek", "hill repeats",
        "hill sprints", "hill reps", "hills", "speedwork", "speed work", "speed session", "vo2",
        "vo2max", "ladder", "pyramid", "yasso", "yassos", "200s", "300s", "400s", "600s", "800s",
        "1200s", "1ks", "sprints")),
    ("tempo", Keywords("tempo", "threshold", "lt", "t", "thr", "steady", "steady state",
                       "cruise", "progression", "mp", "hmp", "marathon pace",
                       *transpositions("tempo", "threshold"))),
    ("notation", Keywords()),
    ("easy", Keywords(
        "easy", "e", "recovery", "recov", "rec", "jog", "jogged", "jogging", "shakeout",
        "shake out", "shake-out", "aerobic", "z2", "zone 2", "gentle", "slow", "conversational",
        "ez", "eazy", "slowly", *transpositions("easy", "recovery"))),
    ("strides", Keywords("strides")),
)  # fmt: skip
# "6x800", "1k reps x6", "10x(1' on, 1' off)".
_NOTATION = re.compile(
    r"\d\s*(?:m|s|meters?|metres?|km|k)?\s*(?:reps?\s*|repeats\s*)?(?:x|×|\*)\s*\(?\s*"
    r"(?:\d|mile|km|k\b)"
)
_TYPE_OF = {"notation": "intervals", "strides": "intervals"}
_RACE_RANK = [name for name, _ in _TYPE_RULES].index("race")
_EASY_RANK = [name for name, _ in _TYPE_RULES].index("easy")
_SHAKEOUT = re.compile(r"\bshake[\s-]?out\b")
# "3 x 10 min easy with walk breaks": easy running in blocks, not a workout.
_EASY_REPS = re.compile(r"\d\s*(?:x|×|\*)\s*\d+\s*(?:min|mins|minutes|')\s*(?:easy|jog|ez)\b")
# "Race week shakeout", "pre-race jog": runs about a race, not the race itself; "3k at race
# pace" is a workout.
_NOT_A_RACE = re.compile(
    r"\b(?:race[\s-]?week|pre[\s-]?race|race\s+eve|before\s+(?:the|my)\s+race|race\s+prep"
    r"|(?P<pace>race\s+(?:pace|effort)))\b"
)


def _about_a_race(match: re.Match[str]) -> str:
    return " tempo " if match.group("pace") else " "


_NOTATION_RANK = [name for name, _ in _TYPE_RULES].index("notation")
_TYPE_RANK_OF_WORD: dict[str, int] = {}
for _rank, (_, _keywords) in reversed(list(enumerate(_TYPE_RULES))):
    for _word in _keywords.words:
        _TYPE_RANK_OF_WORD[_word] = _rank
_TYPE_WORDS = frozenset(_TYPE_RANK_OF_WORD)
_TYPE_PHRASE_RULES = tuple(
    (rank, keywords) for rank, (_, keywords) in enumerate(_TYPE_RULES) if keywords.phrases
)
_ADDON_RANKS = (_NOTATION_RANK, [name for name, _ in _TYPE_RULES].index("strides"))
# A type phrase can only be present when one of its first words is.
_TYPE_PHRASE_STARTS = frozenset(
    word for _, keywords in _TYPE_PHRASE_RULES for word in keywords.first_words
)


# A leading look-ahead on the first characters a match can start with lets the longer
# patterns below skip most positions after one test instead of trying every alternative.
_NOISE = re.compile(
    r"(?=[\dahcegvtp@dw#nz])(?:\b\d+(?:\.\d+)?\s*(?:k\s*(?:ft|feet)\b|bpm|spm|ft|feet|kcal|cals?|calories|%|°\s*[cf]?|degrees?|"
    # Elevation: "900 m ascent", "1350m D+", "400 metres of climbing".
    r"(?:m|meters?|metres?)\s*(?:of\s+)?(?:elev|gain|climb|vert|ascent|asc\b|d\+)|elev|vert|watts|"
    r"w\b)"
    r"|\bhr\s*:?\s*(?:[4-9]\d|1\d\d|2[0-2]\d)\b(?!\s*(?:m|min|mins|minutes|'|s|sec|secs)\b)"
    r"|\b(?:avg\s+hr|(?<!\d\s)hr|heart rate|cadence|elev(?:ation)?(?:\s+gain)?|gain|vert|ascent|"
    r"climb(?:ing)?|d\+|temp|power|vo2\s*max)\s*(?:of\s*)?:?\s*\d+(?:\.\d+)?\s*(?:m|ft|bpm|w)?\b"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:at|@)\s+(?:\d{1,2})\s*(?:o'?clock)"
    r"|\b(?:day|week|wk|#|no\.?)\s*\d+\s*(?:of\s*\d+)?\b(?!\s*(?:k|km|mi|miles?|m)\b)"
    r"|\b\d+\s*(?:days?|weeks?)\s+(?:to|until|out|before)\b"
    r"|\b(?:z|zone)\s*\d\b|\b\d+(?:st|nd|rd|th)\b|\b\d+\s*(?:years?|yrs?|months?)\b)"
)
# Rarer asides, in a pattern of their own so the one above stays quick.
_WEATHER_AND_CLIMB = re.compile(
    # Wind: "a 20 mph headwind", "30 km/h gusts", "winds of 25 mph".
    r"(?=[\dhtcwg])(?:\b\d+\s*(?:mph|km/h|kph|kmh|knots|kts)\s+(?:head|tail|cross)?"
    r"(?:winds?|gusts?|breeze)"
    r"|\b(?:head|tail|cross)?(?:winds?|gusts?|gusting)\s+(?:of\s+|at\s+|to\s+|up\s+to\s+)?\d+\s*"
    r"(?:mph|km/h|kph|kmh|knots|kts)"
    # "1600m up" is climbing; "10 x 200m up" a hill rep.
    r"|(?<![x×*]\s)\b\d{3,5}\s*(?:m|meters?|metres?|ft|feet)\s+up\b"
    r"(?!\s+(?:the|a|an|to|and|hill|hills|jog|down)\b))"
)
_WEATHER_AND_CLIMB_WORDS = frozenset(
    {"up", "mph", "kph", "kmh", "knots", "kts", "wind", "winds", "headwind", "tailwind",
     "crosswind", "gust", "gusts", "gusting"}
)  # fmt: skip
_NAMED_CUE = re.compile(r"half|hm|marath|mary|13\.1|26\.2|50|100|mile")
# The numbers a named distance can start with ("13.1 miles", "50k").
_NAMED_NUMBERS = ("13.1", "26.2", "50", "100")
_NOISE_WORDS = frozenset(
    {"bpm", "spm", "ft", "feet", "cal", "cals", "kcal", "calories", "degree", "degrees",
     "elev", "elevation", "vert", "watt", "watts", "w", "hr", "heart", "cadence", "gain",
     "ascent", "climb", "climbing", "temp", "power", "am", "pm", "a", "p", "clock", "oclock",
     "day", "days", "week", "weeks", "wk", "no", "zone", "z", "st", "nd", "rd", "th", "year",
     "years", "yr", "yrs", "month", "months", "d", "asc"}
    | _WEATHER_AND_CLIMB_WORDS
)  # fmt: skip
# Compared as bytes, the letter runs of an ASCII clause need no decoding.
_NOISE_WORD_BYTES = frozenset(word.encode() for word in _NOISE_WORDS)
_NO_TYPE = 99
_ASCII_DIGIT = re.compile(r"[0-9]")


def _strip_noise(text: str) -> str:
    """The clause without its heart rate, elevation, weather, times of day and the like."""
    text = _NOISE.sub(" ", text)
    if not _WEATHER_AND_CLIMB_WORDS.isdisjoint(letter_runs(text)):
        text = _WEATHER_AND_CLIMB.sub(" ", text)
    return text


def _has_noise(text: str) -> bool:
    """Whether a clause may hold heart rate, elevation, times of day or the like."""
    if "%" in text or "#" in text or "vo2" in text:
        return True
    if text.isascii():
        return not _NOISE_WORD_BYTES.isdisjoint(text.encode().translate(LETTER_BYTES).split())
    return "°" in text or not _NOISE_WORDS.isdisjoint(letter_runs(text))


# Words a remark may hold besides run-type words and still only name the type: "(half race)".
_TYPE_REMARK_WORDS = frozenset(
    {"run", "half", "full", "marathon", "session", "effort", "a", "the"}
)


def names_run_type(text: str) -> bool:
    """Whether a remark only says what kind of run it was ("half race", "easy")."""
    words = tokens(text)
    return (
        bool(words & _TYPE_WORDS)
        and (words - _TYPE_REMARK_WORDS) <= _TYPE_WORDS
        and run_type_of(text, words)[1] < _NO_TYPE
    )


def only_noise(text: str) -> bool:
    """Whether every figure in a clause is heart rate, elevation, a time of day or the like."""
    if not _has_noise(text):
        return False
    left = _strip_noise(text)
    if left.isascii():
        return _ASCII_DIGIT.search(left) is None
    return not any(map(str.isdigit, left))


_PACE_REFERENCE = re.compile(
    r"\b(?:half[\s-]*marathon|marathon|hm|10k|5k|10 ?km|5 ?km|race|goal|tempo|threshold|mile|"
    r"15k|10 ?mile|half)\s+(?:pace|effort|race pace)\b"
)
_STRIDE_COUNT = re.compile(
    r"\b\d+\s*(?:x\s*)?(?:strides|hill sprints|sprints|pick-?ups|accelerations|accels|hills)\b"
)
_STRIDE_NOTATION = re.compile(
    r"\b\d+\s*(?:x|×|\*)\s*\d+\s*(?:m|s|sec|secs|\"|k|km|mi)?\s*(?:strides|pick-?ups|accels)\b"
)
_RECOVERY_CLAUSE = re.compile(
    r"^\s*(?:with\s+)?(?:(?:\d+(?:[.:]\d+)?\s*(?:s|sec|secs|seconds|min|mins|minutes|'|\")\s*)?"
    r"(?:easy\s+|jog\s+|walk\s+|walking\s+|jogging\s+|trot\s+)?(?:rec|recovery|recoveries|rest|"
    r"float|standing rest|pause)"
    r"|(?:\d+(?:[.:]\d+)?\s*(?:s|sec|secs|seconds|min|mins|minutes|'|\")\s*"
    r"|\d{2,4}\s*(?:m|meters?|metres?)?\s*)?"
    r"(?:(?:jog|jogging|walk|walking|float|easy|trot)\s+(?:rec|recovery|recoveries|between|pause)"
    r"|recoveries|recovery|rec|jog|walk|easy|trot|float)\b)"
    r"(?:\s*(?:between|in between|each|after each|reps|sets))*\s*$"
)
_SUBPART = re.compile(
    r"^\s*(?:with|w|incl\.?|including|inc|of which|last|final|first|then last|"
    r"finishing|finished with|middle)\b"
)
_STRIDES_WORD = re.compile(r"\b(?:strides|pick-?ups|accels|hill sprints|sprints)\b")


def _any_of(*cues: str) -> re.Pattern[str]:
    """One pattern for several substrings: a single search instead of a loop of `in` tests."""
    return re.compile("|".join(re.escape(cue) for cue in cues))


# Cheap checks that let most clauses skip a pattern entirely: a clause can only match when
# it has one of these tokens, starts or ends with one of these words, or holds the substring.
_STRIDE_TOKENS = frozenset({"strides", "pick", "pickups", "accels", "sprints"})
_PART_TOKENS = frozenset({"inside", "within", "during", "part", "middle", "sandwiched"})
_SUBPART_STARTS = (
    "w", "inc", "of which", "last", "final", "first", "then last", "finish", "middle",
)  # fmt: skip
_RECOVERY_ENDINGS = (
    "rec", "recovery", "recoveries", "rest", "float", "pause", "between", "each", "reps", "sets",
    "jog", "walk", "easy", "trot",
)  # fmt: skip
_WARMUP_CUES = _any_of("wu", "cd", "warm", "cool", "w/u", "c/d", "wd")
_RUN_WALK = re.compile(
    r"\b(?:run|ran|jog|jogging|running)\s*[/-]?\s*walk|\bwalk(?:ed|ing)?\s*[/-]\s*(?:run|ran|jog)\b"
)
_PART_OF = re.compile(
    r"\b(?:inside|within|during|as part of|in the middle of|middle of|sandwiched)\b"
)
_CLOCK_AFTER_IN = re.compile(r"\bin\s*$")
_RECOVERY = re.compile(
    r"(?=[\dw,/(])(?:(?:\bw/\s*|\bwith\s+|,\s*|/\s*)?(?<![x×*\d.])(?<![x×*]\s)(?:\d+:\d\d|\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds|min|mins|"
    r"minutes?|m|meters?|metres?|k|km|mi|'|\")?)\s*(?:easy\s+)?(?:jog|jogging|rest|recovery|"
    r"recoveries|recov|rec|r|walk|walking|float|ri|jog recovery|standing rest|off|easy)\b"
    r"|\b(?:w/|with)\s*(?:\d+:\d\d|\d+\s*(?:s|sec|secs|min|mins|'))\b"
    r"|\((?:[^()]*)\))"
)
# "3 x 2 km off 2 min", "rest 90s": the recovery named before its length.
_RECOVERY_NAMED_FIRST = re.compile(
    r"\b(?:off|rest|rec|recovery|jog|walk)\s*:?\s*(?:\d+:\d\d|\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds|"
    r"min|mins|minutes|'|\"))(?![a-z])"
)
_NUM_A = r"(?P<na>\d+(?:\.\d+)?|\.\d+)"
_NUM_B = r"(?P<nb>\d+(?:\.\d+)?|\.\d+)"
_UNIT_A = _DIST_UNIT.replace("(", "(?P<ua>", 1)
_UNIT_B = _DIST_UNIT.replace("(", "(?P<ub>", 1)
_WARMUP_COOLDOWN = re.compile(
    r"(?=[\d.wc])"
    rf"(?:{_NUM_A}\s*{_UNIT_A}?\s*(?:of\s+)?(?P<pre>wu/cd|wu\+cd|warm[\s-]?up|w/?u|wu|"
    r"cool[\s-]?down|warm[\s-]?down|c/?d|cd|wd)\b)"
    rf"|(?:\b(?P<post>wu/cd|warm[\s-]?up|w/?u|wu|cool[\s-]?down|warm[\s-]?down|c/?d|cd)\b\s*(?:of\s+)?:?\s*"
    rf"{_NUM_B}\s*{_UNIT_B}?)"
)
_INTERVALS = re.compile(
    r"(?=\d)(?:\b(?P<reps>\d{1,2})\s*(?:x|×|\*)\s*(?:(?P<len>\d+(?:\.\d+)?|\.\d+)\s*"
    r"(?P<unit>km|k|mi|miles?|mins?|minutes?|meters?|metres?|m|secs?|seconds?|s|'|\")?"
    r"(?![a-z])|(?P<one>mile|km|k)\b)"
    r"|\b(?P<rlen>\d{3,4}|\d+(?:\.\d+)?(?=\s*(?:km|k|mi|miles?)\b))\s*"
    r"(?P<runit>km|k|mi|miles?|m|s|meters?|metres?)?\s*(?:repeats|reps|intervals)?\s*"
    r"(?:x|×|\*)\s*(?P<rreps>\d{1,2})\b(?!\s*(?:x|×|\*)))"
)
# "4 mile repeats", "mile reps x4".
_MILE_REPEATS = re.compile(
    r"\b(\d{1,2})\s*(?:x\s*)?(mile|km|k)\s+(?:repeats|reps)\b"
    r"|\b(mile|km)\s+(?:repeats|reps)\s*(?:x|×|\*)\s*(\d{1,2})\b"
)
# "6:55-7:05", "5:30 -> 4:30", "5:10 to 4:20": a range, or the way a progression went.
_PACE_TO = r"\s*(?:-+>?|→|to|down\s+to)\s*"
_PACE = re.compile(
    r"(?=[\d@ap])(?:(?:(?:@|at|pace|avg|average|avg\.? pace|average pace|pace of)\s*:?\s*)?"
    rf"\b(?P<m>\d{{1,2}}):(?P<s>\d\d)(?P<range>{_PACE_TO}\d{{1,2}}:\d\d)?\s*(?:min\s*)?"
    r"(?:(?:/|per\s*|a\s*)(?P<u>km|k|kilometer|"
    r"kilometre|mi|mile|m)\b|(?P<mm>mm|min/mi|min/mile|min/km|mpm|/mi)\b|\s*(?P<word>pace|"
    r"avg|average|per)\b"
    # "7:20s": runners give an average pace in the plural, unlike a rest ("1:30s rest").
    r"|(?<=\d)s\b(?!\s*(?:rest|rec|recovery|jog|walk|float|off)\b))"
    r"|(?:@|\bat|\bpace|\bavg|\baverage|avg\.? pace|average pace|pace of)\s*:?\s*"
    rf"\b(?P<m2>\d{{1,2}}):(?P<s2>\d\d)\b(?!:)(?P<range2>{_PACE_TO}\d{{1,2}}:\d\d)?\s*"
    r"(?:(?:/|per\s*)(?P<u2>km|k|mi|mile)\b)?)"
)
# The patterns below start with the digit itself and look back past it for the word boundary
# ("(?<!\w\d)" is "\b" before that digit): a pattern that starts with a character set is
# scanned for quickly, one that starts with an assertion is tried at every position.
_HMS = re.compile(r"(\d(?<!\w\d)\d?):(\d\d):(\d\d)\b")
_HOURS_MINUTES = re.compile(
    r"(\d(?<!\w\d)\d?)\s*(?:h|hr|hrs|hour|hours)\s*(?:and\s*)?(\d{1,2})\s*(?:m|min|mins|minutes|')?"
    r"(?:\s*(\d{1,2})\s*(?:s|sec|secs|seconds|\"))?\b"
)
_HOUR_CUE = re.compile(r"\d\s*h")
_HOURS = re.compile(r"(?=[\d.])\b(\d+(?:\.\d+)?|\.\d+)\s*(?:h|hr|hrs|hours?)\b")
_MINUTES = re.compile(
    r"(\d(?<!\w\d)\d*(?:\.\d+)?)\s*(?:min|mins|minutes|minute|mn|')(?:\s*(?:and\s*)?(\d{1,2})\s*"
    r"(?:s|sec|secs|seconds|\"))?(?![a-z])"
)
_MMSS = re.compile(r"(\d(?<!\w\d)\d{0,2}):(\d\d)\b")
_NAMED_DISTANCE = re.compile(
    r"(?=[\dhmao])(?:\b(?P<half>half[\s-]*marathon|half[\s-]*mary|hm|"
    # "each half", "the second half": part of a run, not a half marathon.
    r"(?<!each\s)(?<!the\sfirst\s)(?<!second\s)(?<!2nd\s)(?<!back\s)(?<!other\s)(?<!front\s)half(?![\s-]*(?:marathon|mary))|"
    r"13\.1\s*(?:mi|miles?))\b"
    r"|(?<![\d.])(?P<half_n>13\.1)\b(?!\s*(?:k|km)\b)|(?<![\d.])(?P<full_n>26\.2)\b(?!\s*(?:k|km)\b)"
    r"|\b(?P<full>marathon|26\.2\s*(?:mi|miles?))\b"
    r"|\b(?P<ultra>50k|100k|50 ?miler|100 ?miler)\b"
    r"|\b(?P<a_mile>a|one)\s+mile\b|\b(?P<mile_race>mile)\s+(?:race|time\s+trial|tt)\b)"
)
_DISTANCE = re.compile(rf"(?=[\d.])\b{_NUM}\s*-?\s*{_DIST_UNIT}\b(?!\s*(?:x|×|\*)\s*\d)")
_BARE = re.compile(r"(\d(?<![\w:.]\d)\d*(?:\.\d+)?)\b(?![\d:.]|\s*(?:x|×|\*|/|times\b))")
_TOTAL = re.compile(r"\b(?:total|in total|overall|all in|altogether|tot)\b")
_PARKRUN = re.compile(r"\bpark ?run\b")

_SPORTS: tuple[tuple[str, Keywords], ...] = (
    ("bike", Keywords(
        "bike", "biked", "biking", "bikes", "cycle", "cycled", "cycling", "ride", "rode", "riding",
        "spin", "spinning", "peloton", "zwift", "turbo", "mtb", "gravel ride")),
    ("swim", Keywords("swim", "swam", "swimming", "swum", "pool", "open water")),
    ("elliptical", Keywords("elliptical", "cross trainer", "crosstrainer", "arc trainer",
                            "elliptigo")),
    ("row", Keywords("erg", "rowing", "rowed", "rower", "concept2", "concept 2", "c2", "row")),
    ("hike", Keywords("hike", "hiked", "hiking", "trek", "trekking", "snowshoe", "snowshoed",
                      "snowshoeing")),
    ("yoga", Keywords("yoga", "vinyasa", "yin")),
    ("pilates", Keywords("pilates", "reformer")),
    ("walk", Keywords("walk", "walked", "walking", "rucking", "ruck")),
    ("ski", Keywords("ski", "skied", "skiing", "skinning")),
    ("stairs", Keywords("stairmaster", "stair climber", "stairclimber", "stairs", "stepmill")),
    ("aqua_jog", Keywords("aqua jog", "aquajog", "aqua jogging", "pool run", "pool running",
                          "deep water running")),
    ("climb", Keywords("climbing", "bouldering", "climbed")),
)  # fmt: skip

_RUN_KEYWORDS = Keywords(
    "time trial",
    "tt",
    "hill",
    "hill reps",
    "sprints",
    "ran",
    "run",
    "runs",
    "running",
    "runner",
    "jog",
    "jogged",
    "jogging",
    "easy",
    "tempo",
    "threshold",
    "interval",
    "intervals",
    "track",
    "fartlek",
    "parkrun",
    "park run",
    "race",
    "raced",
    "marathon",
    "half",
    "hm",
    "strides",
    "hills",
    "repeats",
    "long",
    "lr",
    "lsr",
    "recovery",
    "shakeout",
    "shake out",
    "shake-out",
    "treadmill",
    "dreadmill",
    "trail",
    "mile",
    "miles",
    "mi",
    "km",
    "kms",
    "k",
    "wu",
    "cd",
    "warm up",
    "warmup",
    "cool down",
    "cooldown",
    "steady",
    "progression",
    "mp",
    "lt",
    "e",
    "t",
    "l",
    "pb",
    "pr",
    "miler",
    "split",
    "splits",
    "pace",
    "ez",
    "yasso",
    "yassos",
    "800s",
    "400s",
    "mile repeats",
    "pyramid",
    "ladder",
    "tof",
    "time on feet",
    "maf",
    "hr training",
    "hr-training",
    "heart rate training",
)
# Every run-type word also says the clause is about a run ("W: 6 rec").
_RUN_KEYWORDS = Keywords(
    *_RUN_KEYWORDS.words,
    *_RUN_KEYWORDS.phrases,
    *(word for _, keywords in _TYPE_RULES for word in keywords.words),
    *(phrase for _, keywords in _TYPE_RULES for phrase in keywords.phrases),
)
_RUN_MEASURE = re.compile(
    r"(?=\d)(?:\d\s*(?:k|km|kms|mi|miles?|miler)\b|\d\s*(?:x|×)\s*\d+\s*(?:min|mins|minutes|'|sec|secs|s)\b|\d{3,}\s*m\b|(?<![\d.])(?:13\.1|26\.2)\b"
    # "8 x 800 @ 2:55": reps over a track distance.
    r"|\d\s*(?:x|×)\s*(?:[1-9]00|1[0-6]00|2000|3000)\b(?!\s*(?:kg|kgs|lb|lbs|#|g)\b))"
)


def mentions_running(text: str, words: frozenset[str] | None = None) -> bool:
    """Whether a clause talks about a run (a run word, or a distance in km or miles)."""
    words = tokens(text) if words is None else words
    if _RUN_KEYWORDS.found(words, text):
        return True
    for word in words:
        if len(word) >= 6 and _misspelt_type(word) is not None:
            return True
    if _RUN_MEASURE.search(text):
        return True
    return _GLUED_CUE.search(text) is not None and _TYPE_BEFORE_NUMBER.search(text) is not None


@dataclass(slots=True)
class RunFragment:
    """What one clause says about a run; several fragments can make one run."""

    distance_m: float | None = None
    duration_s: float | None = None
    pace_s_per_m: float | None = None
    run_type: str | None = None
    type_rank: int = 99
    extra_m: float = 0.0
    work_m: float | None = None
    work_s: float | None = None
    total_given: bool = False
    only_warmup: bool = False
    distance_unit_m: float | None = None
    subpart: bool = False  # "last 3k at 4:20": detail of the run before, not another run
    clock_only: bool = False  # the duration is a bare "mm:ss" that might mean h:mm or a pace
    clock_after_in: bool = False
    addon: bool = False  # strides after a run
    stated_total: bool = False  # "10 km total": the word itself, not a number before "with"
    clocks: tuple[float, ...] = ()  # the bare "mm:ss" times when a clause lists several
    paced_stretch: bool = False  # "4 @ HMP": a distance at a pace or effort, maybe a part
    point: bool = False  # "after 32k": a point along the run (its distance when none other)


def _unit_metres(unit: str | None, value: float, units: Units, *, run: bool) -> float:
    if unit is None:
        if run and value >= 100:
            return 1.0
        return M_PER_MILE if units == "imperial" else M_PER_KM
    if unit == "m" and value < 100:
        return M_PER_MILE
    return _UNIT_METRES[unit]


def run_type_of(text: str, words: frozenset[str] | None = None) -> tuple[str | None, int]:
    """The run type a clause names and its priority (lower wins when fragments disagree).

    `words`, when given, are the clause's tokens (so they are not read twice)."""
    if "stride" in text:
        text = _STRIDE_NOTATION.sub(" strides ", text)
        words = None
    if "race" in text and _NOT_A_RACE.search(text):
        text = _NOT_A_RACE.sub(_about_a_race, text)
        words = None
    if words is None:
        words = tokens(text)
    # The first rule in `_TYPE_RULES` that a clause meets decides: the lowest rank found.
    best = _NO_TYPE
    for word in words & _TYPE_WORDS:
        rank = _TYPE_RANK_OF_WORD[word]
        if rank < best:
            best = rank
    if best == _RACE_RANK and "shake" in text and _SHAKEOUT.search(text):
        best = _EASY_RANK  # "post-race shakeout": the jog, not the race
    if best and not _TYPE_PHRASE_STARTS.isdisjoint(words):
        for rank, keywords in _TYPE_PHRASE_RULES:
            if rank >= best:
                break
            if not keywords.first_words.isdisjoint(words) and any(
                phrase in text for phrase in keywords.phrases
            ):
                best = rank
                break
    if (
        best > _NOTATION_RANK
        and ("x" in text or "×" in text or "*" in text)
        and _NOTATION.search(text)
        and not (best == _EASY_RANK and _EASY_REPS.search(text))
    ):
        best = _NOTATION_RANK
    if best < 99:
        name = _TYPE_RULES[best][0]
        return _TYPE_OF.get(name, name), best
    for word in words:
        if len(word) >= _MIN_FUZZY_TYPE_WORD:
            fuzzy_rank = _misspelt_type(word)
            if fuzzy_rank is not None and fuzzy_rank < best:
                best = fuzzy_rank
    if best < _NO_TYPE:
        name = _TYPE_RULES[best][0]
        return _TYPE_OF.get(name, name), best
    return None, _NO_TYPE


# Run-type words long enough to recognise when misspelt ("threshhold", "fartleck").
_FUZZY_TYPE_WORDS = {
    "threshold": "tempo", "tempo": "tempo", "progression": "tempo", "intervals": "intervals",
    "interval": "intervals", "fartlek": "intervals", "repeats": "intervals", "recovery": "easy",
    "shakeout": "easy", "easy": "easy", "parkrun": "race",
}  # fmt: skip
_FUZZY_TYPE_CHOICES = tuple(_FUZZY_TYPE_WORDS)
_MIN_FUZZY_TYPE_WORD = 6
_TYPE_RANK = {name: rank for rank, (name, _) in enumerate(_TYPE_RULES)}


@lru_cache(maxsize=2048)
def _misspelt_type(word: str) -> int | None:
    if not word.isalpha():
        return None
    hit = process.extractOne(word, _FUZZY_TYPE_CHOICES, scorer=fuzz.ratio, score_cutoff=82)
    return _TYPE_RANK[_FUZZY_TYPE_WORDS[hit[0]]] if hit else None


def clear_caches() -> None:
    """Forget the misspelt run-type words looked up so far."""
    _misspelt_type.cache_clear()


def _blank(text: str, match: re.Match[str]) -> str:
    return text[: match.start()] + " " + text[match.end() :]


def _take_duration(text: str) -> tuple[float | None, str]:
    """Take the first explicit duration out of the text ("1:05:00", "1h25", "45 min")."""
    # An "h:mm:ss" starts at most two characters before its first colon.
    if text.count(":") > 1 and (match := _HMS.search(text, max(0, text.find(":") - 2))):
        hours, minutes, seconds = match.groups()
        return int(hours) * 3600 + int(minutes) * 60 + int(seconds), _blank(text, match)
    # Both hour patterns need a digit, maybe spaces, then "h": one cheap scan for that first.
    if "h" in text and _HOUR_CUE.search(text):
        match = _HOURS_MINUTES.search(text)
        if match:
            hours, minutes, seconds = match.groups()
            total = int(hours) * 3600 + int(minutes) * 60 + (int(seconds) if seconds else 0)
            return total, _blank(text, match)
        match = _HOURS.search(text)
        if match:
            return float(match.group(1)) * 3600, _blank(text, match)
    if "min" not in text and "mn" not in text and "'" not in text:
        return None, text
    match = _MINUTES.search(text)
    if match:
        seconds = float(match.group(1)) * 60 + (int(match.group(2)) if match.group(2) else 0)
        return seconds, _blank(text, match)
    return None, text


def _pace_unit(unit: str | None, fallback: float) -> float:
    if unit in ("km", "k", "kilometer", "kilometre"):
        return M_PER_KM
    if unit in ("mi", "mile", "m"):
        return M_PER_MILE
    return fallback


_RECOVERY_WORD = re.compile(r"\b(?:rec|recovery|recoveries|rest|float|between|pause)\b")
_FIRST_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(s|sec|secs|seconds|\"|min|mins|minutes|')?")
_LONGEST_JOG_RECOVERY_S = 300
_LONGEST_JOG_RECOVERY_M = 800


def _is_recovery(text: str) -> bool:
    """ "90s jog" or "400m jog recoveries" describe the rests between reps; "40 min jog" is a
    run of its own."""
    if not _RECOVERY_CLAUSE.match(text):
        return False
    if _RECOVERY_WORD.search(text):
        return True
    amount = _FIRST_AMOUNT.search(text)
    if amount is None:
        return False  # a lone "jog" or "easy" says what kind of run it was
    value, unit = float(amount.group(1)), amount.group(2)
    if unit in ("min", "mins", "minutes", "'"):
        return value * 60 <= _LONGEST_JOG_RECOVERY_S
    if unit:
        return value <= _LONGEST_JOG_RECOVERY_S
    return value <= _LONGEST_JOG_RECOVERY_M


_SLOWEST_PACE_S = 20 * 60
_LONGEST_BARE_DISTANCE = 200  # a bare number above this is not a distance in km or miles
# "16 km with 12 @ 4:15", "9 mi w/ last 3 @ 7:00": the pace of a part, not of the run.
_PACED_PART = re.compile(
    r"\b(?:with|incl|including|inc|w|of which)\.?\s+(?:the\s+)?(?:last|first|final|middle)?\s*"
    r"\d+(?:\.\d+)?\s*(?:k|km|mi|miles?)?\s*(?:@|\bat\b|\bof\b)"
)
# The words without which neither pattern below can match.
_PART_PACE_WORDS = frozenset(
    {"with", "w", "incl", "including", "inc", "which", "start", "started", "starting",
     "began", "beginning", "finish", "finished", "finishing", "end", "ended", "ending",
     "from", "down", "closing", "built", "building", "to"}
)  # fmt: skip
# "4 @ HMP", "3k at 4:10": a clause opening on a distance at a pace or effort.
_AT_PACE_START = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:k|km|mi|miles?)?\s*(?:@|at\b)")
# "started at 5:10/km", "down to 4:20": where a progression began or ended, not its pace.
_PROGRESSION_PACE = re.compile(
    r"\b(?:start(?:ed|ing)?|began|beginning|finish(?:ed|ing)?|end(?:ed|ing)?|from|down\s+to|"
    r"closing|built\s+to|building\s+to)\s+(?:at\s+|around\s+|with\s+)?\d{1,2}:\d\d"
)
# "the last 8 km at goal pace", "HMP for the middle 10": a stretch of the run named before.
_STRETCH = re.compile(
    r"(?=[t\d])(?:\bthe\s+(?:last|first|final|middle|closing|opening|second|next)\s+(?:\d|half\b)"
    # "5k split 20:40": the time at a point of the run.
    r"|\b\d+(?:\.\d+)?\s*(?:k|km|mi|miles?)\s+split\b)"
)
# "walked after 32k", "paid for it at mile 10": a point along the run, not a run of its own.
_POINT = re.compile(
    r"(?=[abtup])\b(?:at|after|by|until|till|past|before)\s+(?:the\s+)?"
    r"(?:(?P<marker>mile|km|kilometer|kilometre)\s*(?P<at>\d+(?:\.\d+)?)\b(?![:.]\d)"
    r"|\d+(?:\.\d+)?\s*(?:k|km|mi|miles?)\b(?!\s*(?:pace|effort|race|speed|/)))"
)
_POINT_WORDS = frozenset({"at", "after", "by", "until", "till", "past", "before"})
_STRETCH_WORDS = _POINT_WORDS | {"the", "split"}
# The words of the clauses `_strip_run_asides` has something to take from.
_ASIDE_WORDS = frozenset(
    {"avg", "average", "averaged", "averaging", "walk", "walking", "group", "bus", "pacer",
     "pacers", "lap", "laps", "loop", "loops", "circuit", "circuits"}
)  # fmt: skip
_LAP_UNIT = r"km|k|mi|miles?|m|meters?|metres?"
# "4 laps of the park (1.8 km each)", "15 laps of a 400m track", "a 2.5k loop x 4".
_LAPS = re.compile(
    r"\b(?P<n>\d{1,3})\s*(?:laps?|loops?|circuits?)\s+(?:(?:of|around|round|on|at|in)\s+)?"
    r"(?:(?:the|a|an|my|our)\s+)?(?:[a-z]+\s+){0,3}?\(?\s*(?P<len>\d+(?:\.\d+)?)\s*-?\s*"
    rf"(?P<unit>{_LAP_UNIT})\b"
    rf"|\b(?P<len2>\d+(?:\.\d+)?)\s*-?\s*(?P<unit2>{_LAP_UNIT})\s+(?:laps?|loops?|circuits?)\s*"
    r"(?:(?:x|×|\*)\s*(?P<n2>\d{1,2})\b|(?P<n3>\d{1,2})\s*(?:x|times)\b)"
)
# "4 laps" with no lap length: a count, not a distance.
_LAP_COUNT = re.compile(r"\b\d{1,3}\s*(?:laps?|loops?|circuits?)\b")
# "ran with the 3:30 pace group": the group's name, not a pace.
_PACE_GROUP = re.compile(
    r"\b(?:sub[\s-]*)?\d{1,2}:\d\d(?::\d\d)?\s*(?:pace\s+)?(?:group|bus|pacers?)\b"
)
# "E8", "LR16": a spreadsheet's run type written against its distance.
_TYPE_BEFORE_NUMBER = re.compile(r"\b(e|ez|lr|mlr|lsd)(\d+(?:\.\d+)?)\b")
# The last letter of each of those types, right before a digit: one cheap scan first.
_GLUED_CUE = re.compile(r"[ezrd]\d")
_TOTAL_BEFORE_REPS = re.compile(r"\D*?\b(\d+(?:\.\d+)?)\s+(?:with|incl|including|inc)\b")
_IN_MINUTES = re.compile(r"\bin\s+(\d{1,3})\b(?![:.]\d|\s*(?:k|km|mi|miles?|m|h|hrs?|hours?)\b)")
_NESTED_REPS = re.compile(r"\b(\d{1,2})\s*(?:x|×|\*)\s*\(\s*(\d{1,2})\s*(?:x|×|\*)\s*([^()]*)\)")
# "(3 @ 7:05)" inside a longer run: a part at its own pace, not the run's.
_DETAIL = re.compile(r"\(\s*\d+(?:\.\d+)?\s*(?:k|km|mi|miles?|m)?\s*(?:@|at)\s*\d+:\d\d[^()]*\)")
_LADDER = re.compile(r"\b(?:\d{3,4}\s*m?\s*[-/]\s*){2,}\d{3,4}\s*m?\b")
_DIGITS = re.compile(r"\d+")


_BRACKETED = re.compile(r"\([^()]*\)")
_BREAKDOWN = re.compile(
    r"\([^()]*\b(?:wu|cd|warm|cool|w/u|c/d|\d+(?:\.\d+)?\s*(?:k|km|mi|miles?)\b|"
    r"\d+(?:\.\d+)?\s*@)[^()]*\)"
)
_SPEED = re.compile(r"\b(\d+(?:\.\d+)?)\s*(km/h|kmh|kph|mph)\b")


_REPEATED_LADDER = re.compile(r"\b(\d{1,2})\s*(?:x|×|\*)\s*\(\s*((?:\d{2,4}\s*m?[\s,/-]*){2,})\)")


def _sum_ladder(match: re.Match[str]) -> str:
    """ "2 x (800, 600, 400, 200)" is 4000 m of reps."""
    total = int(match.group(1)) * sum(int(n) for n in _DIGITS.findall(match.group(2)))
    return f" 1 x {total}m "


def _flatten_reps(match: re.Match[str]) -> str:
    """ "3 x (4 x 400m)" is 12 x 400m."""
    return f" {int(match.group(1)) * int(match.group(2))} x {match.group(3)} "


# "avg 82" after 400s, "average 142": a rep time in seconds or a heart rate, not a distance.
_AVERAGE_FIGURE = re.compile(
    r"\b(?:avg|average|averaged|averaging)\s*:?\s*\d+(?:\.\d+)?\b"
    r"(?![.:]\d|\s*(?:k|km|kms|mi|miles?|m|meters?|metres?|min|mins|minutes|s|sec|secs|/|x|×)\b)"
)


def parse_run(text: str, units: Units, words: frozenset[str] | None = None) -> RunFragment:
    """Read one run clause (lowercase, dates already removed), whose tokens may be given."""
    fragment = RunFragment()
    if text.rstrip().endswith(_RECOVERY_ENDINGS) and _is_recovery(text):
        # "2' jog rec" after the reps describes the recoveries, not another run.
        fragment.subpart = True
        return fragment
    if words is None:
        words = tokens(text)
    fragment.subpart = (
        text.lstrip().startswith(_SUBPART_STARTS) and _SUBPART.match(text) is not None
    )
    if (
        not fragment.subpart
        and not _STRETCH_WORDS.isdisjoint(words)
        and (stretch := _stretch(text, words)) is not None
    ):
        fragment.subpart = True
        fragment.point = stretch.re is _POINT
        if fragment.point and stretch.group("marker"):
            # "at mile 10" is ten miles in.
            at = f" {stretch.group('at')} {stretch.group('marker')} "
            text = text[: stretch.start()] + at + text[stretch.end() :]
    is_addon = not _STRIDE_TOKENS.isdisjoint(words) and _STRIDES_WORD.search(text) is not None
    part_of_longer = not _PART_TOKENS.isdisjoint(words) and _PART_OF.search(text) is not None
    original = text
    text, inner_type, has_reps = _strip_asides(fragment, text)
    laps: float | None = None
    if not _ASIDE_WORDS.isdisjoint(words):
        text, laps = _strip_run_asides(text, units)
    # In "walk/jog" the run word names how it was done, not the kind of run.
    typed = _RUN_WALK.sub(" ", text) if "walk" in text else text
    own_type = run_type_of(typed, words if typed is original else None)
    if own_type[1] == 99 and "z" in original:
        # Heart-rate zones are stripped as noise, but "zone 2" still says the run was easy.
        own_type = run_type_of(original, words)
    fragment.run_type, fragment.type_rank = inner_type if inner_type[1] < own_type[1] else own_type
    if "pace" in text or "effort" in text:
        text = _PACE_REFERENCE.sub(" pace ", text)
        has_reps = None
    if is_addon or "hill" in text:
        text = _STRIDE_COUNT.sub(" ", text)
        has_reps = None
    # Every total word holds "tot", "all" or "altogether".
    has_total_word = "tot" in text or "all" in text or "altogether" in text
    fragment.total_given = has_total_word and _TOTAL.search(text) is not None
    fragment.stated_total = fragment.total_given
    user_unit = M_PER_MILE if units == "imperial" else M_PER_KM

    before = text
    if ("w" in text or "c" in text) and _WARMUP_CUES.search(text):
        text = _read_warmups(fragment, text, units)
    text = _read_reps(fragment, text, units, has_reps if text == before else None)
    if fragment.work_m is not None and fragment.type_rank == _NO_TYPE:
        fragment.run_type, fragment.type_rank = "intervals", _NOTATION_RANK  # "mile reps x4"
    fragment.paced_stretch = (
        text[:1].isdigit()
        and ("@" in text or "at" in text)
        and _AT_PACE_START.match(text) is not None
    )
    paced = text
    pace_seconds = pace_unit_word = None
    if ":" in text or "h" in text:  # a pace has its colon, a speed its "h"
        text, pace_seconds, pace_unit_word = _read_pace(fragment, text)
    if fragment.duration_s is None:
        fragment.duration_s, text = _take_duration(text)
    text = _read_distance(fragment, text, units)
    if laps is not None and fragment.distance_m is None:
        fragment.distance_m = laps
    if fragment.duration_s is None and (":" in text or " in " in text):
        text = _read_clock(fragment, text)

    pace_base = fragment.distance_unit_m
    if pace_base not in (M_PER_KM, M_PER_MILE):
        pace_base = user_unit
    if pace_seconds is not None and _has_paced_part(paced, words):
        pace_seconds = None  # "12km with 6km at tempo pace (4:25/km)": the part's pace
    if pace_seconds is not None and fragment.pace_s_per_m is None:
        fragment.pace_s_per_m = pace_seconds / _pace_unit(pace_unit_word, pace_base or user_unit)
    fragment.addon = is_addon and fragment.distance_m is None and fragment.type_rank >= 2
    if fragment.distance_m is not None and fragment.type_rank in _ADDON_RANKS and is_addon:
        # Strides or pick-ups inside a longer run do not make it a workout.
        fragment.run_type, fragment.type_rank = None, 99
    if part_of_longer and fragment.distance_m is not None:
        # "20 min tempo inside 10k": the time belongs to the tempo part only.
        fragment.duration_s = None
    fragment.only_warmup = (
        fragment.extra_m > 0 and fragment.distance_m is None and fragment.work_m is None
    )
    if (
        fragment.distance_m is None
        and fragment.work_m is None
        and fragment.duration_s is None
        and _GLUED_CUE.search(original)
        and _TYPE_BEFORE_NUMBER.search(original)
    ):
        # "E8": read again with the type and the distance apart.
        return parse_run(_TYPE_BEFORE_NUMBER.sub(r"\1 \2", original), units)
    return fragment


def _strip_run_asides(text: str, units: Units) -> tuple[str, float | None]:
    """Take out what a few clauses hold besides the run itself: an average that is no
    distance, walking breaks, a pace group's name; and laps, read into their distance."""
    laps = None
    if "av" in text:
        text = _AVERAGE_FIGURE.sub(" ", text)
    if "walk" in text:
        text = _WALK_BREAK_SPAN.sub(" ", text)
    if "group" in text or "bus" in text or "pacer" in text:
        text = _PACE_GROUP.sub(" ", text)
    if "lap" in text or "loop" in text or "circuit" in text:
        text, laps = _read_laps(text, units)
    return text, laps


def _stretch(text: str, words: frozenset[str]) -> re.Match[str] | None:
    """A stretch of the run ("the last 8 km at goal pace") or a point along it ("after 32k",
    "at mile 10") that a clause names before any other figure."""
    found = None
    if "the " in text or "split" in text:
        found = _STRETCH.search(text)
    if found is None and not _POINT_WORDS.isdisjoint(words):
        found = _POINT.search(text)
    if found is None or _ASCII_DIGIT.search(text, 0, found.start()) is not None:
        return None
    return found


def _has_paced_part(text: str, words: frozenset[str]) -> bool:
    """Whether the pace in a clause (whose tokens are `words`) is that of a part of the run or
    an end of a progression."""
    if _PART_PACE_WORDS.isdisjoint(words):
        return False
    return _PACED_PART.search(text) is not None or _PROGRESSION_PACE.search(text) is not None


def _read_laps(text: str, units: Units) -> tuple[str, float | None]:
    """Take laps out of the text: their whole distance when the lap length is given."""
    laps = _LAPS.search(text)
    if laps is None:
        return _LAP_COUNT.sub(" ", text), None
    count = int(laps.group("n") or laps.group("n2") or laps.group("n3"))
    length = float(laps.group("len") or laps.group("len2"))
    unit = laps.group("unit") or laps.group("unit2")
    return _blank(text, laps), count * length * _unit_metres(unit, length, units, run=True)


def _strip_asides(
    fragment: RunFragment, text: str
) -> tuple[str, tuple[str | None, int], bool | None]:
    """Remove what is not the run's own distance or time: heart rate, splits in brackets,
    recoveries between reps. Returns the text, the run type named inside a bracket and whether
    the text holds reps ("6x800"), None when that is unknown."""
    inner_type: tuple[str | None, int] = (None, 99)
    if _has_noise(text):
        text = _strip_noise(text)
    if "(" in text:
        text = _NESTED_REPS.sub(_flatten_reps, text)
        text = _REPEATED_LADDER.sub(_sum_ladder, text)
        text = _DETAIL.sub(" ", text)
        if _BREAKDOWN.search(text) and _DISTANCE.search(_BRACKETED.sub(" ", text)):
            # "6 mi (1 wu, 4 @ HMP, 1 cd)": the bracket splits up the distance already given.
            inner_type = run_type_of(text)
            text = _BRACKETED.sub(" ", text)
    if "-" in text or "/" in text:
        ladder = _LADDER.search(text)
        if ladder:
            fragment.work_m = float(sum(int(n) for n in _DIGITS.findall(ladder.group())))
            text = _blank(text, ladder)
    if ("x" in text or "×" in text or "*" in text) and _INTERVALS.search(text):
        # Recoveries between reps ("w/ 90s jog", "(60)") are not part of the work.
        stripped = _RECOVERY.sub(" ", text)
        if (
            "off" in stripped
            or "rest" in stripped
            or "rec" in stripped
            or "jog" in stripped
            or "walk" in stripped
        ):
            stripped = _RECOVERY_NAMED_FIRST.sub(" ", stripped)
        return stripped, inner_type, True if stripped == text else None
    return text, inner_type, False


def _read_warmups(fragment: RunFragment, text: str, units: Units) -> str:
    """Add up the warm-up and cool-down distances of a text that `_WARMUP_CUES` found in."""
    for match in _WARMUP_COOLDOWN.finditer(text):
        number = match.group("na") or match.group("nb")
        unit = match.group("ua") or match.group("ub")
        value = float(number)
        metres = value * _unit_metres(unit, value, units, run=True)
        label = match.group("pre") or match.group("post") or ""
        fragment.extra_m += metres * (2 if "/" in label or "+" in label else 1)
    return _WARMUP_COOLDOWN.sub(" ", text)


def _read_reps(fragment: RunFragment, text: str, units: Units, has_reps: bool | None) -> str:
    """Add up the work of "6x800", "5 x 3 min", "800s x 8" and "mile repeats"."""
    repeats = None
    if "rep" in text and not has_reps and (has_reps is False or not _INTERVALS.search(text)):
        repeats = _MILE_REPEATS.search(text)
    if repeats:
        count = repeats.group(1) or repeats.group(4)
        fragment.work_m = int(count) * _UNIT_METRES[repeats.group(2) or repeats.group(3)]
        text = _blank(text, repeats)
    elif has_reps is False:
        return text
    if "x" not in text and "×" not in text and "*" not in text:
        return text  # every rep notation has its "x"
    matches = list(_INTERVALS.finditer(text))
    for match in matches:
        if match.group("rlen"):
            # "800s x 8": the rep length comes first.
            length = float(match.group("rlen"))
            unit = match.group("runit")
            metres = length * (1.0 if unit in (None, "s") else _UNIT_METRES[unit])
            fragment.work_m = (fragment.work_m or 0) + int(match.group("rreps")) * metres
            continue
        count = int(match.group("reps"))
        if match.group("one"):
            fragment.work_m = (fragment.work_m or 0) + count * _UNIT_METRES[match.group("one")]
            continue
        if match.group("len") is None:
            continue
        length = float(match.group("len"))
        unit = match.group("unit")
        if unit in ("min", "mins", "minute", "minutes", "'"):
            fragment.work_s = (fragment.work_s or 0) + count * length * 60
        elif unit in ("s", "sec", "secs", "second", "seconds", '"'):
            fragment.work_s = (fragment.work_s or 0) + count * length
        elif unit in ("m", "meter", "meters", "metre", "metres"):
            fragment.work_m = (fragment.work_m or 0) + count * length  # "6 x 80m" on a track
        else:
            metres = length * _unit_metres(unit, length, units, run=True)
            fragment.work_m = (fragment.work_m or 0) + count * metres
    return _cut(text, matches)


def _cut(text: str, matches: list[re.Match[str]]) -> str:
    """The text with each match replaced by a space (as `sub` would, without a second scan)."""
    if not matches:
        return text
    pieces = []
    last = 0
    for match in matches:
        pieces.append(text[last : match.start()])
        pieces.append(" ")
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _read_pace(fragment: RunFragment, text: str) -> tuple[str, int | None, str | None]:
    """Take the pace out of the text: (text, seconds per unit, unit word if written)."""
    # Every speed unit (km/h, kmh, kph, mph) holds an "h": one scan rules most clauses out.
    has_speed_unit = "h" in text and ("ph" in text or "mh" in text or "/h" in text)
    if has_speed_unit and (speed := _SPEED.search(text)):
        # "5k @ 10km/h" is a pace of 6:00/km.
        per_hour_m = M_PER_MILE if speed.group(2) == "mph" else M_PER_KM
        if float(speed.group(1)) > 0:
            fragment.pace_s_per_m = 3600 / (float(speed.group(1)) * per_hour_m)
        text = _blank(text, speed)
    pace_match = _PACE.search(text) if ":" in text else None
    if not pace_match:
        return text, None, None
    minutes = pace_match.group("m") or pace_match.group("m2")
    seconds = pace_match.group("s") or pace_match.group("s2")
    pace_seconds: int | None = int(minutes) * 60 + int(seconds)
    if pace_seconds is not None and pace_seconds > _SLOWEST_PACE_S and fragment.duration_s is None:
        # "5km @ 25:00": no one runs 25-minute kilometres; that is the time.
        fragment.duration_s = float(pace_seconds)
        pace_seconds = None
    if pace_match.group("range") or pace_match.group("range2"):
        pace_seconds = None  # "6:55-7:05": a range gives no single time
    unit_word = pace_match.group("u") or pace_match.group("u2")
    if pace_match.group("mm"):
        unit_word = "km" if "km" in pace_match.group("mm") else "mi"
    return _blank(text, pace_match), pace_seconds, unit_word


def _read_distance(fragment: RunFragment, text: str, units: Units) -> str:
    # Every distance unit holds one of these letters.
    has_unit = "m" in text or "k" in text or "yd" in text or "yard" in text
    measured = _DISTANCE.search(text) if has_unit else None
    named = None  # a named distance only matters where it starts at the measured one
    if measured is not None:
        number, unit = measured.groups()
        if number.startswith(_NAMED_NUMBERS) and _NAMED_CUE.search(text):
            named = _NAMED_DISTANCE.search(text)
    elif _NAMED_CUE.search(text):
        named = _NAMED_DISTANCE.search(text)
    first = measured if named is None else named
    if measured is not None and named is not None and measured.start() < named.start():
        first = measured
    if (
        first is not None
        and first.start() > _SHORTEST_EVENT_LEAD
        and text.endswith(_EVENT_DETERMINERS, 0, first.start())
        and _EVENT_BEFORE.search(text, max(0, first.start() - 20), first.start())
    ):
        # "first time back since the marathon": the race itself, not a run that long.
        text = _blank(text, first)
        measured = named = None
    # "13.1 miles" is the half marathon itself; elsewhere a measured distance wins
    # ("Day 12 of marathon training: 16k").
    if measured is not None and not (named and named.start() == measured.start()):
        value = float(number)
        unit_m = M_PER_MILE if unit == "m" and value < 100 else _UNIT_METRES[unit]
        fragment.distance_unit_m = unit_m
        fragment.distance_m = value * unit_m
        start, end = measured.span()
        text = text[:start] + " " + text[end:]
    elif named:
        fragment.distance_m = _named_distance(named)
        if named.group("a_mile") or named.group("mile_race"):
            fragment.distance_unit_m = M_PER_MILE
        text = _blank(text, named)
    elif "park" in text and _PARKRUN.search(text):
        fragment.distance_m = 5000.0

    if fragment.distance_m is not None:
        return text
    user_unit = M_PER_MILE if units == "imperial" else M_PER_KM
    if fragment.work_m is not None:
        total = _TOTAL_BEFORE_REPS.match(text)
        if total:
            # "8 with 5x1 mile": the number before "with" is the whole run.
            fragment.distance_m = float(total.group(1)) * user_unit
            fragment.total_given = True
    else:
        bare = _BARE.search(text)
        if bare and float(bare.group(1)) <= _LONGEST_BARE_DISTANCE:
            fragment.distance_m = float(bare.group(1)) * user_unit
            text = _blank(text, bare)
    return text


# "since the marathon", "before the 20 miler": a race the message is about, not a run.
_EVENT_DETERMINERS = ("the ", "my ", "this ", "that ", "next ", "our ")
_SHORTEST_EVENT_LEAD = len("till my ") - 1
_EVENT_BEFORE = re.compile(
    r"\b(?:since|from|before|after|until|till|ahead\s+of)\s+(?:the|my|this|that|next|our)\s+$"
)


def _named_distance(named: re.Match[str]) -> float:
    if named.group("half") or named.group("half_n"):
        return HALF_MARATHON_M
    if named.group("full") or named.group("full_n"):
        return MARATHON_M
    if named.group("ultra"):
        word = named.group("ultra").replace(" ", "")
        return {"50k": 50000.0, "100k": 100000.0, "50miler": 50 * M_PER_MILE}.get(
            word, 100 * M_PER_MILE
        )
    return M_PER_MILE


def _read_clock(fragment: RunFragment, text: str) -> str:
    """A time left over: minutes after "in" ("5k in 25") or a bare "mm:ss"."""
    if fragment.duration_s is None and fragment.distance_m is not None and " in " in text:
        minutes = _IN_MINUTES.search(text)
        if minutes:
            fragment.duration_s = float(minutes.group(1)) * 60
            text = _blank(text, minutes)
    clock = None
    if fragment.duration_s is None and (colon := text.find(":")) >= 0:
        # An "mm:ss" starts at most three characters before its colon.
        clock = _MMSS.search(text, max(0, colon - 3))
    if clock:
        fragment.duration_s = float(int(clock.group(1)) * 60 + int(clock.group(2)))
        fragment.clock_only = True
        fragment.clock_after_in = bool(_CLOCK_AFTER_IN.search(text, 0, clock.start()))
        if text.count(":", clock.end()):
            # "splits 8:12 8:05 7:58": every time of the list.
            fragment.clocks = tuple(
                float(int(m) * 60 + int(s)) for m, s in _MMSS.findall(text, clock.start())
            )
    return text


# Apps with both rides and runs: the clause's other words say which.
_RUN_APPS = frozenset({"zwift", "peloton"})
_RUNNING_WORDS = frozenset(
    {"run", "ran", "runs", "running", "treadmill", "tread", "jog", "jogging", "jogged"}
)
# "with 100m walk", "1 min walk breaks": walking between the running, not a walk.
_WALK_BREAK = re.compile(
    r"\bwalk(?:ing)?\s+(?:breaks?|rec|recovery|recoveries|rests?)\b"
    r"|\b(?:with|w/)\s+\d+(?:[.:]\d+)?\s*(?:m|meters?|metres?|s|secs?|seconds?|mins?|minutes?|'|\")?"
    r"\s*walk(?:ing)?\b(?!\s+(?:to|home|with|after|before)\b)"
)
# "with 1 min walk breaks every km": the walking inside a run, neither its time nor distance.
_WALK_BREAK_SPAN = re.compile(
    r"\b(?:(?:with|w/)\s*)?\d+(?:[.:]\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?|'|\")?\s*(?:of\s+)?"
    r"walk(?:ing)?\s+(?:breaks?|rec|recovery|recoveries|rests?)\b(?:\s+every\s+\w+)?"
    r"|\b(?:with|w/)\s*\d+(?:[.:]\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?|'|\")?\s*walk(?:ing)?\b"
    r"(?:\s+every\s+\w+)?"
)
_STATIONARY = re.compile(r"\b(?:spin|spinning|class|peloton|zwift|turbo|trainer|stationary)\b")
# Word -> priority, so one pass over a clause's words finds its sport; "pool run" is
# aqua-jogging, so aqua-jogging outranks swimming, then the catalog order decides.
_SPORTS_BY_PRIORITY = sorted(_SPORTS, key=lambda sport: sport[0] != "aqua_jog")
_SPORT_OF_WORD: dict[str, int] = {}
for _priority, (_, _keywords) in reversed(list(enumerate(_SPORTS_BY_PRIORITY))):
    for _word in _keywords.words:
        _SPORT_OF_WORD[_word] = _priority
_SPORT_PHRASES = tuple(
    (priority, phrase)
    for priority, (_, keywords) in enumerate(_SPORTS_BY_PRIORITY)
    for phrase in keywords.phrases
)
_SPORT_PHRASE_STARTS = frozenset(w for _, k in _SPORTS_BY_PRIORITY for w in k.first_words)
# Every word that can name a sport, alone or as the start of a phrase.
_SPORT_CUE_WORDS = frozenset(_SPORT_OF_WORD) | _SPORT_PHRASE_STARTS
_FOLLOWED_BY_WORD = re.compile(r"\s*[a-z]")
_CROSS_REPEATS = re.compile(
    r"\b(\d{1,2})\s*(?:x|×|\*)\s*(\d+(?:\.\d+)?)\s*(km|k|mi|miles?|m|meters?|metres?)\b"
)
_FASTEST_CROSS = {"bike": 20.0, "swim": 2.5, "row": 6.5, "ski": 15.0}
_TIMED_SPORTS = frozenset({"yoga", "pilates", "climb", "stairs", "elliptical", "aqua_jog"})


class CrossData(NamedTuple):
    sport: str
    distance_m: float | None
    duration_s: float | None


def find_sport(text: str, words: frozenset[str] | None = None) -> str | None:
    """The cross-training sport a clause names (the first one in the catalog order)."""
    words = tokens(text) if words is None else words
    hits = words & _SPORT_CUE_WORDS
    if not hits:
        return None
    best = len(_SPORTS_BY_PRIORITY)
    for word in hits:
        priority = _SPORT_OF_WORD.get(word, best)
        if priority < best:
            best = priority
    if not _SPORT_PHRASE_STARTS.isdisjoint(hits):
        for priority, phrase in _SPORT_PHRASES:
            if priority < best and phrase in text:
                best = priority
    if best == len(_SPORTS_BY_PRIORITY):
        return None
    sport = _SPORTS_BY_PRIORITY[best][0]
    if sport == "bike" and hits <= _RUN_APPS and not _RUNNING_WORDS.isdisjoint(words):
        return None  # "Zwift run 10k on the treadmill": the app has runs too
    if (
        sport == "walk"
        and _WALK_BREAK.search(text)
        and (
            not _RUNNING_WORDS.isdisjoint(words)
            or text.count("walk") == 1
            or _NOTATION.search(text)
        )
    ):
        # "3x(4x300m) with 100m walk", "5k with 1 min walk every km": a run's recoveries.
        return None
    return sport


def parse_cross(text: str, sport: str, units: Units) -> CrossData:
    """Read a cross-training clause: its duration and distance."""
    if _has_noise(text):
        text = _strip_noise(text)
    duration, text = _take_duration(text)
    distance: float | None = None
    has_times = "x" in text or "×" in text or "*" in text
    repeated = _CROSS_REPEATS.search(text) if has_times else None
    if repeated:
        # "commute 2 x 8km": both legs count.
        count, length = int(repeated.group(1)), float(repeated.group(2))
        return CrossData(sport, count * length * _UNIT_METRES[repeated.group(3)], duration)
    has_unit = "m" in text or "k" in text or "yd" in text or "yard" in text
    match = _DISTANCE.search(text) if has_unit else None
    if match:
        value = float(match.group(1))
        unit = match.group(2)
        if sport in ("swim", "row") and unit == "k" and value >= 100:
            distance = value
        else:
            distance = value * _unit_metres(unit, value, units, run=False)
        text = _blank(text, match)
    else:
        bare = _BARE.search(text)
        if bare and _FOLLOWED_BY_WORD.match(text, bare.end()):
            bare = None  # "18 holes": a count of something else
        if bare:
            value = float(bare.group(1))
            if sport in ("swim", "row") and value >= 100:
                distance = value
            elif _STATIONARY.search(text) or sport in _TIMED_SPORTS:
                duration = duration if duration is not None else value * 60
            elif value <= 300:
                distance = value * (M_PER_MILE if units == "imperial" else M_PER_KM)
    if duration is None and ":" in text:
        clock = _MMSS.search(text)
        if clock:
            duration = int(clock.group(1)) * 60 + float(clock.group(2))
            if distance and duration and distance / duration > _FASTEST_CROSS.get(sport, 7.0):
                duration *= 60  # "25 mi, 1:30" is an hour and a half
    return CrossData(sport, distance, duration)
