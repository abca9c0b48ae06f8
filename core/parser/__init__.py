"""The training-log parser: chat text in, `Entry` objects out. Pure and never raises.

How a message is read:
- It is lowercased and tidied (number words, "w/", decimal commas), then each line's date
  phrases are found and marked, so every clause knows its own day.
- Lines split into clauses at commas, "then", "and", " - ", emoji ticks... Each clause is a lift
  (it names a catalog exercise), a run, cross-training, a rest day, a plan or a fact about the
  runner (never logged), bare numbers, or prose. Bare numbers continue the lift or run before
  them ("Squat: 100x5, 110x3", "wu 2k, 6x800, cd 2k"); run clauses merge into one run while
  they describe the same session. A summary with one figure a line (a watch's "Distance" /
  "Time" lines) stays one session while each line fills in what is missing. A line that
  starts with a cross mark (❌) did not happen and is dropped.

Decisions worth knowing:
- Interval sessions record the work distance plus any warm-up and cool-down; recoveries are not
  counted. A stated total ("12k total", "8 mi with 6x800") is recorded as given; the word
  "total" wins over a number before "with". Easy running either side of reps on one line
  ("2E + 5x1k + 2E") is that session's warm-up and cool-down. Timed reps without any
  distance ("2 x 20 min @ threshold") record the work time as the duration.
- Blocks of reps on one line ("3x1600 + 4x200") are one session; on separate lines, two.
- Run/walk in any spelling ("run walk", "walked/ran", "1 min run 1 min walk", "5k without
  walking") is a run; a plain walk is cross-training.
- A pace gives the duration only for a plain run; with a warm-up, cool-down or reps the time is
  left empty rather than guessed.
- A bare "m:ss" beside a distance is the time, unless that would beat the world record: then it
  is h:mm after "in" or when long ("32km in 2:58"), otherwise the pace ("6 mi 7:45").
- A bare number takes the user's unit (km or miles for distance, kg or lb for load); a unit
  written anywhere in a lift clause applies to all its bare loads ("150, 150, 160 kg").
- Spoken numbers combine ("fifty two" is 52, "one hundred and twenty" is 120) and "one hour
  and ten minutes" is one time. "N series of M" is sets × reps.
- A pair of dumbbells is logged at the weight of one: "2x20kg DBs", and any "2x22.5kg" right
  after a whole "3x10".
- "N x M" with no unit is sets × reps, except that a first number above 10 is a load
  ("100x5" is 100 for 5); triples put the load at the end with the largest value.
- Dates: weekday names mean the most recent such day (today included); "last <day>" means
  the one before today; "Sat 14th" is the most recent 14th that was a Saturday; "sat" and
  "sun" count as days only with a cue or heading a clause; a day/month without a year is this
  year unless that lies more than two weeks ahead. Ambiguous numeric dates read day-first for
  metric users, month-first for imperial users, unless the weekday written beside them says
  otherwise. A dotted "19.11" heading a line is a date only when a separator and the
  session's own figures follow ("19.11 - 12k long"); "10.5 - felt good" stays a distance.
- Someone else's session ("my friend ran a 2:59 marathon") and what happens whenever the
  runner runs ("my shin hurts when I run more than 5 km") are not logged.
- Anything implausible (a date in the future or over a year back, a run faster than the world
  record, a load or rep count beyond human limits) makes the whole message an error; the
  entries read are handed back in `ParseResult.rejected` so the coach can spot a slip.
"""

from core.parser import matching, runs
from core.parser.message import parse_log_message
from core.parser.plausibility import suspicious_load
from core.parser.questions import looks_like_question
from core.parser.result import ParseResult

__all__ = [
    "ParseResult",
    "clear_lookup_caches",
    "looks_like_question",
    "parse_log_message",
    "suspicious_load",
]


def clear_lookup_caches() -> None:
    """Forget the exercise-name and misspelt-word look-ups the parser remembers, so the next
    messages pay for them again (as a fresh process does)."""
    matching.clear_caches()
    runs.clear_caches()
