"""Turning one chat message into training entries: clauses, grouping, dates, checks."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from core.entries import Entry, RunType, Units
from core.parser.dates import MARKER, find_date, may_name_date, starts_with_day_letter
from core.parser.keywords import letter_runs, tokens
from core.parser.lifts import (
    INJURY_WORDS,
    LIFT_PART_CUES,
    adds_to_lift,
    circuit_rounds,
    parse_lift_data,
    split_variants,
    with_rounds,
)
from core.parser.matching import match_exercise, name_words
from core.parser.plausibility import check_entry
from core.parser.questions import asks, is_greeting, mentions_feeling
from core.parser.result import ParseResult
from core.parser.runs import (
    RunFragment,
    find_sport,
    mentions_running,
    names_run_type,
    only_noise,
    parse_cross,
    parse_run,
    run_type_of,
)
from core.units import M_PER_KM, M_PER_MILE, round_distance

MAX_MESSAGE_CHARS = 4000

_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
    "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
    "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60",
    "seventy": "70", "eighty": "80", "ninety": "90",
}  # fmt: skip
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS)  # a set: `isdisjoint` then looks words up by hash
_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# "a cold one today", "hot one - 30 degrees": "one" stands for the run unless a figure's unit
# or a number follows it ("one mile", "one hour", "one set of 10").
_ONE_AS_FIGURE = (
    r"\s*(?:\d|(?:mi|mile|miles|km|kms|k|hour|hours|hr|hrs|min|mins|minute|minutes|sec|secs|"
    r"second|seconds|set|sets|rep|reps|round|rounds|lap|laps|x|hundred|more|time|times|lb|lbs|"
    r"kg|kgs)\b)"
)
# Spoken numbers: "fifty two" is 52 and "one hundred and twenty" is 120, not "50 2", "1 100 20".
_NUMBER_WORD = re.compile(
    # Every number word starts with one of these letters: a cheap first test at each position.
    rf"\b(?=[eftnos])(?!one\b(?!{_ONE_AS_FIGURE}))(?:(?:{_UNIT_WORDS})\s+hundred(?:(?:\s+and)?\s+(?:(?:{_TENS_WORDS})(?:[\s-]+(?:{_UNIT_WORDS}))?"
    rf"|(?:{'|'.join(_NUMBER_WORDS)})))?|(?:{_TENS_WORDS})[\s-]+(?:{_UNIT_WORDS})"
    rf"|(?:{'|'.join(_NUMBER_WORDS)}))\b(?!\s+(?:leg|arm))"
)
_NUMBER_PARTS = re.compile(r"[\s-]+")


def _spoken_number(match: re.Match[str]) -> str:
    total = 0
    for word in _NUMBER_PARTS.split(match.group()):
        if word == "hundred":
            total *= 100
        elif word != "and":
            total += int(_NUMBER_WORDS[word])
    return str(total)


_REPS_IN_WORD = {"single": "1", "double": "2", "triple": "3"}


def _one_set_of(match: re.Match[str]) -> str:
    """ "for a triple" is one set of three."""
    return f" 1 x {_REPS_IN_WORD[match.group().split()[-1]]} reps "


def _hours_and(match: re.Match[str]) -> str:
    hours = match.group(1)
    return f"{'1' if hours in ('a', 'an') else _NUMBER_WORDS.get(hours, hours)} {match.group(2)} "


_SPAN = r"\d+(?::\d\d)?\s*(?:mins?|minutes?|s|secs?|seconds?)?"
# Rare rewrites, each behind its own cheap substring test rather than in the loop below.
# "one hour and ten minutes" is one time, not an hour and then ten more minutes.
_HOURS_AND = re.compile(
    r"\b(an?(?=\s)|one(?=\s)|two(?=\s)|three(?=\s)|four(?=\s)|five(?=\s)|\d+)\s*"
    r"(hours?|hrs?)\s+and\s+(?=[a-z\d]+(?:[\s-][a-z]+)?\s+min"
    # "an hour and twenty": the minutes left unsaid at the end of a phrase
    rf"|(?:\d{{1,2}}|{_TENS_WORDS}|ten|fifteen|{_UNIT_WORDS})(?:[\s-](?:{_UNIT_WORDS}))?\s*(?:$|[,.;!)]))"
)
# "Couch to 5k" names a beginners' programme, not the distance run.
_COUCH_TO_5K = re.compile(r"\bcouch\s*(?:to|2)\s*5\s*k\b")
# "marathon training", "lost a toenail from the marathon": the race named as a time of year or
# a cause, not a race run today (its pace, "marathon pace", is left alone).
_RACE_AS_CONTEXT = re.compile(
    r"\b(?:(?P<pre>(?:from|since|after|before|for|towards)\s+)"
    r"(?:(?:the|my|a|this|next|last|our)\s+)?(?:(?:first|next|last|spring|autumn|fall|big|goal|"
    r"upcoming)\s+)?)?(?:half[\s-]*)?marathon"
    r"(?(pre)\b|(?=[\s-]+(?:training|taper|tapering|block|plan|prep|build|build-?up|cycle|season|"
    r"specific|shape|fitness|legs|recovery|expo|bib|weekend)\b))"
)


def _race_as_context(match: re.Match[str]) -> str:
    return f"{match.group('pre') or ''}the event"


# "planned 10 miles, bailed at 6": the shorter run happened, in the plan's unit.
_CUT_SHORT = re.compile(
    r"\b(?:planned(?:\s+on)?|plan\s+was|(?:was\s+)?(?:supposed|meant)\s+to\s+(?:do|run|go))"
    r"\s+(?:an?\s+|for\s+)?(?P<planned>\d+(?:\.\d+)?)\s*(?P<unit>k|km|kms|mi|miles?)?\b"
    r"[^.;!?\d]{0,30}?(?:bailed|stopped|pulled\s+the\s+plug|called\s+it|cut\s+it(?:\s+short)?|"
    r"only\s+(?:did|managed|ran|got(?:\s+in)?)|managed(?:\s+only)?|ended\s+up\s+(?:doing|with|"
    r"running)|did)\s+(?:at\s+|to\s+|after\s+)?(?:about\s+|around\s+|~)?"
    r"(?P<done>\d+(?:\.\d+)?)\s*(?P<done_unit>k|km|kms|mi|miles?)?\b"
)


def _cut_short(match: re.Match[str]) -> str:
    unit = match.group("done_unit") or match.group("unit") or ""
    return f"ran {match.group('done')} {unit}"


# "27'30", a watch's 8'55"/mi: minutes and seconds written with primes (not "2' jog": no
# seconds follow; "8' 55" with a space only before a pace's unit).
_FOOT_MARK_TIME = re.compile(
    r"(?<![\d'])(\d{1,3})'(?:\s+(?=\d\d(?:''|\")?\s*(?:/|per\b))|)(\d\d)(?![\d])(?:''|\")?"
)
# "6 min/km", "9.5 mins per mile": a pace in minutes per unit.
_MINUTES_PER = re.compile(
    r"(\d{1,2}(?::\d\d|\.\d+)?)\s*(?:min|mins|minutes)\s*(?:/|per)\s*"
    r"(km|k|kilomet(?:er|re)|mi|mile)\b"
)


def _minutes_per(match: re.Match[str]) -> str:
    value, unit = match.groups()
    if ":" not in value:
        seconds = round(float(value) * 60)
        value = f"{seconds // 60}:{seconds % 60:02d}"
    return f"{value}/{'mi' if unit.startswith('mi') else 'km'}"


# Figures typed without spaces ("5k30min", "10km45:00") and minutes and seconds written with
# single letters ("31m 20s"), found in one search: the pattern opens with a digit, which the
# regex engine scans for quickly.
_GLUED_OR_LETTERED = re.compile(r"(\d)(?:(k|km|kms|mi|miles?)(?=\d)|(\d?)\s*m\s*([0-5]?\d)\s*s\b)")


_GLUED_UNITS = frozenset({"k", "km", "kms", "mi", "mile", "miles"})
_GLUED_CUE = re.compile(r"[kmis]\s?\d")  # a cheap first test: a figure right after a unit


def _unglue(match: re.Match[str]) -> str:
    first, unit, second, seconds = match.groups()
    if unit:
        return f"{first}{unit} "
    start = match.start()
    if start and match.string[start - 1] in "0123456789.:":
        return match.group()  # "400m 60s", "5.31m 20s": not minutes
    return f"{first}{second}:{int(seconds):02d}"


# "#marathontraining": a caption's tags (not "185#", pounds).
_HASHTAG = re.compile(r"(?<![\w#])#[a-z]\w*")
# "held off long enough", "a long soak", "half an episode": everyday words, not a long run or
# a half marathon.
_NOT_A_DISTANCE = re.compile(
    r"\blong(?=\s+(?:enough|time|day|story|way|soak|bath|lunch|haul|list|shot|wait|drive|flight|"
    r"commute|weekend)\b)|\bhalf(?=\s+an?\s+(?!hour|mile|marathon|k\b|km\b))"
)


def _not_a_distance(match: re.Match[str]) -> str:
    return "lengthy" if match.group() == "long" else "part of"


# "I am 67 and took up running": the runner's age, not a figure of the session.
_AGE = re.compile(
    r"\b(?:i\s+am|im|aged?)\s+\d{2}\b(?!\s*(?:k|km|kms|mi|miles?|kg|kgs|lbs?|min|mins|minutes|x)\b)"
    r"(?:\s+(?:years?\s+old|yo)\b)?"
)
# "5k without walking" is a run: the walk it names did not happen.
_NO_WALKING = re.compile(r"\b(?:without|no)\s+walk(?:ing|s)?(?:\s+breaks?)?\b")
# "1 min run 1 min walk" is how a run/walk went, not two more sessions.
_RUN_WALK_RATIO = re.compile(
    rf"\b(?:{_SPAN}\s+(?:run|running|jog)\s*[,/+&:]?\s*{_SPAN}\s+walk(?:ing)?"
    rf"|(?:run|jog)\s+{_SPAN}\s*[,/+&:]?\s*walk\s+{_SPAN})\b"
)


# Everyday phrases rewritten to figures; each is tried only when its words are in the text.
_HOUR_AND_A_HALF = re.compile(r"\b(?:an?|one)\s+hour\s+and\s+a\s+half\b|\bhour\s+and\s+a\s+half\b")
_HALF_AN_HOUR = re.compile(r"\bhalf\s+an\s+hour\b")
_AN_HOUR = re.compile(r"\b(?:an|one)\s+hour\b")
_A_MILE = re.compile(r"\ba\s+mile\b")
_AND_HALF_SIGN = re.compile(r"(\d)\s*½")
_AND_A_HALF = re.compile(r"(\d+) and a half (miles?|km|k|hours?|mins?|minutes)\b")
_WITH_SLASH = re.compile(r"\bw/(?![ud]\b|o\b)\s*")
_WARMUP_AND_COOLDOWN = re.compile(
    r"\b(?:warm[\s-]?up|wu)\s*(?:and|&|\+|/)\s*(?:cool[\s-]?down|cd)\b"
)
_ONE_SET_OF = re.compile(r"\b(?:for\s+)?an?\s+(?:single|double|triple)\b(?!\s+leg)")
# "1,650 yd", "1,100 ft gain": a thousands separator.
_THOUSANDS = re.compile(
    r"\b(\d{1,2}),(\d{3})\s*(?=yds?\b|yards?\b|m\b|meters?\b|metres?\b|ft\b|feet\b)"
)
_DECIMAL_COMMA_UNIT = re.compile(r"(\d),(\d{1,2})\s*(?=kgs?\b|km\b|k\b|mi\b|lbs?\b|miles?\b)")
_DECIMAL_COMMA = re.compile(r"\d,\d")
_GLUED_TYPE_WORDS = frozenset({"e", "ez", "lr", "mlr"})
_GLUED_TYPE = re.compile(r"\b(\d+(?:\.\d+)?)(e|ez|lr|mlr)\b")
# "AM 8 / PM 4": a double day's runs, each a bare distance after its label.
_DOUBLE_DAY = re.compile(
    r"\b(am|pm)\s*:?\s*(\d{1,2}(?:\.\d{1,2})?)(?=\s*(?:[/,;+|&]|and\b|$)|\s+[ap]m\b)", re.M
)
_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")
_CHARS = str.maketrans({"×": "x", "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                        "\u00a0": " ", "\t": " ", MARKER: " "})  # fmt: skip
# Where a line splits into clauses. Alternatives that start with a word share one word
# boundary, and each character class is one set: the pattern then tries far fewer branches at
# each character.
_EMOJI_CHARS = r"\u2600-\u27bf\U0001f300-\U0001faff"
_SPLIT_MARK = (
    r"[;,|\\]|\.(?=\s|$)|!+|//+|->|=>|\s[+&/-]\s"
    rf"|[{_EMOJI_CHARS}]+"  # emoji used as ticks or bullets
)
_SPLIT_WORD = (
    r"\b(?:and then\b|then\b|followed by\b|plus\b"
    r"|and\b(?!\s*(?:a half|\d+\s*(?:s|sec|secs|seconds)\b))"
    r"|(?=(?:after|before)\b)|also\b|w/ then\b|but\b"
    r"|next\b(?!\s+(?:week|month|year|time|spring|summer|autumn|fall|winter|season|weekend"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))"
)
# Every split starts at one of these characters (the words at their first letter): testing
# that first spares trying each alternative at every other character.
_SPLIT = re.compile(rf"(?=[;,|\\.!/=\s+&\-atfpbnw{_EMOJI_CHARS}])(?:{_SPLIT_MARK}|{_SPLIT_WORD})")
# For a line without any of `_SPLIT_WORDS`, where the word alternatives cannot match.
_SPLIT_MARKS = re.compile(rf"(?=[;,|\\.!/=\s+&\-{_EMOJI_CHARS}])(?:{_SPLIT_MARK})")
# "Set 2: 70 kg x 10" (gym apps number their sets): the label is not a set count.
_LINE_PREFIX = re.compile(
    r"^\s*(?:[-*•>]+|\d{1,2}[.)](?=\s)|am\b|pm\b|a\.m\.|p\.m\.|set\s*\d{1,2}\s*[:.)-])\s*:?\s*"
)
_REST = re.compile(
    # Each form starts with one of these characters: a cheap first test at every position.
    r"(?=[\sacdfnoprstz])(?:"
    r"\b(?:rest|off|recovery)\s+day\b|\bday\s+off\b|\brest(?:ed)?\s+(?:today|up)\b"
    r"|\b(?:full|complete|total|active|planned|scheduled)\s+rest\b|^\s*(?:rest(?:ing)?|off)\s*$|\btook\s+(?:the\s+)?"
    r"(?:day\s+|today\s+)?off\b|^\s*rested\s*$|\b(?:completely|totally|fully)\s+off\b|\boff\s+today\b|\bno\s+(?:run|running|training|workout|gym)"
    r"(?:\s+today)?\b(?!\s+(?:for|until|till)\b)|\bnothing\s+today\b|\bzero\s+day\b"
    r"|\b(?:taking|took|take)\s+a\s+zero\b|\bday\s+of\s+rest\b)"
)
# The only words a clause of bare numbers may hold ("3 x 8 @ 60kg", "45 mins", "2k").
_DATA_WORDS = frozenset(
    {"x", "kg", "kgs", "kilo", "kilos", "lb", "lbs", "pound", "pounds", "rep", "reps", "set",
     "sets", "sec", "secs", "s", "second", "seconds", "min", "mins", "minute", "minutes", "m",
     "k", "km", "kms", "mi", "mile", "miles", "r", "l", "h", "hr", "hrs", "hour", "hours", "of",
     "at", "bw", "rpe", "rir", "each", "ea", "per", "side", "sides", "leg", "legs", "arm",
     "for", "with", "w", "total", "more", "in", "about", "approx", "around", "roughly", "ish",
     "just", "over", "under", "elapsed", "moving", "time", "db", "dbs", "dumbbell",
     "dumbbells", "kb", "kbs", "kettlebell", "kettlebells", "plate", "plates", "bar", "vest",
     "bodyweight", "body", "weight", "reserve", "tank", "left", "worked", "up", "to", "did",
     "got", "hit", "managed", "only", "finally", "a", "the", "all", "top", "another", "then",
     "took", "chip", "gun", "flat", "zone", "z", "on", "snow", "rain", "wind", "heat", "humid",
     "humidity", "windy", "rainy", "hot", "cold", "dark", "avg", "average", "distance",
     "duration"}
)  # fmt: skip
_SPLIT_CHAR = re.compile(r"[,;.!+&|>/\n-]")
_EMOJI = re.compile(f"[{_EMOJI_CHARS}]")
_SPLIT_WORDS = frozenset(
    {"then", "and", "after", "before", "also", "plus", "next", "followed", "but"}
)
# "completed 5 kilometres in 34 minutes": a distance in a time, with no other sport named.
_CLOCK_OR_MINUTES = re.compile(r"\d\s*(?:min|mins|minutes|hrs?|hours?)\b|\d:\d\d")
_MEASURE = re.compile(
    r"(?=\d)(?:\d\s*(?:k|km|kms|kilomet(?:er|re)s?|mi|miles?)\b|(?<![\d.])(?:13\.1|26\.2)\b|\d{3,}\s*m\b|\d\s*(?:x|×)\s*\d{3}"
    r"|\d{3,4}\s*(?:m|s)\s*(?:x|×)\s*\d)"
)
_INTENT = re.compile(
    r"\b(?:tomorrow(?:s|\s+s)?|tmrw|tmr|"
    r"(?:next|this coming|coming) (?:week|month|year|time|spring|summer|autumn|fall|winter|season|"
    r"weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|pencil+ed in|resolutions?|planning|plan to|planned|plan:|gonna|"
    r"(?:race|race day|game|pacing) plan|plan for (?:the |this )?weekend|"
    r"going to|want to|wanna|hoping to|hope to|goal|aiming|aim to|target|thinking about|"
    r"thinking of|considering|sign(?:ing)? up|in \d+ (?:days|weeks|"
    r"months)|will do|will run|signed up|registered|scheduled|supposed to|should have|usually|"
    r"normally|typically|generally|tend to|used to|each week|every week|times a week|"
    r"plan said|plan was|meant to|later|about to|heading out|head out|going for|off to|"
    r"cant wait|looking forward|excited for|excited about|nervous about|ready for)\b"
)
# "my 5k PB is 22:30", "squat 1RM is 120kg": facts about the runner, not a session.
_LONG_AGO = re.compile(
    r"\blast\s+(?:year|season)\b(?!\s*:)"  # "Last year I ran a 1:45 half"
    r"|\b(?:back\s+)?in\s+(?:19|20)\d\d\b"  # "back in 2019 I ran a 1:39 half"
    r"|\b(?:from|of)\s+(?:19|20)\d\d\b"  # "my 10k time from 2023 was 46:10"
)
_RECORD_STATEMENT = re.compile(
    r"\b(?:pb|pr|1rm|rm|max|best|record|personal best|longest|furthest|fastest|"
    r"longest run|furthest run|fastest time)\s+(?:\w+\s+)?"
    r"(?:is|was|=|of(?=\s+\d)|stands at|sits at)\b"  # "longest run of the block": a remark
)
# The letter runs `_RECORD_STATEMENT` cannot match without ("1rm" holds "rm").
_RECORD_WORDS = frozenset(
    {"pb", "pr", "rm", "max", "best", "record", "longest", "furthest", "fastest"}
)
# "physio says no running for 2 weeks": a break ahead, not a session or a rest day.
_LAYOFF = re.compile(
    r"\b(?:no|stop|off)\s+(?:running|run|runs|lifting|training|gym)\s+(?:for|until|till)\b"
)
# "Goals: sub-3 marathon, 200kg deadlift": everything listed under the heading is a wish.
_GOALS_HEADING = re.compile(
    r"\s*(?:my\s+)?(?:\d{4}\s+)?(?:new\s+years?\s+|strength\s+|running\s+|race\s+|lifting\s+)?"
    r"(?:goals?|resolutions?|targets?)"
    r"(?:\s+for\s+(?:\d{4}|(?:the|this|next)\s+(?:year|season|block)))?\s*:|\s*next\s+week\s*:"
)
_LUCK = re.compile(r"\bwish\s+me\s+luck\b")
# "marathon pace is 4:58/km": a target pace, not a run.
_PACE_FACT = re.compile(
    r"\b(?:marathon|mp|race|goal|target|threshold|easy|half|hm|5k|10k)\s+pace\s+"
    r"(?:is|=|should\s+be|would\s+be)\b"
)
# "my friend ran a 2:59 marathon": someone else's session.
_SOMEONE_ELSE = re.compile(
    r"(?:(?:my|our)\s+(?:(?:old|best|college|uni|school|work|training|running|gym|little|big)\s+)*"
    r"(?:friend|mate|buddy|wife|husband|partner|boyfriend|girlfriend|bf|gf|brother|sister|dad|"
    r"mum|mom|son|daughter|coach|teammate|club\s*mate|room\s*mate|colleague|neighbou?r|cousin|"
    r"uncle|aunt|grandpa|grandad|granddad|grandma|gran|nan)s?"
    r"(?:\s+and\s+(?:his|her|their)\s+\w+)?"
    r"|(?:my\s+)?(?:hubby|wifey|other\s+half|the\s+(?:wife|husband|missus|kids?))"
    r"|grandpa|grandad|granddad|grandma|training\s+partner"
    r"|saw\s+an?\s+\w+(?:\s+at\s+the\s+gym)?)\s+(?:just\s+)?"
    r"(?:ran|run|runs|did|does|raced|races|finished|set|smashed|got|lifts|squats|squat|squatted|"
    r"benched|deadlifted|pulled|hit|clocked|completed)\b"
)
_SOMEONE_ELSE_STARTS = (
    "my ", "our ", "hubby", "wifey", "the ", "grand", "training partner", "saw a",
)  # fmt: skip
# "my shin hurts when I run more than 5 km": what happens whenever they run, not a session.
_HABIT = re.compile(
    r"\b(?:when|whenever|if|every\s+time|each\s+time)\s+i\s+"
    r"(?:run|jog|lift|squat|go\s+(?:running|for\s+a\s+run))\b"
)
_HABIT_CUES = frozenset({"when", "whenever", "if", "time"})
_PLAN_ERROR = (
    "That sounds like a plan rather than a finished session, so nothing was logged. "
    "Tell me once it's done."
)
# A week's or month's total is a summary of sessions already logged, not a new one.
_SUMMARY = re.compile(
    r"\b(?:this|a|per|for the|last|whole|my) week\b|\bweekly\b|\bmileage\b|"
    r"\bthis month\b|\bmonthly\b|\bso far this\b|\bthe week on\b"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+(?:total|mileage|miles|km)\b"
)
# A week's log pasted one day a line ("Tue: 10 w/ 6x1k"): its heading and total lines are
# summaries, the day lines are sessions.
_DAY_LABEL = re.compile(
    r"\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s+\d{1,2}/\d{1,2})?"
    r"|mo|tu|we|th|fr|sa|su|[mtwrfs])\s*(?::|-)"
)
# "M 6 / T 8 / W 6 / T 9 / F off / S 13 / S 5": a week written one day-letter a line.
_BARE_DAY_LETTER = re.compile(
    r"\s*(mo|tu|we|th|fr|sa|su|[mtwrfs])\s*(?::|-\s|(?=\s+(?:\d|off\b|rest\b)))\s*"
)
_DAY_LETTERS = {"m": (0,), "mo": (0,), "t": (1, 3), "tu": (1,), "w": (2,), "we": (2,),
                "th": (3,), "r": (3,), "f": (4,), "fr": (4,), "s": (5, 6), "sa": (5,),
                "su": (6,)}  # fmt: skip
_DAY_LABELS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ONE_DAY = dt.timedelta(days=1)
_ROUNDS_ALONE = re.compile(
    r"(?:(?:circuit|circuits|rounds?|finisher|core|amrap|emom|superset|complex|conditioning)\s*)?"
    r"(?:x\s*(\d{1,2})(?:\s*rounds?)?"
    r"|(\d{1,2})\s*(?:x\s*)?(?:rounds?|circuits?|(?:times\s+)?(?:through|thru))(?:\s+of)?)"
)
_PLAN_FOR = re.compile(r"(?:my\s+|the\s+)?plan\s+for\b(?!.*\b(?:was|said)\b)")
_PLAIN_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
_TOTAL_LINE = re.compile(r"\s*(?:week(?:ly)?\s+)?total\b")
# Words without which the rest-day and plan patterns cannot match (checked first, cheaply).
_FUTURE_WORDS = frozenset(
    {"tomorrow", "tomorrows", "tmrw", "tmr", "next", "will", "gonna", "going", "wanna"}
)
_REST_CUES = frozenset({"rest", "off", "day", "rested", "resting", "no", "nothing", "zero"})
_INTENT_CUES = frozenset(
    {"tomorrow", "tomorrows", "tmrw", "tmr", "next", "planning", "plan", "planned", "gonna",
     "going", "want", "wanna", "hoping", "hope", "goal", "aiming", "aim", "target", "thinking",
     "considering", "sign", "signing", "in", "will", "signed", "registered", "scheduled",
     "supposed", "should", "usually", "normally", "typically", "generally", "tend", "used", "each",
     "every", "times", "meant", "later", "about", "heading", "head", "off", "cant", "looking",
     "excited", "nervous", "ready", "penciled", "pencilled", "resolution", "resolutions", "coming"}
)  # fmt: skip
# "felt easy", "was slow": how it went, not another run.
_FEELING_CLAUSE = re.compile(
    r"(?:it\s+|legs\s+|everything\s+|run\s+|that\s+)?(?:felt|feel|feels|feeling|was|were|"
    r"looked|seemed)\b"
)
# Run-walk intervals and a triathlete's run off the bike are runs, whatever else they name.
_RUN_NOT_SPORT = re.compile(
    r"\b(?:run|ran|jog|jogging|running)\s*[/-]?\s*walk|\bwalk(?:ed|ing)?\s*[/-]\s*(?:run|ran|jog)"
    r"|\boff\s+the\s+bike\b|\d\s*(?:m|ft|feet)\s+(?:of\s+)?climb"  # "600m of climbing": elevation
    r"|\b(?:on|with)\s+(?:her|his|their)\s+bikes?\b"  # "jogged 4k beside my son on his bike"
)
# The first letters those two patterns can start with, tested before running them.
_FEELING_CLAUSE_STARTS = frozenset("iletfwrs")
_BARE_RUN_STARTS = frozenset("dglkb")
# "before race day", "after my run": when it happened, not another session.
_CONTEXT = re.compile(r"(?:after|before)\b(?!.*\b(?:did|then)\b)")
_POINT_IN_RUN = re.compile(r"\b(?:until|till|up to|after|around|for the first|for the last)\s+\d")
_BARE_RUN = re.compile(
    r"(?:did|done|got|logged|knocked out|banked)\s+(?:another\s+|a\s+)?\d+(?:\.\d+)?\s*$"
    r"|\d+(?:\.\d+)?\s+(?:done|logged|in the bank|banked)\s*$"
    r"|\d+(?:\.\d+)?\s+in\s+\d{1,2}:\d\d(?::\d\d)?\s*$"  # "6.2 in 52:40": a distance in a time
)
_EFFORT_WORDS = re.compile(r"\b(?:rir|rpe|reserve|tank)\b")
_ALL_SETS = re.compile(r"\b(?:on|for|across)\s+(?:all|everything|every\s+\w+)\b|\bthroughout\b")
_BRACKET = re.compile(r"\([^()]*\)")
_BRACKET_WORDS = _DATA_WORDS | {
    "avg", "average", "pace", "rest", "jog", "rec", "recovery", "wu", "cd", "hmp", "mp", "t",
    "tempo", "easy", "moving", "elapsed", "lap", "laps", "x", "off", "on", "float", "walk",
}  # fmt: skip
_DATE_MARKER = re.compile(MARKER + r"(\d+)" + MARKER)
_HAS_DIGIT = re.compile(r"\d")
_LIFT_NOTATION = re.compile(
    r"(?=[\ds])(?:\d\s*x\s*\d|\d\s*(?:kgs?|lbs?|#|reps?|sets?)\b|\bsets?\s+of\b)"
)
# "debut: 8 x 800 @ 2:55": track reps, whatever words come before them.
_ORPHAN_INTERVAL = re.compile(
    r"\d(?<![\d.]\d)\d?\s*x\s*(?:\d+(?:\.\d+)?\s*(?:m|k|km|mi|mile|miles|meters?|metres?)\b|"
    r"(?:100|150|200|300|400|500|600|800|1000|1200|1500|1600|2000|3000)\b|mile\b)"
)
_SPACES = re.compile(r"\s+")
_NO_TYPE = 99
_CROSSED_OUT = re.compile(r"^\s*[❌✖✗✘❎].*$\n?", re.MULTILINE)
_QUESTION_X = re.compile(r"\s*x\s*")


@dataclass(slots=True)
class _Group:
    kind: str  # lift | run | cross | rest | data | intent | noise
    texts: list[str]
    date: dt.date
    exercise: str | None = None
    exercise_words: tuple[str, ...] = ()
    sport: str | None = None
    fragments: list[RunFragment] = field(default_factory=list)
    line: int = 0
    last_line: int = 0


class _Unresolved(Exception):
    """A part of the message that cannot be logged as it stands."""

    def __init__(self, error: str, question: str | None = None) -> None:
        super().__init__(error)
        self.error = error
        self.question = question


def normalize(text: str) -> str:
    return _normalize(text)[0]


def _normalize(text: str) -> tuple[str, frozenset[str]]:
    """The tidied lowercase text and its letter runs (which later checks test first)."""
    # Of the characters `_CHARS` maps, only the tab is ASCII.
    lowered = (text if text.isascii() and "\t" not in text else text.translate(_CHARS)).lower()
    if "'" in lowered:
        lowered = _APOSTROPHE.sub("", lowered)
    if " and " in lowered and ("hour" in lowered or "hr " in lowered or "hrs " in lowered):
        lowered = _HOURS_AND.sub(_hours_and, lowered)
    if "walk" in lowered:
        lowered = _RUN_WALK_RATIO.sub(" run/walk ", _NO_WALKING.sub(" ", lowered))
    if "marathon" in lowered and _RACE_AS_CONTEXT.search(lowered):
        lowered = _RACE_AS_CONTEXT.sub(_race_as_context, lowered)
    if ("plan" in lowered or "suppos" in lowered or "meant" in lowered) and _CUT_SHORT.search(
        lowered
    ):
        lowered = _CUT_SHORT.sub(_cut_short, lowered)
    if ("long " in lowered or "half a" in lowered) and _NOT_A_DISTANCE.search(lowered):
        lowered = _NOT_A_DISTANCE.sub(_not_a_distance, lowered)
    if ("am " in lowered or "im " in lowered or "aged" in lowered) and _AGE.search(lowered):
        lowered = _AGE.sub(" ", lowered)
    if "couch" in lowered:
        lowered = _COUCH_TO_5K.sub("c25k", lowered)
    # A search first: preparing a template ("\1.5") costs more than a search that fails,
    # and most of these words turn up without their phrase.
    if "hour" in lowered:
        if "half" in lowered:
            lowered = _rewritten(_HOUR_AND_A_HALF, "90 min", lowered)
            lowered = _rewritten(_HALF_AN_HOUR, "30 min", lowered)
        lowered = _rewritten(_AN_HOUR, "60 min", lowered)
    if "mile" in lowered:
        lowered = _rewritten(_A_MILE, "1 mile", lowered)
    if "½" in lowered:
        lowered = _rewritten(_AND_HALF_SIGN, r"\1.5", lowered)
    if "and a half" in lowered:
        lowered = _rewritten(_AND_A_HALF, r"\1.5 \2", lowered)
    if "w/" in lowered:
        lowered = _rewritten(_WITH_SLASH, "with ", lowered)
    if ("warm" in lowered or "wu" in lowered) and ("cool" in lowered or "cd" in lowered):
        lowered = _rewritten(_WARMUP_AND_COOLDOWN, "wu/cd", lowered)
    if "single" in lowered or "double" in lowered or "triple" in lowered:
        lowered = _rewritten(_ONE_SET_OF, _one_set_of, lowered)
    if "," in lowered and _DECIMAL_COMMA.search(lowered):
        lowered = _rewritten(_THOUSANDS, r"\1\2", lowered)
        lowered = _rewritten(_DECIMAL_COMMA_UNIT, r"\1.\2", lowered)
    if "'" in lowered and _FOOT_MARK_TIME.search(lowered):
        lowered = _FOOT_MARK_TIME.sub(r"\1:\2", lowered)  # "27'30"
    if "min" in lowered and ("/" in lowered or "per" in lowered) and _MINUTES_PER.search(lowered):
        lowered = _MINUTES_PER.sub(_minutes_per, lowered)
    if "#" in lowered:
        lowered = _HASHTAG.sub(" ", lowered)
    words = letter_runs(lowered)
    # Glued figures hold a unit's letters; minutes and seconds hold both "m" and "s".
    if (
        (not words.isdisjoint(_GLUED_UNITS) or ("m" in words and "s" in words))
        and _GLUED_CUE.search(lowered)
        and _GLUED_OR_LETTERED.search(lowered)
    ):
        lowered = _GLUED_OR_LETTERED.sub(_unglue, lowered)
        words = letter_runs(lowered)
    # A spreadsheet's "2E" is 2 easy (splitting it leaves the letter runs as they were).
    if not words.isdisjoint(_GLUED_TYPE_WORDS) and _GLUED_TYPE.search(lowered):
        lowered = _GLUED_TYPE.sub(r"\1 \2", lowered)
    if not words.isdisjoint(_NUMBER_WORD_SET):
        lowered = _NUMBER_WORD.sub(_spoken_number, lowered)
        words = letter_runs(lowered)
    if ("am" in words or "pm" in words) and _DOUBLE_DAY.search(lowered):
        lowered = _DOUBLE_DAY.sub(r"\1 \2 run,", lowered)
        words = words | {"run"}
    return lowered, words


def _rewritten(
    pattern: re.Pattern[str], replacement: str | Callable[[re.Match[str]], str], text: str
) -> str:
    """The text with the pattern replaced, or the text itself when the pattern is absent."""
    return pattern.sub(replacement, text) if pattern.search(text) else text


def _is_data_only(clause: str, words: frozenset[str], has_digit: bool) -> bool:
    """Whether a clause (whose tokens are `words`) holds nothing but figures and data words."""
    if not has_digit and (clause.isascii() or not any(ch.isdigit() for ch in clause)):
        return False
    # Each letter run lies inside one token: only tokens that are not data words need a look.
    for token in words - _DATA_WORDS:
        if token.isalpha() or not _DATA_WORDS.issuperset(letter_runs(token)):
            return False
    return True


def _classify(
    clause: str, words: frozenset[str], date: dt.date, names: tuple[str, ...] | None = None
) -> _Group:
    """What a clause is; `words` are its tokens."""
    is_rest = not _REST_CUES.isdisjoint(words) and bool(_REST.search(clause))
    if is_rest and _LIFT_NOTATION.search(clause):
        # "no gym today so backpack squats 4x15": the sets were done all the same.
        names = name_words(clause) if names is None else names
        is_rest = not names or match_exercise(names) is None
    if is_rest and _FUTURE_WORDS.isdisjoint(words):
        return _Group("rest", [clause], date)  # "planned rest" was still a rest day
    if not _INTENT_CUES.isdisjoint(words) and _INTENT.search(clause):
        return _Group("intent", [clause], date)
    if is_rest:
        return _Group("rest", [clause], date)
    has_digit = _HAS_DIGIT.search(clause) is not None
    first = clause[0]
    if not has_digit:
        if (
            (first in _FEELING_CLAUSE_STARTS and _FEELING_CLAUSE.match(clause))
            or mentions_feeling(clause, words)
            or (first in "ab" and _CONTEXT.match(clause))
        ):
            return _Group("noise", [clause], date)  # "legs heavy from sunday's long run"
    elif (
        first in _FEELING_CLAUSE_STARTS
        and _FEELING_CLAUSE.match(clause)
        and _POINT_IN_RUN.search(clause)
    ):
        return _Group("noise", [clause], date)  # "felt strong until 12k"
    if (
        first in _BARE_RUN_STARTS
        or (
            first.isdigit()
            and ("done" in clause or "logged" in clause or "bank" in clause or " in " in clause)
        )
    ) and _BARE_RUN.match(clause):
        return _Group("run", [clause], date)  # "did 6", "8 done": a runner's shorthand
    names = name_words(clause) if names is None else names
    hit = match_exercise(names) if names else None
    if hit is not None:
        slug, start, end = hit
        # "rows 4x8" is the barbell lift; "2k row" is the rowing machine. "back from the calf
        # strain" names the body part, not the lift.
        if (slug != "barbell_row" or _LIFT_NOTATION.search(clause) or "row" not in words) and (
            end == len(names) or names[end] not in INJURY_WORDS
        ):
            return _Group("lift", [clause], date, slug, names[start:end])
    elif (
        has_digit
        and not LIFT_PART_CUES.isdisjoint(words)
        and adds_to_lift(clause, words, _DATA_WORDS)
        and not _MEASURE.search(clause)
    ):
        return _Group("data", [clause], date)  # "backoffs 3x5 @ 120": more of the lift before
    sport = find_sport(clause, words)
    if sport in ("walk", "bike", "climb") and _RUN_NOT_SPORT.search(clause):
        sport = None
    if _is_data_only(clause, words, has_digit):
        if only_noise(clause) and run_type_of(clause)[1] == _NO_TYPE:
            return _Group("noise", [clause], date)  # "HR 139 avg": no figure of the session
        return _Group("data", [clause], date)
    if sport is not None:
        return _Group("cross", [clause], date, sport=sport)
    if (
        mentions_running(clause, words)
        or _ORPHAN_INTERVAL.search(clause)
        or (_MEASURE.search(clause) and _CLOCK_OR_MINUTES.search(clause))
    ):
        return _Group("run", [clause], date)
    return _Group("noise", [clause], date)


def _may_have_prefix(text: str) -> bool:
    """A bullet, a list number or an "AM:"/"PM:" label can only start the text."""
    stripped = text.lstrip()
    head = stripped[:1]
    if head in ("-", "*", "•", ">"):
        return True
    if head in ("a", "p"):
        return stripped[1:2] in ("m", ".")
    if head == "s":
        return stripped.startswith("set")
    return head.isdigit() and ("." in stripped[1:3] or ")" in stripped[1:3])


# The characters `_tidy` trims: a clause that neither starts nor ends with one is tidy already.
_TIDY_EDGES = frozenset(" :.-!*[]\"'")


def _tidy(clause: str) -> str:
    """Trim punctuation around a clause, keeping brackets that still pair up inside it."""
    clause = clause.strip(" :.-!*[]").lstrip("\"'")
    if clause.count("(") != clause.count(")"):
        clause = clause.strip("()").replace("(", " ").replace(")", " ")
    return clause.strip()


def _bracket(match: re.Match[str]) -> str:
    """Keep a bracket of figures whole ("(1 wu, 4 @ hmp, 1 cd)"); drop one of prose."""
    inner = match.group()[1:-1]
    names = name_words(inner)
    if names and match_exercise(names) is not None:
        return f", {inner}, "  # "core (plank 3x1min)": the bracket is the session itself
    if not any(ch.isdigit() for ch in inner):
        # "(half race)" still says what kind of run it was.
        return f" {inner} " if names_run_type(inner) else " "
    if not _BRACKET_WORDS.issuperset(letter_runs(inner)):
        return " "  # "(last set 4 reps)": a remark
    return "(" + inner.replace(",", " ").replace(";", " ") + ")"


def _clauses(line: str, words: frozenset[str]) -> list[str]:
    """The clauses of a line, given the letter runs of the whole message."""
    # Whether the line may still start with a prefix (one removed can bare another).
    prefixed = _may_have_prefix(line)
    if prefixed:
        line = _LINE_PREFIX.sub("", line)
    if "(" in line:
        prefixed = True  # a bracket rewritten: look again
        line = _BRACKET.sub(_bracket, line)
    no_words = _SPLIT_WORDS.isdisjoint(words) or _SPLIT_WORDS.isdisjoint(letter_runs(line))
    if (
        no_words
        and _SPLIT_CHAR.search(line) is None
        and (line.isascii() or not _EMOJI.search(line))
    ):
        if not prefixed:  # one clause, and it was checked for a prefix above
            clause = _tidy(line)
            return [clause] if clause else []
        parts = [line]
    else:
        parts = (_SPLIT_MARKS if no_words else _SPLIT).split(line)
    clauses = []
    for raw in parts:
        clause = _tidy(_LINE_PREFIX.sub("", raw) if _may_have_prefix(raw) else raw)
        if clause:
            clauses.append(clause)
    return clauses


def _group_clauses(
    lines: list[tuple[str, dt.date, tuple[dt.date, ...]]],
    words: frozenset[str],
    today: dt.date,
    units: Units,
) -> list[_Group]:
    groups: list[_Group] = []
    last: _Group | None = None
    number = -1
    planning = False  # under a plan's heading ("gym tomorrow: squat 5x5, bench 5x5")
    # A circuit's rounds ("4 rounds: 12 press ups, 15 swings"): how many, on which line, and
    # whether the heading stood alone (then the lines below it are the circuit too).
    rounds: tuple[int, int, bool] | None = None
    for line, line_date, dates in lines:
        if not line.strip():
            rounds = None
            continue  # blank lines only separate; "Squat\n60 x 5\n80 x 5" still runs on
        number += 1
        for raw_clause in _clauses(line, words):
            marker = _DATE_MARKER.search(raw_clause) if MARKER in raw_clause else None
            if marker and int(marker.group(1)) < len(dates):
                # "long run sunday, gym monday: squats, calf raises": a date named on the line
                # holds for the clauses after it.
                line_date = dates[int(marker.group(1))]
            date = line_date
            if marker:
                whole = _tidy(_DATE_MARKER.sub(" ", raw_clause))
            elif raw_clause[0] in _TIDY_EDGES or raw_clause[-1] in _TIDY_EDGES:
                whole = _tidy(raw_clause)  # "'- 5k": a second pass trims what the first bared
            else:
                whole = raw_clause  # already tidy: `_clauses` gave it
            for clause, names in _one_lift_each(whole):
                clause_words = tokens(clause)
                group = _classify(clause, clause_words, date, names)
                if group.kind == "lift":
                    header = circuit_rounds(clause)
                    if header is not None:
                        rounds = (header[0], number, False)
                        group.texts[0] = header[1]
                    elif rounds is not None and (rounds[1] == number or rounds[2]):
                        group.texts[0] = with_rounds(clause, rounds[0])
                elif group.kind in ("data", "noise") and (
                    "x" in clause or "round" in clause or "circuit" in clause or "thr" in clause
                ):
                    heading = _ROUNDS_ALONE.fullmatch(clause)
                    if heading is not None:  # "3 rounds:" heading the lines below
                        rounds = (int(heading.group(1) or heading.group(2)), number, True)
                        group.kind = "noise"
                elif group.kind in ("run", "cross"):
                    rounds = None
                if marker and date != today and _PLAN_FOR.match(clause):
                    # "plan for sunday: 32k long" (the day and its colon were marked)
                    group.kind, planning = "intent", True
                elif planning:
                    if marker and date >= today - _ONE_DAY:
                        planning = False  # "today:" or "yesterday:" after the plan
                    elif group.kind != "noise":
                        group.kind = "intent"
                elif group.kind == "intent" and (":" in clause or line.rstrip().endswith(":")):
                    planning = True
                if group.kind == "data" and marker and _PLAIN_NUMBER.fullmatch(clause):
                    group.kind = "run"  # "Tue: 8" in a week's log: the day's distance
                group.line = group.last_line = number
                last = _place(
                    groups, last, group, clause, clause_words, marker is not None, number, units
                )
    return groups


def _one_lift_each(clause: str) -> list[tuple[str, tuple[str, ...]]]:
    """Split "squat 5x5 100kg rdl 3x8 80kg" at the second lift named after some numbers.

    Each part comes with its candidate exercise words, so they are read only once.
    """
    if not clause:
        return []
    names = name_words(clause)
    hit = match_exercise(names) if len(names) >= 2 else None
    if hit is None:
        return [(clause, names)]
    words = []  # where a second lift may start
    if hit[1] and match_exercise(names[: hit[1]]) is not None:
        words.append(names[hit[1]])  # "squat 5x5 @ 100 front squat 3x5": the longer came first
    if hit[2] < len(names) and (second := match_exercise(names[hit[2] :])) is not None:
        words.append(names[hit[2] + second[1]])
    for word in words:
        for found in re.finditer(rf"(?<![a-z]){re.escape(word)}", clause):
            if _HAS_DIGIT.search(clause, 0, found.start()):
                head, tail = clause[: found.start()].strip(), clause[found.start() :]
                if head:
                    return [(head, name_words(head)), *_one_lift_each(tail)]
    return [(clause, names)]


# "28:30 in a turkey hat": a time opening a remark is the time of the run before it.
_LEADING_CLOCK = re.compile(
    r"\d{1,2}:\d\d(?::\d\d)?\b(?!\s*(?:/|per\b|pace|min\b|am\b|pm\b|a\.m|p\.m|avg|average|s\b))"
    r"(?!\s+(?:in\s+the\s+(?:morning|afternoon|evening|night)|start|wake|alarm|o'?clock)\b)"
)
# "5 @ 7:30 avg": a distance in the runner's unit at a pace.
_PACED_FIGURE = re.compile(r"\d{1,2}(?:\.\d+)?\s*(?:@|at)\s*(?:[3-9]|1[0-5]):\d\d\b")
# "400s!", "mile reps x4": a session of reps named by their length.
_REP_NAMES = frozenset({"200s", "300s", "400s", "600s", "800s", "1000s", "1200s", "1ks"})
_NAMED_REPS = re.compile(r"\b(?:mile|km|k)\s+(?:reps|repeats)\b")
# "10 x 1 min on": timed reps of running (a lift would name its exercise).
_TIMED_REPS = re.compile(
    r"\d{1,2}\s*x\s*\d+(?:\.\d+)?\s*(?:min|mins|minutes|'|sec|secs|s|\")\s*(?:on|off)\b"
)
# "Easy double: 6 + 4": two runs, both of the kind named.
_TYPED_DOUBLE = re.compile(r"\b\w+\s+(?:double|doubles|two-a-day)\b")
_REP_SECONDS = re.compile(r"\d{2,3}(?:\.\d)?s?")
_FEWEST_REP_SECONDS = 30
_LONGEST_WALK_BREAK_S = 300
_LONGEST_WALK_BREAK_M = 400


def _place(
    groups: list[_Group],
    last: _Group | None,
    group: _Group,
    clause: str,
    words: frozenset[str],
    has_own_date: bool,
    number: int,
    units: Units,
) -> _Group | None:
    """Add a classified clause to the groups (joining the one before it when it continues
    it); return the group later clauses may continue."""
    fragment: RunFragment | None = None
    kind = group.kind
    if kind == "run":
        pass  # the common case: nothing to look at again
    elif kind == "noise":
        if (
            clause[0].isdigit()
            and last is not None
            and last.last_line == number
            and last.kind == "run"
            and last.date == group.date
            and (clock := _LEADING_CLOCK.match(clause))
            and clause.count(":") == clock.group().count(":")
            and not any(f.duration_s is not None for f in last.fragments)
        ):
            _join_run(last, clause, parse_run(clock.group(), units), number)
            return last
    elif (
        kind == "cross"
        and group.sport == "walk"
        and last is not None
        and last.kind == "run"
        and last.last_line == number
        and last.date == group.date
        and (
            "break" in clause
            or "rec" in clause
            or any(f.work_m is not None or f.work_s is not None for f in last.fragments)
        )
    ):
        walk = parse_cross(clause, "walk", units)
        if (walk.distance_m or 0) <= _LONGEST_WALK_BREAK_M and (
            walk.duration_s or 0
        ) <= _LONGEST_WALK_BREAK_S:
            # "6 x 3 min, 2 min walk": the recoveries between the reps.
            last.texts.append(clause)
            last.last_line = number
            return last
    if group.kind == "data" and _EFFORT_WORDS.search(clause):
        # "RIR 3" at the end of a line rates the lift before it, whatever came between;
        # "2 RIR on all" rates every lift.
        lifts = [g for g in groups if g.kind == "lift"]
        if lifts:
            for lift in lifts if _ALL_SETS.search(clause) else lifts[-1:]:
                lift.texts.append(clause)
            return last
    if group.kind == "data" and last is not None and has_own_date and group.date != last.date:
        # "9 miles yesterday, 7 today": a new day starts a new session of that kind.
        if last.kind == "run":
            group.kind = "run"
    elif (
        group.kind == "data"
        and last is not None
        and last.kind == "intent"
        and last.last_line == number
        and last.date == group.date
    ):
        # "Race day tomorrow! 21.1k": the figures belong to the plan before them.
        last.texts.append(clause)
        return last
    elif group.kind == "data" and last is not None and _continues(last, group, clause, units):
        if last.kind != "run" or _is_rep_time(last, clause):
            # "8 x 400m: 78, 77, 76": the seconds each rep took.
            last.texts.append(clause)
            last.last_line = number
            return last
        fragment = parse_run(clause, units, words)
        if (
            last.last_line == number
            and (fragment.run_type is not None or fragment.work_s is not None)
            and _easy_around_reps(last, fragment)
        ) or _fits(last, fragment):
            _join_run(last, clause, fragment, number)
            return last
        group.kind = "run"  # "3mi @ 8:00, 1mi @ 7:30": a second run
        if fragment.run_type is None and (double := _TYPED_DOUBLE.search(last.texts[0])):
            # "Easy double: 6 + 4": both runs were easy.
            fragment.run_type, fragment.type_rank = run_type_of(double.group())
    if group.kind == "data" and (
        _MEASURE.search(clause)
        or (("@" in clause or " at " in clause) and _PACED_FIGURE.match(clause))
        or not _REP_NAMES.isdisjoint(words)
        or ("rep" in clause and _NAMED_REPS.search(clause))
        or (" o" in clause and _TIMED_REPS.match(clause))
    ):
        group.kind = "run"  # "5 @ 7:30 avg", "400s!", "mile reps x4"
    if group.kind == "run":
        fragment = parse_run(clause, units, words) if fragment is None else fragment
        if (
            last is not None
            and last.kind == "run"
            and last.date == group.date
            and (
                (
                    last.last_line == number
                    and (_easy_around_reps(last, fragment) or _more_reps(last, fragment))
                )
                or _fits(last, fragment)
            )
        ):
            _join_run(last, clause, fragment, number)
            return last
        if fragment.point and (run := _run_on_line(groups, group.date, number)) is not None:
            # "Marathon done, walked a bit after 32k": a point along the run before.
            _join_run(run, clause, fragment, number)
            return last
        group.fragments.append(fragment)
    groups.append(group)
    return last if group.kind == "noise" else group


def _is_rep_time(run: _Group, clause: str) -> bool:
    """Whether a lone figure after reps is a rep's time in seconds: too far to be the run."""
    return (
        clause[0].isdigit()
        and _REP_SECONDS.fullmatch(clause) is not None
        and float(clause.rstrip("s")) >= _FEWEST_REP_SECONDS
        and any(f.work_m is not None for f in run.fragments)
        and all(f.distance_m is None for f in run.fragments)
    )


