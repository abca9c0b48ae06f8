"""Finding the session's date in a line of text, resolved against the caller's `today`."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from core.entries import Units
from core.parser.keywords import letter_runs

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_WEEKDAY_WORD = (
    r"(?:mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)"
)
_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_LETTER_DAYS = {"m": 0, "mo": 0, "t": 1, "tu": 1, "w": 2, "we": 2, "th": 3, "r": 3, "f": 4,
                "fr": 4, "sa": 5, "su": 6}  # fmt: skip
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1}

# How every weekday and month word begins.
_WEEKDAY_START = "mon|tue|wed|thu|fri|sat|sun"
_MONTH_START = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"

# Each form is tried only where one of its first words can stand (the lookahead before it): a
# cheap test that spares the longer alternatives at each phrase start.
_DATE_PATTERN = re.compile(
    rf"(?=\d)(?P<iso>\b(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})\b)"
    rf"|(?=\d|{_WEEKDAY_START})(?P<full>(?:\b(?P<fw>{_WEEKDAY_WORD})\.?,?\s+)?"
    rf"\b(?P<fa>\d{{1,2}})[/.](?P<fb>\d{{1,2}})[/.](?P<fy>\d{{4}}|\d{{2}})\b(?![/.]\d))"
    rf"|(?={_WEEKDAY_START}|on\s|date)"
    rf"(?P<short>(?:\b(?P<sw>{_WEEKDAY_WORD})\.?,?\s+|\bon\s+|\bdate:?\s*)"
    rf"(?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})\b(?![/.\d]))"
    # "Fr 17.7.:", "Wed 15.07.": day.month. with its closing dot after the day heading a line
    # (without the day, "10.5." could be a distance ending a sentence).
    rf"|(?P<dot>^\s*(?:{_WEEKDAY_WORD}|mo|tu|di|we|mi|th|do|fr|sa|so|su)\.?,?\s+"
    r"(?P<da>\d{1,2})\.(?P<db>\d{1,2})\.(?![\d.]))"
    # "19.11 - 12k long": a dotted day.month heading a line before a session's own figures
    # (a distance alone there, "10.5 - 52:10", stays a distance).
    r"|(?P<lead>^\s*(?P<la>\d{1,2})(?:/(?P<lb>\d{1,2})\s*(?::|-\s|\s-|\s+(?=[a-z\d]))"
    r"|\.(?P<dlb>\d{1,2})\.?\s*(?::|-)\s+(?=[^\n]*\d\s*(?:(?:k|km|mi|miles?|m)\b|x\s*\d))))"
    rf"|(?=\d|{_WEEKDAY_START})(?P<dm>(?:\b{_WEEKDAY_WORD}\.?,?\s+)?"
    rf"\b(?P<dmd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<dmm>{_MONTH_WORD})\b\.?(?:,?\s+(?P<dmy>\d{{4}}))?)"
    rf"|(?={_WEEKDAY_START}|{_MONTH_START})(?P<md>(?:\b{_WEEKDAY_WORD}\.?,?\s+)?"
    rf"\b(?P<mdm>{_MONTH_WORD})\.?\s+(?P<mdd>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?\b(?!\s*(?:k|km|mi|miles?|x|kg|lbs?|min)\b)(?:,?\s+(?P<mdy>\d{{4}}))?)"
    rf"|(?={_WEEKDAY_START})(?P<wo>\b(?P<wow>{_WEEKDAY_WORD})\.?,?\s+"
    rf"(?:the\s+)?(?P<wod>\d{{1,2}})(?:st|nd|rd|th)\b)"
    r"|(?P<letter>^\s*(?P<ld>m|mo|t|tu|w|we|th|r|f|fr|sa|su)\s*(?::|-\s))"
    r"|(?=the\s|day\s)(?P<dby>\b(?:the\s+)?day\s+before\s+yesterday\b)"
    r"|(?=\d|one\s|two\s|three\s|four\s|five\s|six\s|a\s)"
    r"(?P<ago>\b(?P<agon>\d+|one|two|three|four|five|six|a)\s+days?\s+ago\b)"
    r"|(?=y|last\s)(?P<yday>\b(?:(?:yesterday'?s?|yday|yest|ystrdy)"
    r"(?:\s+(?:morning|afternoon|evening|night|am|pm)\b)?|last\s+night'?s?|last\s+evening'?s?)\b)"
    r"|(?=to|this\s|earlier\s)(?P<today>\b(?:today'?s?|this\s+(?:morning|afternoon|evening|am|pm)"
    r"|tonight|earlier\s+today|this\s+a\.m\.)\b)"
    rf"|(?={_WEEKDAY_START}|last\s|this\s|past\s|on\s|next\s|coming\s)"
    rf"(?P<wd>(?:\b(?P<wdq>last|this\s+past|past|on|next|this\s+coming|coming|this)\s+)?"
    rf"\b(?P<wdn>{_WEEKDAY_WORD})(?:\b|(?=s\b))"
    r"(?P<wdtail>'?s?\s*(?:morning|afternoon|evening|night|am|pm)?\s*:?))"
)


# Stands in for a date phrase so each clause can find its own date; a private-use character,
# removed from incoming text, so no message can contain it.
MARKER = "\ue000"


class DateFound(NamedTuple):  # a tuple: one is built per line, and tuples build fastest
    """The dates a line names, in order, and the line with each phrase replaced by a marker.

    The marker for `dates[i]` is MARKER, i, MARKER; phrases that only give context ("sore after
    yesterday's run") are blanked without a date.
    """

    dates: tuple[dt.date, ...]
    text: str
    problem: str | None = None

    @property
    def date(self) -> dt.date | None:
        return self.dates[0] if self.dates else None


# A short-year date further back than this is a list of reps ("12/10/10"), not a day.
_REPS_NOT_DATE = dt.timedelta(days=400)
_NOT_A_DATE = dt.date.min


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_NEAR_FUTURE_DAYS = 14


def _nearest_year(month: int, day: int, today: dt.date) -> dt.date | None:
    """The most recent such day; a day just ahead this year stays ahead (and is refused as a
    future date) rather than being read as almost a year ago."""
    this_year = _safe_date(today.year, month, day)
    if this_year is not None and this_year <= today + dt.timedelta(days=_NEAR_FUTURE_DAYS):
        return this_year
    for year in (today.year - 1, today.year - 2):
        candidate = _safe_date(year, month, day)
        if candidate is not None:
            return candidate
    return None


def _weekday_index(word: str) -> int:
    return _WEEKDAYS[word[:3]]


def _most_recent_weekday(index: int, today: dt.date, *, strictly_before: bool) -> dt.date:
    back = (today.weekday() - index) % 7
    if back == 0 and strictly_before:
        back = 7
    return today - dt.timedelta(days=back)


def _numeric_day_month(
    a: int, b: int, year: int | None, weekday: str | None, today: dt.date, units: Units
) -> dt.date | None:
    """Resolve a/b as day/month or month/day: impossible readings lose, then the weekday
    named beside it, then the user's convention (day first for metric)."""
    readings: list[dt.date] = []
    for month, day in ((b, a), (a, b)) if units == "metric" else ((a, b), (b, a)):
        if year is not None:
            candidate = _safe_date(year, month, day)
        else:
            candidate = _nearest_year(month, day, today)
        if candidate is not None and candidate not in readings:
            readings.append(candidate)
    if not readings:
        return None
    if weekday is not None:
        for candidate in readings:
            if candidate.weekday() == _weekday_index(weekday):
                return candidate
    return readings[0]


def _weekday_and_day(weekday: int, day: int, today: dt.date) -> dt.date | None:
    """ "Sat 14th": the most recent 14th that fell on a Saturday (within a year), else the
    most recent 14th."""
    first: dt.date | None = None
    year, month = today.year, today.month
    for _ in range(13):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= today:
            if candidate.weekday() == weekday:
                return candidate
            first = first or candidate
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return first


def _full_year(text: str) -> int:
    value = int(text)
    return value + 2000 if value < 100 else value


def _resolve(match: re.Match[str], today: dt.date, units: Units) -> dt.date | None:
    kind = match.lastgroup
    g = match.group
    if kind == "iso":
        return _safe_date(int(g("iy")), int(g("im")), int(g("id")))
    if kind == "full":
        found = _numeric_day_month(
            int(g("fa")), int(g("fb")), _full_year(g("fy")), g("fw"), today, units
        )
        if len(g("fy")) == 2 and (
            (found is None and min(int(g("fa")), int(g("fb"))) > 12)
            or (found is not None and found < today - _REPS_NOT_DATE)
        ):
            return _NOT_A_DATE  # "push ups 25/20/18", "12/10/10": reps, not a day
        return found
    if kind == "short":
        return _numeric_day_month(int(g("sa")), int(g("sb")), None, g("sw"), today, units)
    if kind == "dot":
        # Dotted dates are written day first whatever the user's units.
        return _numeric_day_month(int(g("da")), int(g("db")), None, None, today, "metric")
    if kind == "lead" and g("dlb"):
        # Dotted dates are written day first whatever the user's units.
        return _numeric_day_month(int(g("la")), int(g("dlb")), None, None, today, "metric")
    if kind == "lead":
        return _numeric_day_month(int(g("la")), int(g("lb")), None, None, today, units)
    if kind == "dm":
        month = _MONTHS[g("dmm")[:3]]
        if g("dmy"):
            return _safe_date(int(g("dmy")), month, int(g("dmd")))
        return _nearest_year(month, int(g("dmd")), today)
    if kind == "md":
        month = _MONTHS[g("mdm")[:3]]
        if g("mdy"):
            return _safe_date(int(g("mdy")), month, int(g("mdd")))
        return _nearest_year(month, int(g("mdd")), today)
    if kind == "wo":
        return _weekday_and_day(_weekday_index(g("wow")), int(g("wod")), today)
    if kind == "letter":
        # Training-log shorthand at the start of a line: "M:", "Th:", "Sa:".
        index = _LETTER_DAYS[g("ld")]
        return _most_recent_weekday(index, today, strictly_before=False)
    if kind == "dby":
        return today - dt.timedelta(days=2)
    if kind == "ago":
        raw = g("agon")
        days = _NUMBER_WORDS[raw] if raw in _NUMBER_WORDS else int(raw)
        return today - dt.timedelta(days=days)
    if kind == "yday":
        return today - dt.timedelta(days=1)
    if kind == "today":
        return today
    if kind == "wd":
        return _weekday_date(match, today)
    return None


_CLAUSE_STARTS = frozenset({"", ":", ",", ";", "/", "|", "-", "+", "&"})


def _weekday_date(match: re.Match[str], today: dt.date) -> dt.date | None:
    word = match.group("wdn")
    qualifier = match.group("wdq")
    tail = match.group("wdtail").strip()
    # "sat" and "sun" are also everyday words; only take them as days with a clear cue
    # (a qualifier, a tail, or heading a clause: "weekend: Sat 5h, Sun 3h").
    if (
        word in ("sat", "sun")
        and not qualifier
        and not tail
        and match.string[: match.start()].rstrip()[-1:] not in _CLAUSE_STARTS
    ):
        return None
    if qualifier is not None and qualifier.startswith(("next", "this coming", "coming")):
        return None  # "next Sunday": ahead, so no session's date (the words say it is a plan)
    strictly_before = qualifier is not None and qualifier.startswith(("last", "this past", "past"))
    return _most_recent_weekday(_weekday_index(word), today, strictly_before=strictly_before)


# A NamedTuple's own constructor is a Python function: building through tuple.__new__ skips
# that call.
_tuple_new = tuple.__new__


def find_date(line: str, today: dt.date, units: Units, *, cued: bool = False) -> DateFound:
    """Find the dates named in a lowercase line and mark where each one was (`cued`: the
    caller knows the line holds a date's cue, which is otherwise looked for first)."""
    if not cued and not _has_date_cue(line):
        return _tuple_new(DateFound, ((), line, None))
    dates: list[dt.date] = []
    problem: str | None = None
    pieces: list[str] = []
    last = 0
    search = (_DATE_SEARCH_ALL if "ago" in line or "yesterday" in line else _DATE_SEARCH).search
    # The forms anchored at the line's start ("Th:", "Fr 17.7.:", "19/11 -") begin with one of
    # these letters or a digit, and dotted or slashed numbers.
    head = line.lstrip()[:1]
    if head in _LINE_START_LETTERS or (head.isdigit() and ("/" in line or "." in line)):
        match = _DATE_PATTERN.match(line) or search(line, 1)
    else:
        match = search(line)
    while match is not None:
        resolved = _resolve(match, today, units)
        if resolved is _NOT_A_DATE:
            pass  # left in the text for what it is
        elif resolved is not None:
            pieces.append(line[last : match.start()])
            if _CONTEXT_ONLY.search(line, 0, match.start()):
                pieces.append(" ")
            else:
                pieces.append(f" {MARKER}{len(dates)}{MARKER} ")
                dates.append(resolved)
            last = match.end()
        elif match.lastgroup in ("iso", "full"):
            problem = problem or f"“{match.group().strip()}” is not a date I can read."
            pieces.append(line[last : match.start()])
            last = match.end()
        match = search(line, match.end())
    pieces.append(line[last:])
    return _tuple_new(DateFound, (tuple(dates), "".join(pieces), problem))


# "thursday's run" once its apostrophe is gone (the day, not every Thursday: a log is one day).
_POSSESSIVE_DAYS = ("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
                    "sundays")  # fmt: skip
# The words a date phrase can start with. Every form but those anchored at the line's start
# begins a word: one of these, a number, or "date" run into its digits ("date12/3").
_FIRST_WORDS = frozenset(
    {"on", "date", "the", "day", "a", "one", "two", "three", "four", "five", "six", "last", "this",
     "past", "next", "coming", "today", "todays", "tonight", "earlier", "yesterday", "yesterdays",
     "yday", "yest", "ystrdy", "mon", "monday", "tue", "tues", "tuesday", "wed", "weds",
     "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun",
     "sunday", *_POSSESSIVE_DAYS, "jan", "january", "feb", "february", "mar", "march", "apr",
     "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september",
     "oct", "october", "nov", "november", "dec", "december"}
)  # fmt: skip
# First words that only "N days ago" and "the day before yesterday" start: "ran a 10k" and
# "the usual loop" name no date.
_AGO_WORDS = frozenset({"a", "one", "two", "three", "four", "five", "six"})
_BEFORE_YESTERDAY_WORDS = frozenset({"the", "day"})
_LINE_START_LETTERS = frozenset("mtdwfsr")
# What follows a number that starts a date: "2024-03-02", "3/11/24", "12 march", "3 days ago".
_NUMBER_START = (
    rf"\d{{4}}-\d|\d\d?[/.]\d\d?[/.]\d|\d+(?:st|nd|rd|th)?\s+(?:(?:of\s+)?{_MONTH_WORD}\b|days?\s)"
)


def _alternation(words: frozenset[str]) -> str:
    """A pattern for any of `words` that branches one letter at a time, so a word that is
    none of them fails after a letter or two rather than once per word."""
    heads: dict[str, set[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], set()).add(word[1:])
    branches = [head + _alternation(frozenset(rests)) for head, rests in sorted(heads.items())]
    optional = "" in words and bool(branches)
    if len(branches) != 1:
        pattern = f"(?:{'|'.join(branches)})" if branches else ""
    elif optional and len(branches[0]) > 1:
        pattern = f"(?:{branches[0]})"
    else:
        pattern = branches[0]
    return pattern + "?" if optional else pattern


def _search_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """The date pattern, tried only at the start of a word that can begin a phrase (see
    `_FIRST_WORDS`): scanning with this test is several times faster than trying every form
    at every character. The first letters' set is cheaper still to test first."""
    letters = "".join(sorted({word[0] for word in words}))
    return re.compile(
        rf"\b(?=[\d{letters}])(?={_NUMBER_START}|date\d|{_alternation(words)}\b)"
        rf"(?:{_DATE_PATTERN.pattern})"
    )


# The search for lines without "ago" and "yesterday" skips the words only those phrases
# start with.
_DATE_SEARCH = _search_pattern(_FIRST_WORDS - _AGO_WORDS - _BEFORE_YESTERDAY_WORDS)
_DATE_SEARCH_ALL = _search_pattern(_FIRST_WORDS)


# "sore after yesterday's squats": a date after these words is context, not the session.
_CONTEXT_ONLY = re.compile(
    r"\b(?:after|since|from|than|before|until|till|feeling|feel|felt)\s+(?:the\s+)?$"
)

_CUE_WORDS = frozenset(
    {"yesterday", "yesterdays", "yday", "yest", "ystrdy", "today", "todays", "tonight", "ago",
     "date", "morning", "afternoon", "evening", "evenings", "night", "nights", "am", "pm",
     "earlier", "mon", "monday", "tue", "tues", "tuesday", "wed", "weds", "wednesday", "thu",
     "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
     *_POSSESSIVE_DAYS, "jan", "january", "feb", "february", "mar", "march", "apr", "april",
     "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
     "october", "nov", "november", "dec", "december"}
)  # fmt: skip
_LETTER_DAY_CUE = re.compile(r"\s*[a-z]{1,2}\s*(?::|-\s)")
_NUMERIC_DATE_CUE = re.compile(r"\d[/.-]\d")


def _has_date_cue(line: str) -> bool:
    if ("/" in line or "-" in line or "." in line) and _NUMERIC_DATE_CUE.search(line):
        return True
    if _LETTER_DAY_CUE.match(line):
        return True
    return not _CUE_WORDS.isdisjoint(letter_runs(line))


def may_name_date(text: str, words: frozenset[str]) -> bool:
    """Whether any line of a text (whose letter runs are `words`) may name a date other than
    by a day-letter label, which `starts_with_day_letter` tells per line."""
    if not _CUE_WORDS.isdisjoint(words):
        return True
    return ("/" in text or "-" in text or "." in text) and bool(_NUMERIC_DATE_CUE.search(text))


def starts_with_day_letter(line: str) -> bool:
    return bool(_LETTER_DAY_CUE.match(line))
