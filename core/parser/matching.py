"""Recognising exercise names (aliases, abbreviations, plurals, misspellings) with rapidfuzz."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from core.exercises import EXERCISES

# Equipment words that say how a lift was loaded, not which lift it was.
_EQUIPMENT = frozenset(
    {"db", "dbs", "kb", "kbs", "bb", "barbell", "dumbbell", "dumbbells", "kettlebell",
     "kettlebells", "weighted", "banded", "cable", "smith", "machine", "paused", "pause",
     "tempo", "heavy", "light", "some", "the", "my", "of", "a", "did", "done", "then",
     "also", "more", "few", "x", "sets", "set", "reps", "rep", "with", "w", "at", "and",
     "each", "per", "side", "leg", "legs", "arm", "ea", "working", "work", "top", "warmup",
     "bw", "bodyweight", "lbs", "lb", "kg", "kgs", "kilos", "pounds", "for", "in", "on",
     "total", "rpe", "rir", "just", "plus", "followed", "by", "after", "before", "got", "hit",
     "finished", "last", "first", "next", "again", "back-off", "backoff", "felt", "easy",
     "hard", "good", "strong", "today", "doing", "sl", "single", "s", "sec", "secs", "second",
     "seconds", "min", "mins", "minute", "minutes", "round", "rounds", "circuit", "circuits",
     "yd", "yds", "yard", "yards", "ft", "feet", "meter", "meters", "metre", "metres"}
)  # fmt: skip
# Kept: they complete a name ("dumbbell row" is not the barbell row).
_KEEP_WITH_NAME = frozenset(
    {"sl", "single", "db", "kb", "bb", "leg", "arm", "back", "side", "dumbbell", "dumbbells"}
)
_DROPPED = _EQUIPMENT - _KEEP_WITH_NAME
# "good mornings 3x10", "good morning 3x8 @ 60": the lift, not the greeting.
_GOOD_MORNING = re.compile(r"\bgood[\s-]+morning(?=s\b|\s*\d)")
_DROPPED_BUT_GOOD = _DROPPED - {"good"}
# "10k", "3x5": units, not names. The look-behind comes after the first letter so the pattern
# starts with a character set, which the regex engine scans for quickly.
_WORD = re.compile(r"[a-z](?<![a-z\d.'’-][a-z])[a-z'’-]*")

_ALIASES: dict[str, str] = {}
for _exercise in EXERCISES:
    for _name in (_exercise.slug.replace("_", " "), _exercise.name.lower(), *_exercise.aliases):
        _ALIASES.setdefault(_name.replace("-", " ").replace("'", ""), _exercise.slug)
_CHOICES: tuple[str, ...] = tuple(a for a in _ALIASES if len(a) >= 5)
_MAX_WORDS = 5
_FUZZY_CUTOFF = 86.0
_FUZZY_CUTOFF_ONE_WORD = 80.0
_MIN_FUZZY_WORD = 6


def _clean_word(word: str) -> str:
    return word.replace("’", "").replace("'", "").replace("-", " ").strip()


@lru_cache(maxsize=256)
def _choices_near(length: int, cutoff: float) -> tuple[str, ...]:
    """The names whose length leaves room for the cutoff: `fuzz.ratio` is at most
    100 * (1 - |a - b| / (a + b)) for lengths a and b, so the rest cannot score enough."""
    return tuple(
        choice
        for choice in _CHOICES
        if 100 * (1 - abs(len(choice) - length) / (len(choice) + length)) >= cutoff - 1e-6
    )


@lru_cache(maxsize=4096)
def _fuzzy(phrase: str) -> str | None:
    if len(phrase) < 5:
        return None
    # One slip in a short single word ("lunhes") scores lower than in a long phrase.
    cutoff = _FUZZY_CUTOFF_ONE_WORD if " " not in phrase else _FUZZY_CUTOFF
    hit = process.extractOne(
        phrase, _choices_near(len(phrase), cutoff), scorer=fuzz.ratio, score_cutoff=cutoff
    )
    return _ALIASES[hit[0]] if hit else None


@lru_cache(maxsize=8192)
def match_exercise(words: tuple[str, ...]) -> tuple[str, int, int] | None:
    """Find the exercise named in a run of words: (slug, first word, word after last).

    Exact aliases win over fuzzy ones and longer names over shorter ones, so "single leg rdl"
    is not read as "rdl".
    """
    count = len(words)
    for size in range(min(_MAX_WORDS, count), 0, -1):
        for start in range(count - size + 1):
            phrase = " ".join(words[start : start + size])
            slug = _ALIASES.get(phrase)
            if slug is None and phrase.endswith("s"):
                slug = _ALIASES.get(phrase[:-1])
            if slug is not None:
                return slug, start, start + size
        for start in range(count - size + 1):
            chunk = words[start : start + size]
            if chunk[0] in _EQUIPMENT or chunk[-1] in _EQUIPMENT:
                continue
            if size == 1 and len(chunk[0]) < _MIN_FUZZY_WORD:
                continue
            if size > 1 and (
                (_exact(chunk[:1]) and _exact(chunk[1:]))
                or (_exact(chunk[:-1]) and _exact(chunk[-1:]))
            ):
                continue  # "rdl single leg rdl": two names, not a slip in one
            slug = _fuzzy(" ".join(chunk))
            if slug is not None:
                return slug, start, start + size
    return None


def _exact(words: tuple[str, ...]) -> bool:
    """Whether the words are an exercise's name exactly (or its plural)."""
    phrase = " ".join(words)
    return phrase in _ALIASES or (phrase.endswith("s") and phrase[:-1] in _ALIASES)


def clear_caches() -> None:
    """Forget the names looked up so far."""
    match_exercise.cache_clear()
    _fuzzy.cache_clear()


def name_words(text: str) -> tuple[str, ...]:
    """The words of a clause that could name an exercise, in order."""
    dropped = _DROPPED
    if "good m" in text and _GOOD_MORNING.search(text):
        # "good" is dropped as a feeling ("felt good"), but not from the lift's name.
        dropped = _DROPPED_BUT_GOOD
    words: list[str] = []
    if "'" not in text and "’" not in text and "-" not in text:
        for word in _WORD.findall(text):  # a plain loop: a comprehension is a call of its own
            if word not in dropped:
                words.append(word)
        return tuple(words)
    for raw in _WORD.findall(text):
        if "'" in raw or "’" in raw or "-" in raw:
            cleaned = _clean_word(raw)
            if cleaned and cleaned not in dropped:
                words.extend(cleaned.split())
        elif raw not in dropped:
            words.append(raw)
    return tuple(words)


def find_exercise(text: str) -> str | None:
    """Return the slug of the exercise a clause names, or None."""
    hit = match_exercise(name_words(text))
    return hit[0] if hit else None