def _run_on_line(groups: list[_Group], date: dt.date, number: int) -> _Group | None:
    """The last run of that day named on that line, if any."""
    for group in reversed(groups):
        if group.last_line < number:
            return None
        if group.kind == "run" and group.date == date:
            return group
    return None


def _more_reps(run: _Group, new: RunFragment) -> bool:
    """ "3x1600 + 4x200" on one line: a second block of reps in the same session."""
    return (
        new.work_m is not None
        and new.distance_m is None
        and all(f.distance_m is None for f in run.fragments)
        and any(f.work_m is not None for f in run.fragments)
    )


def _is_easy_distance(fragment: RunFragment) -> bool:
    return (
        fragment.run_type == "easy"
        and fragment.distance_m is not None
        and fragment.work_m is None
        and fragment.duration_s is None
        and not fragment.total_given
    )


def _as_warmup(fragment: RunFragment) -> None:
    fragment.extra_m += fragment.distance_m or 0.0
    fragment.distance_m = None
    fragment.run_type, fragment.type_rank = None, 99
    fragment.only_warmup = True


_WORKOUT_TYPES = ("tempo", "intervals")


def _is_paced_workout(fragment: RunFragment) -> bool:
    """ "6 @ HMP": a distance run at a workout's pace."""
    return (
        fragment.paced_stretch
        and fragment.distance_m is not None
        and fragment.run_type in _WORKOUT_TYPES
        and not fragment.subpart
    )


