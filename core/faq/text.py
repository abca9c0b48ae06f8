"""Turning a runner's message into index terms: spelling, slang, numbers and stems."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_STEMMER = snowballstemmer.stemmer("english")

# Words that carry no topic on their own. Kept short on purpose: "how", "many", "long",
# "often" and "much" are left in because they separate sessions_per_week, session_length,
# protein and how_heavy.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "so",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "doing",
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "you",
        "your",
        "yours",
        "we",
        "our",
        "us",
        "they",
        "them",
        "their",
        "he",
        "she",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "just",
        "really",
        "actually",
        "also",
        "too",
        "very",
        "quite",
        "pretty",
        "then",
        "than",
        "into",
        "about",
        "any",
        "some",
        "all",
        "every",
        "each",
        "anyone",
        "someone",
        "anybody",
        "somebody",
        "thing",
        "things",
        "stuff",
        "get",
        "got",
        "getting",
        "go",
        "going",
        "gonna",
        "wanna",
        "im",
        "ive",
        "id",
        "dont",
        "doesnt",
        "didnt",
        "cant",
        "wont",
        "isnt",
        "arent",
        "lol",
        "haha",
        "tho",
        "though",
        "like",
        "guys",
        "folks",
        "hi",
        "hey",
        "hello",
        "thanks",
        "thank",
        "please",
        "question",
        "quick",
        "know",
        "think",
        "want",
        "need",
        "still",
        "even",
        "yet",
        "ever",
        "one",
        "ones",
        "bit",
        "lot",
        "lots",
        "kind",
        "sort",
        "way",
        "ok",
        "okay",
        "etc",
        "whether",
        "whats",
        "thats",
        "theres",
        "youre",
        "theyre",
        "ill",
        "shouldnt",
        "wouldnt",
        "couldnt",
        "wasnt",
        "havent",
        "hasnt",
        "ya",
        "yall",
        "genuinely",
        "curious",
        "someone",
        "explain",
        "wondering",
        "anybody",
        "literally",
        "tbh",
        "imo",
        "btw",
    ]
)

# Spelling, slang and shorthand mapped onto the words the index uses.
REWRITES: dict[str, str] = {
    "r": "are",
    "hows": "how",
    "howmany": "how many",
    "u": "you",
    "ur": "your",
    "b4": "before",
    "n": "and",
    "w": "with",
    "wk": "week",
    "wks": "weeks",
    "wkly": "weekly",
    "workout": "session",
    "workouts": "sessions",
    "sesh": "session",
    "seshes": "sessions",
    "wkout": "session",
    "pb": "faster",
    "pr": "faster",
    "pbs": "faster",
    "prs": "faster",
    "doms": "sore",
    "achy": "sore",
    "ache": "sore",
    "aching": "sore",
    "aches": "sore",
    "toast": "sore",
    "wrecked": "sore",
    "trashed": "sore",
    "fried": "sore",
    "smashed": "sore",
    "destroyed": "sore",
    "cooked": "sore",
    "jelly": "sore",
    "knackered": "tired",
    "exhausted": "tired",
    "shattered": "tired",
    "wiped": "tired",
    "fatigued": "tired",
    "burnt": "burnout",
    "burned": "burnout",
    "rir": "reserve",
    "rpe": "reserve",
    "1rm": "max",
    "plyo": "plyometric",
    "plyos": "plyometric",
    "jumps": "jump",
    "jumping": "jump",
    "abs": "core",
    "ab": "core",
    "midsection": "core",
    "trunk": "core",
    "sixpack": "core",
    "kilos": "kg",
    "kilo": "kg",
    "kgs": "kg",
    "lbs": "lb",
    "pounds": "lb",
    "carbohydrate": "carb",
    "carbohydrates": "carb",
    "carbs": "carb",
    "kcal": "calorie",
    "kcals": "calorie",
    "cals": "calorie",
    "fueling": "fuel",
    "fuelling": "fuel",
    "refuel": "fuel",
    "refuelling": "fuel",
    "refueling": "fuel",
    "underfuelling": "calorie",
    "underfueling": "calorie",
    "yoghurt": "yogurt",
    "programme": "program",
    "programmes": "program",
    "colour": "color",
    "periodisation": "periodization",
    "periodise": "periodize",
    "periodising": "periodize",
    "prioritise": "prioritize",
    "stabilise": "stabilize",
    "stabilising": "stabilize",
    "stabilisation": "stabilize",
    "mobilise": "mobilize",
    "optimise": "optimize",
    "organise": "organize",
    "jacked": "bulky",
    "huge": "bulky",
    "massive": "bulky",
    "meathead": "bulky",
    "bodybuilder": "bulky",
    "hypertrophy": "bulky",
    "gym": "gym",
    "weights": "lift",
    "weight training": "lift",
    "mpw": "miles week",
    "mins": "minutes",
    "min": "minutes",
    "hrs": "hours",
    "hr": "hours",
    "secs": "seconds",
    "sec": "seconds",
    "c25k": "beginner",
    "newbie": "beginner",
    "noob": "beginner",
    "novice": "beginner",
    "newb": "beginner",
    "hm": "half",
    "itb": "it band",
    "itbs": "it band",
    "pf": "plantar",
    "pt": "trainer",
    "nordics": "nordic",
    "bulgarians": "bulgarian",
    "rdls": "rdl",
    "pushups": "push up",
    "pressups": "push up",
    "situps": "sit up",
    "pullups": "pull up",
    "pee": "urine",
    "wee": "urine",
}

_UNIT_TOKEN: dict[str, str] = {
    "g": "grams",
    "gr": "grams",
    "gram": "grams",
    "grams": "grams",
    "kg": "kg",
    "lb": "lb",
    "%": "percent",
    "l": "litres",
    "litre": "litres",
    "litres": "litres",
    "liter": "litres",
    "liters": "litres",
    "ml": "litres",
    "x": "times",
    "mg": "grams",
}
# Two-word phrases whose words mislead on their own: the "long" of "long run" is not the
# "long" of "how long", and "lower body" is not upper-body work.
_PHRASES = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\blong runs?\b", "longrun"),
        (r"\blower body\b", "legs"),
        (r"\bupper body\b", "upperbody"),
        (r"\bbody parts?\b", "muscles"),
        (r"\brest days?\b", "restday"),
        (r"\bsame day\b", "sameday"),
    )
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|%")
_SETS_BY_REPS = re.compile(r"\b\d+\s?x\s?\d+\b")
_DISTANCE = re.compile(r"\d+(?:k|km|mi)")
_MIXED = re.compile(r"[a-z]+|\d+")


def fold(text: str) -> str:
    """Lower-case, strip accents and unify quotes so that spelling variants meet."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    # "3x10" is sets-and-reps talk; "3x a week" is frequency talk.
    text = _SETS_BY_REPS.sub(" sets reps ", text)
    # "sub-3", "push-ups", "g/kg": hyphens and slashes separate words.
    text = re.sub(r"[-_/]+", " ", text)
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    return text


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """Snowball stem of one word, with British -ise spellings folded first."""
    if len(word) > 5 and word.endswith(("ise", "ised", "ising", "isation")):
        word = re.sub(r"is(e|ed|ing|ation)$", r"iz\1", word)
    return str(_STEMMER.stemWord(word))


def _parts(token: str) -> list[str]:
    if token in REWRITES:
        return REWRITES[token].split()
    if _DISTANCE.fullmatch(token):
        return [token]
    if token.isdigit() or token.isalpha() or token == "%":
        return [_UNIT_TOKEN.get(token, token)] if len(token) <= 2 else [token]
    # "120g", "70kg", "2x": a number with its unit; the unit says what is being talked about.
    out: list[str] = []
    for part in _MIXED.findall(token):
        part = _UNIT_TOKEN.get(part, part)
        out.extend(REWRITES.get(part, part).split())
    return out


def words(text: str) -> list[str]:
    """Surface words after folding and rewrites, stop-words and bare numbers removed."""
    out: list[str] = []
    for raw in _WORD.findall(fold(text)):
        for part in _parts(raw.replace("'", "")):
            if part in STOPWORDS or part.isdigit():
                continue
            out.append(part)
    return out


def plain(text: str) -> str:
    """Lower-case text with accents and curly quotes unified, punctuation kept (for cues)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text)