def _is_timed_block(fragment: RunFragment) -> bool:
    """ "20' T": a stretch of time at a workout's effort."""
    return (
        fragment.duration_s is not None
        and fragment.distance_m is None
        and fragment.work_m is None
        and fragment.run_type in _WORKOUT_TYPES
        and not fragment.subpart
        and not fragment.addon
    )


def _is_workout(fragment: RunFragment) -> bool:
    """Reps, a paced stretch or a timed block: what easy running on either side warms up for."""
    if fragment.addon:
        return False
    if fragment.work_m is not None or _is_paced_workout(fragment):
        return True
    return (
        fragment.work_s is not None
        and fragment.distance_m is None
        and fragment.run_type in _WORKOUT_TYPES
    )


def _easy_around_reps(run: _Group, new: RunFragment) -> bool:
    """ "2E + 5x1k + 2E", "E 3, 6 @ HMP, E 1" or "3E + 20' T + 2E" on one line: the easy
    running either side of the workout is the warm-up and cool-down of one session (turned
    into such when it is)."""
    if any(f.distance_m is not None or f.total_given for f in run.fragments):
        if _is_easy_distance(new) and any(_is_paced_workout(f) for f in run.fragments):
            if any(f.work_m is not None or f.total_given for f in run.fragments):
                return False
            _as_warmup(new)  # "E 3, 6 @ HMP, E 1": the cool-down
            return True
        easy = [f.distance_m for f in run.fragments if f.distance_m is not None]
        if not all(_is_easy_distance(f) for f in run.fragments if f.distance_m is not None):
            return False
        if any(f.work_m is not None or f.total_given for f in run.fragments):
            return False
        if new.total_given or new.addon:
            return False
        timed = _is_timed_block(new)
        if (
            (new.distance_m is not None or not _is_workout(new))
            and not timed
            and not (
                # "10k easy, 3k at MP" is a stretch of the run; "E 3, 6 @ HMP" its warm-up.
                _is_paced_workout(new) and (new.distance_m or 0.0) > max(easy, default=0.0)
            )
        ):
            return False
        if timed:
            # The block's time is the workout's, not the whole run's.
            new.work_s, new.duration_s = new.duration_s, None
        for fragment in run.fragments:
            if fragment.distance_m is not None:
                _as_warmup(fragment)
        return True
    if _is_easy_distance(new) and any(_is_workout(f) for f in run.fragments):
        _as_warmup(new)
        return True
    return False


def _join_run(run: _Group, clause: str, fragment: RunFragment, number: int) -> None:
    run.texts.append(clause)
    run.fragments.append(fragment)
    run.last_line = number


def _continues(last: _Group, group: _Group, clause: str, units: Units) -> bool:
    """Whether a clause of bare numbers belongs to the lift, run or ride before it."""
    if last.kind not in ("lift", "run", "cross"):
        return False
    if last.kind == "lift" and _MEASURE.search(clause) and not _LIFT_NOTATION.search(clause):
        return False
    if last.date != group.date:
        return False
    if last.kind == "lift":
        # A lift's sets may run down the following lines: "Back squat\n60 x 5\n80 x 5".
        return group.line <= last.last_line + 1
    if last.line == group.line or not any(_HAS_DIGIT.search(t) for t in last.texts):
        return True
    # A watch or app summary gives one figure a line ("Distance 12.01 km\nTime 1:04:33"):
    # the next line's figure belongs to the session while it fills what is still missing.
    return group.line <= last.last_line + 1 and _fills_gap(last, clause, units)


def _fills_gap(last: _Group, clause: str, units: Units) -> bool:
    if _LIFT_NOTATION.search(clause):
        return False
    if last.kind == "cross":
        before = parse_cross(" , ".join(last.texts), last.sport or "other", units)
        new = parse_cross(clause, last.sport or "other", units)
        return (new.duration_s is None or before.duration_s is None) and (
            new.distance_m is None or before.distance_m is None
        )
    fragment = parse_run(clause, units)
    has_distance = any(f.distance_m is not None or f.work_m is not None for f in last.fragments)
    has_duration = any(f.duration_s is not None for f in last.fragments)
    new_distance = fragment.distance_m is not None or fragment.work_m is not None
    if not new_distance and fragment.duration_s is None:
        return False
    return not (new_distance and has_distance) and not (
        fragment.duration_s is not None and has_duration
    )


_SAME_DISTANCE = 0.05  # GPS and rounding: "10.2km ... my watch says 10k" is one run


def _fits(group: _Group, new: RunFragment) -> bool:
    """Whether a run clause continues the run before it rather than starting another (a
    stretch of it at a pace is marked as such)."""
    if new.only_warmup or new.subpart or new.addon:
        return True
    if any(f.only_warmup or f.addon for f in group.fragments):
        return True
    if new.total_given and not any(f.total_given for f in group.fragments):
        return True  # "6x800m, 9k total": the whole session's distance
    distances = [f.distance_m for f in group.fragments if f.distance_m is not None]
    has_distance = bool(distances) or any(f.work_m is not None for f in group.fragments)
    has_duration = any(f.duration_s is not None for f in group.fragments)
    new_distance = new.distance_m is not None or new.work_m is not None
    if (
        new.paced_stretch
        and new.distance_m is not None
        and distances
        and new.distance_m < min(distances)
        and new.duration_s is None
        and not has_duration
        and all(f.pace_s_per_m is None for f in group.fragments)
    ):
        new.subpart = True  # "8 mi, 4 @ HMP": a stretch of the run at that pace
        return True
    if has_distance and new_distance:
        # The same distance named twice ("13.1 in 1:52 ... new half PR") is one run.
        return new.distance_m is not None and any(
            abs(d - new.distance_m) <= _SAME_DISTANCE * d for d in distances
        )
    return not (has_duration and new.duration_s is not None and new_distance)


_SHORTEST_LONG_RUN_S = 20 * 60
_FASTEST_BELIEVABLE = 6.5  # m/s; quicker than this a clock time must mean something else
_SAME_PACE_CLOCK = 0.3  # a bare "m:ss" this close to the pace per unit is another pace
_SAME_PACE = 0.02  # paces further apart than this are a progression, not one pace
_SPLIT_SPREAD = 1.5  # the slowest of a list of splits within this factor of the fastest
_HALVES = re.compile(r"\bhal(?:f|ves)\b")


def _read_clock(
    distance: float, clock_s: float, after_in: bool, pace: float | None, unit_m: float
) -> tuple[float | None, float | None]:
    """Read a bare "m:ss" next to a distance: a time, or h:mm ("32km in 2:58"), or a pace
    ("6 mi 7:45") when taking it as minutes and seconds would beat the world record."""
    if clock_s <= 0 or distance / clock_s <= _FASTEST_BELIEVABLE:
        return clock_s, pace
    as_hours = clock_s * 60
    if pace is not None and abs(clock_s - pace * unit_m) <= _SAME_PACE_CLOCK * pace * unit_m:
        return None, None  # "12 km, 5:30 -> 4:30/km": a second pace, so no single one
    if after_in or pace is not None or clock_s >= 20 * 60:
        return as_hours, pace
    if unit_m / clock_s <= _FASTEST_BELIEVABLE:
        return None, clock_s / unit_m
    return as_hours, pace


def _split_total(
    clocks: tuple[float, ...], distance: float | None, unit_m: float, texts: list[str]
) -> float | None:
    """The run's time from a list of splits: their sum when there is one a mile or kilometre
    ("5 mi - 8:12, 8:05, 7:58, 7:49, 7:41") or one a half; else none (laps, some splits)."""
    if distance is not None:
        units_run = distance / unit_m
        if abs(units_run - len(clocks)) < 0.05 and unit_m / max(clocks) < _FASTEST_BELIEVABLE:
            return sum(clocks)
        if len(clocks) == 2 and any(_HALVES.search(text) for text in texts):
            return sum(clocks)  # "15k: 38:10 / 36:55 for each half"
    return None


def _run_entry(group: _Group, units: Units) -> Entry:
    fragments = group.fragments
    if len(fragments) == 1:
        main = fragments  # the common case, without the passes below
        whole = fragments[0].subpart
    else:
        main = [f for f in fragments if not f.addon] or fragments
        # "Last long run of the year: 25km": a detail with no run before it is the run itself.
        whole = all(f.subpart for f in main) or (
            # "first 5k without walking, 34:12": a detail that opens the message and the times
            # after it (which name no distance) are the run itself.
            main[0].subpart
            and all(f.subpart or (f.distance_m is None and f.work_m is None) for f in main)
        )
    distance: float | None = None
    work: float | None = None
    duration: float | None = None
    work_s: float | None = None
    pace: float | None = None
    extra = 0.0
    total_given = False
    clock_only = clock_after_in = False
    clocks: tuple[float, ...] = ()
    mixed_paces = False
    unit_m = M_PER_MILE if units == "imperial" else M_PER_KM
    best_rank, run_type = 99, None
    for fragment in main:
        if fragment.type_rank < best_rank:
            best_rank, run_type = fragment.type_rank, fragment.run_type
    point: float | None = None
    stated: float | None = None  # the first distance given with the word "total"
    for fragment in main:
        extra += fragment.extra_m
        total_given = total_given or fragment.total_given
        if fragment.stated_total and stated is None:
            stated = fragment.distance_m
        if fragment.subpart and not whole:
            if fragment.point and point is None:
                point = fragment.distance_m
            continue
        if fragment.distance_m is not None and distance is None:
            distance = fragment.distance_m
        if fragment.work_m is not None:
            work = (work or 0.0) + fragment.work_m
        if fragment.duration_s is not None and duration is None:
            duration = fragment.duration_s
            clock_only, clock_after_in = fragment.clock_only, fragment.clock_after_in
        if fragment.distance_unit_m in (M_PER_KM, M_PER_MILE) and fragment.distance_m:
            unit_m = fragment.distance_unit_m or unit_m
        if fragment.work_s is not None:
            work_s = (work_s or 0.0) + fragment.work_s
        if fragment.pace_s_per_m is not None:
            if pace is None:
                pace = fragment.pace_s_per_m
            elif abs(fragment.pace_s_per_m - pace) > _SAME_PACE * pace:
                mixed_paces = True
        if fragment.clock_only and fragment.duration_s is not None:
            clocks += fragment.clocks or (fragment.duration_s,)
    if mixed_paces:
        pace = None  # "started at 5:10/km and finished at 4:20": no one pace
    if distance is None and work is None and point is not None:
        distance = point  # "Couldn't finish the tempo, stopped at 5k": how far it went
    if stated is not None:
        # "6 mi with 3x2 mi ... 10 mi total": the total the runner wrote wins.
        distance, total_given = stated, True
    if clock_only and len(clocks) > 1:
        if work is not None or work_s is not None:
            duration, clock_only = None, False  # "6x800m - 2:51, 2:50, ...": rep times
        elif max(clocks) <= _SPLIT_SPREAD * min(clocks):
            total = _split_total(clocks, distance, unit_m, group.texts)
            if total is not None or len(clocks) > 2:
                # Two times may be the same run twice ("moving 50:05, elapsed 52:10").
                duration, clock_only = total, False
    if distance is not None and duration is not None and clock_only:
        duration, pace = _read_clock(distance, duration, clock_after_in, pace, unit_m)
    elif (
        distance is None
        and clock_only
        and run_type == "long"
        and duration is not None
        and duration < _SHORTEST_LONG_RUN_S
    ):
        duration *= 60  # "long run 1:45" is an hour and three quarters
    if run_type is None and group.fragments[0].addon and all(f.run_type is None for f in main):
        # "Hill sprints 10 x 10s, 6 km total": the sprints were the session, not an add-on.
        run_type = group.fragments[0].run_type
    if distance is not None:
        # A pace gives the time only for a plain run: warm-ups and reps run at other paces.
        plain = work is None and work_s is None and not extra
        if pace is not None and duration is None and plain:
            duration = round(distance * pace)
        # A stated distance beside reps ("8 mi with 6x800") is the whole run already.
        distance = distance if total_given else distance + extra
    elif work is not None:
        distance = work + extra
        if clock_only and duration and work / duration > _FASTEST_BELIEVABLE:
            duration = None  # "6x800m, 2:51": the time of a rep
    elif extra:
        distance = extra
    if distance is None and duration is None and work_s is not None:
        duration = work_s
    if distance is None and duration is None:
        raise _Unresolved(
            "I could tell you ran, but not how far or for how long.",
            "How far or how long was the run?",
        )
    return Entry(
        kind="run",
        date=group.date,
        distance_m=round_distance(distance) if distance is not None else None,
        duration_s=float(round(duration)) if duration is not None else None,
        run_type=_as_run_type(run_type),
    )


def _as_run_type(value: str | None) -> RunType | None:
    if value == "easy":
        return "easy"
    if value == "tempo":
        return "tempo"
    if value == "intervals":
        return "intervals"
    if value == "long":
        return "long"
    if value == "race":
        return "race"
    return None


def _strip_words(text: str, words: tuple[str, ...]) -> str:
    for word in words:
        text = _whole_word(word).sub(" ", text, count=1)
    return text


@lru_cache(maxsize=1024)
def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b")


def _lift_entries(group: _Group, units: Units) -> list[Entry]:
    texts = group.texts
    # "bench 3x5, close grip 3x8": a later clause naming a variant is read on its own.
    parts = (
        None
        if len(texts) == 1
        else split_variants(texts, group.exercise or "", group.exercise_words)
    )
    if parts is None:
        parts = [(group.exercise or "", group.exercise_words, texts)]
    entries: list[Entry] = []
    for slug, words, part in parts:
        text = _strip_words(part[0] if len(part) == 1 else " , ".join(part), words)
        data = parse_lift_data(text, slug, units)
        if data is None:
            name = slug.replace("_", " ")
            raise _Unresolved(
                f"I saw {name} but no sets or reps to log.",
                f"How many sets and reps of {name} did you do?",
            )
        for g in data.groups:
            entries.append(
                Entry(
                    kind="lift",
                    date=group.date,
                    exercise=slug,
                    sets=g.sets,
                    reps=g.reps,
                    load_kg=g.load_kg,
                    per_side=data.per_side,
                    duration_s=g.duration_s,
                    rir=g.rir if g.rir is not None else data.rir,
                )
            )
    return entries


def _cross_entry(group: _Group, units: Units) -> Entry:
    sport = group.sport or "other"
    data = parse_cross(" , ".join(group.texts), sport, units)
    if data.distance_m is None and data.duration_s is None:
        raise _Unresolved(
            f"I saw {sport.replace('_', ' ')} but not how long or how far.",
            f"How long was the {sport.replace('_', ' ')} session?",
        )
    return Entry(
        kind="cross",
        date=group.date,
        sport=sport,
        distance_m=round_distance(data.distance_m) if data.distance_m is not None else None,
        duration_s=float(round(data.duration_s)) if data.duration_s is not None else None,
    )


def _one_rest_a_day(entries: list[Entry]) -> list[Entry]:
    """ "Recovery day, no running" names one rest day twice."""
    seen: set[dt.date] = set()
    kept = []
    for entry in entries:
        if entry.kind == "rest":
            if entry.date in seen:
                continue
            seen.add(entry.date)
        kept.append(entry)
    return kept


def _pretty(clause: str) -> str:
    return _SPACES.sub(" ", _QUESTION_X.sub(" × ", clause)).strip()


def parse_log_message(text: str, *, today: dt.date, units: Units) -> ParseResult:
    """Read a training log message into entries, or say why nothing can be logged."""
    try:
        return _parse(text, today, units)
    except Exception:  # a chat message must never crash the bot; say so instead
        return ParseResult(error="I couldn't make sense of that message, so nothing was logged.")


def parse_strict(text: str, *, today: dt.date, units: Units) -> ParseResult:
    """Like `parse_log_message`, but lets an internal failure raise (for tests)."""
    return _parse(text, today, units)


def _parse(text: str, today: dt.date, units: Units) -> ParseResult:
    if not isinstance(text, str) or not text.strip():
        return ParseResult(error="The message is empty.")
    if len(text) > MAX_MESSAGE_CHARS:
        return ParseResult(error="That message is too long to read as one training log.")
    lowered, words = _normalize(text)
    if not lowered.isascii() and _CROSSED_OUT.search(lowered):
        # "❌ 10 mi tempo, skipped": a plan's crossed-out line is a session that did not happen.
        lowered = _CROSSED_OUT.sub("", lowered)
        if not lowered.strip():
            return ParseResult(
                error="That's marked as not done, so nothing was logged. Tell me what you did "
                "instead."
            )
    if "\n" in lowered and (
        "week" in lowered or "month" in lowered or "mileage" in lowered or "total" in lowered
    ):
        kept = _without_summary_lines(lowered)
        if kept is not lowered:
            lowered, words = kept, letter_runs(kept)
    if lowered.count("\n") >= 2:
        labelled = _label_day_letters(lowered)
        if labelled is not lowered:
            lowered, words = labelled, letter_runs(labelled)
    refusal = _not_a_log(lowered, words)
    if refusal is not None:
        return refusal
    lines = _dated_lines(lowered, words, today, units)
    if isinstance(lines, ParseResult):
        return lines

    groups = _group_clauses(lines, words, today, units)
    entries: list[Entry] = []
    missing: list[_Unresolved] = []
    orphans: list[str] = []
    rest_days = False
    for group in groups:
        try:
            if group.kind == "lift":
                entries.extend(_lift_entries(group, units))
            elif group.kind == "run":
                entries.append(_run_entry(group, units))
            elif group.kind == "cross":
                entries.append(_cross_entry(group, units))
            elif group.kind == "rest":
                entries.append(Entry(kind="rest", date=group.date))
                rest_days = True
            elif group.kind == "data":
                orphans.append(group.texts[0])
        except _Unresolved as unresolved:
            missing.append(unresolved)

    if orphans:
        return _ask_about(orphans[0])
    if not entries:
        return _nothing_logged(lowered, groups, missing)
    if rest_days:
        entries = _one_rest_a_day(entries)
    for entry in entries:
        problem = check_entry(entry, today)
        if problem is not None:
            return ParseResult(error=problem[0], question=problem[1], rejected=tuple(entries))
    return ParseResult(entries=tuple(entries))


def _label_day_letters(lowered: str) -> str:
    """Spell out a week's day letters ("T" after "W" is Thursday, "S" after "Sa" Sunday)."""
    lines = lowered.split("\n")
    matches = [_BARE_DAY_LETTER.match(line) for line in lines]
    if sum(1 for match in matches if match) < 3:
        return lowered  # the same object: nothing to read again
    previous = -1
    for number, match in enumerate(matches):
        if match is None:
            continue
        choices = _DAY_LETTERS[match.group(1)]
        day = next((choice for choice in choices if choice > previous), choices[0])
        lines[number] = f"{_DAY_LABELS[day]}: {lines[number][match.end() :]}"
        previous = day
    return "\n".join(lines)


def _without_summary_lines(lowered: str) -> str:
    """A week's log without its heading and total lines (the text itself when it is not one)."""
    lines = lowered.splitlines()
    if sum(1 for line in lines if _DAY_LABEL.match(line)) < 2:
        return lowered
    kept = [
        line
        for line in lines
        if _DAY_LABEL.match(line) or not (_SUMMARY.search(line) or _TOTAL_LINE.match(line))
    ]
    return "\n".join(kept) if len(kept) < len(lines) else lowered


def _not_a_log(lowered: str, words: frozenset[str]) -> ParseResult | None:
    """Questions, greetings, records and weekly totals: never logged, whatever numbers."""
    if asks(lowered, words):
        return ParseResult(error="That reads like a question, so nothing was logged.")
    if is_greeting(lowered):
        return ParseResult(error="That doesn't look like a training log.")
    if (
        not _RECORD_WORDS.isdisjoint(words)
        and (
            " is " in lowered
            or " was " in lowered
            or "=" in lowered
            or " of " in lowered
            or " stands " in lowered
            or " sits " in lowered
        )
        and _RECORD_STATEMENT.search(lowered)
    ) or (
        ("last" in lowered or " 19" in lowered or " 20" in lowered) and _LONG_AGO.search(lowered)
    ):
        return ParseResult(
            error="That sounds like a best or a record rather than today's session, so nothing "
            "was logged."
        )
    if lowered.startswith(_SOMEONE_ELSE_STARTS) and _SOMEONE_ELSE.match(lowered):
        return ParseResult(
            error="That sounds like someone else's session rather than yours, so nothing was "
            "logged."
        )
    if not _HABIT_CUES.isdisjoint(words) and _HABIT.search(lowered):
        return ParseResult(
            error="That sounds like a fact about your running rather than a session, so "
            "nothing was logged."
        )
    if ("for" in words or "until" in words or "till" in words) and _LAYOFF.search(lowered):
        return ParseResult(
            error="That sounds like a break from training rather than a session, so nothing "
            "was logged."
        )
    if ":" in lowered and _GOALS_HEADING.match(lowered):
        return ParseResult(error=_PLAN_ERROR)
    if "luck" in lowered and _LUCK.search(lowered):
        return ParseResult(error=_PLAN_ERROR)  # "5k attempt Saturday, wish me luck": still ahead
    if "pace" in lowered and _PACE_FACT.search(lowered):
        return ParseResult(
            error="That sounds like a fact about your running rather than a session, so "
            "nothing was logged."
        )
    if (
        "week" in lowered or "month" in lowered or "mileage" in lowered or "total" in lowered
    ) and _SUMMARY.search(lowered):
        return ParseResult(
            error="That sounds like a total for a longer stretch, so nothing was logged. "
            "Send each session on its own."
        )
    return None


def _dated_lines(
    lowered: str, words: frozenset[str], today: dt.date, units: Units
) -> list[tuple[str, dt.date, tuple[dt.date, ...]]] | ParseResult:
    """Each line with its date phrases marked, the date it defaults to and the dates it names.

    A line without a date takes the last date named above it, or the first date named anywhere
    in the message ("ran 5k\nyesterday"), or today.
    """
    raws = lowered.splitlines()
    named = may_name_date(lowered, words)
    # Only a "Th:"-style label could still give a line its day.
    if not named and (
        (":" not in lowered and "-" not in lowered)
        or not any(starts_with_day_letter(raw) for raw in raws)
    ):
        return [(raw, today, ()) for raw in raws]
    # A line that is the whole text was just found to hold a date's cue.
    cued = named and len(raws) == 1
    found_lines = []
    current = None  # the first date named
    for raw in raws:
        found = find_date(raw, today, units, cued=cued)
        if found.problem:
            return ParseResult(error=found.problem, question="Which day was it?")
        if current is None and found.dates:
            current = found.dates[0]
        found_lines.append(found)
    current = current or today
    lines = []
    for found in found_lines:
        if found.dates:
            current = found.dates[0]
        lines.append((found.text, current, found.dates))
    return lines


def _ask_about(orphan: str) -> ParseResult:
    pretty = _pretty(orphan)
    if _LIFT_NOTATION.search(orphan):
        return ParseResult(
            error=f"I see {pretty} but not which exercise it was, so nothing was logged.",
            question=f"Which lift was {pretty}?",
        )
    return ParseResult(
        error=f"I see {pretty} but not what it was, so nothing was logged.",
        question=f"What was {pretty}: a run, a lift or something else?",
    )


def _nothing_logged(lowered: str, groups: list[_Group], missing: list[_Unresolved]) -> ParseResult:
    if any(group.kind == "intent" for group in groups):
        return ParseResult(error=_PLAN_ERROR)
    if missing:
        return ParseResult(error=missing[0].error, question=missing[0].question)
    if mentions_feeling(lowered):
        return ParseResult(
            error="That sounds like how you feel rather than a session, so nothing was logged."
        )
    return ParseResult(error="I couldn't find a run, a lift or a rest day in that message.")
