"""Telling questions, greetings and how-I-feel notes apart from training logs."""

from __future__ import annotations

import re

_QUESTION_START = re.compile(
    r"^\s*(?:hey|hi|hello|so|ok|okay|quick question|question|q)?[\s,:!.-]*"
    r"(?:what|whats|what's|why|how|when|where|which|who|whom|whose|should|shall|can|could|"
    r"would|will|is|are|isn't|aren't|do|does|doesn't|don't you|any|anyone|anybody|"
    r"thoughts|advice|tips|help|wondering|i wonder|i'm wondering|im wondering|is it|"
    r"would it|explain|tell me)\b(?!['’])(?!\s+an?\s)"
)
_QUESTION_PHRASES = re.compile(
    r"\b(?:should i|can i|could i|do i need|how (?:many|much|often|long|heavy|far)|"
    r"is it (?:ok|okay|bad|fine|safe)|any (?:tips|advice|thoughts)|what do you think|"
    r"wondering (?:if|whether)|not sure (?:if|whether)|is that (?:ok|okay|too|enough)|"
    r"will (?:it|this|that|squats|lifting)|am i|can'?t decide|torn between|deciding between|"
    # A question after a remark: "the wall at mile 20 is real. how do i avoid it"
    r"(?:how|why|what|where|when)\s+(?:do|does|did|can|could|should|would|is|are)\s+(?:i|you|we)"
    r")\b"
)
_GREETING = re.compile(
    r"^\s*(?:hi+|hello|hey+|hiya|yo|sup|good (?:morning|evening|afternoon|night)|"
    r"thanks?(?: you)?|thx|ty|cheers|ok(?:ay)?|cool|nice|great|lol|bye|gm|gn|start|help)"
    r"\b[\s!.,:)]*(?:coach|there|mate|bot)?[\s!.,:)]*$"
)
# How a runner says they feel: words, and phrases of two.
_FEELINGS = (
    "sore", "soreness", "doms", "wrecked", "trashed", "tired", "exhausted", "knackered", "aching",
    "achy", "ache", "hurt", "hurts", "hurting", "pain", "painful", "tight", "stiff", "fatigued",
    "feel", "feeling", "felt", "injured", "injury", "niggle", "shin splint", "shin splints",
    "cramp", "cramping", "dead legs", "smashed", "destroyed", "fried", "beat up", "rough",
    "heavy", "toast", "jelly", "exhausting", "fatigue",
)  # fmt: skip
_FEELING = re.compile(rf"\b(?:{'|'.join(_FEELINGS)})\b")
# A feeling can only be found in a text whose tokens hold its first word.
_FEELING_FIRST_WORDS = frozenset(feeling.split()[0] for feeling in _FEELINGS)


def looks_like_question(text: str) -> bool:
    """Return True when the message asks something rather than reports a session."""
    lowered = text.lower()
    if "?" in lowered:
        return True
    return bool(_QUESTION_START.match(lowered) or _QUESTION_PHRASES.search(lowered))


# The patterns above can only match when the text starts with one of these characters, or
# holds one of these words: set look-ups let most training logs skip both patterns.
_START_CHARS = frozenset("hsoqwciadte,:!.-")
_PHRASE_FIRST_WORDS = frozenset(
    {"should", "can", "could", "do", "how", "is", "any", "what", "wondering", "not", "will", "am",
     "why", "where", "when", "cant", "torn", "deciding"}
)  # fmt: skip


def asks(lowered: str, words: frozenset[str]) -> bool:
    """`looks_like_question` for a lowercased text whose letter runs are `words`."""
    if "?" in lowered:
        return True
    if lowered.lstrip()[:1] in _START_CHARS and _QUESTION_START.match(lowered):
        return True
    return not _PHRASE_FIRST_WORDS.isdisjoint(words) and bool(_QUESTION_PHRASES.search(lowered))


def is_greeting(lowered: str) -> bool:
    head = lowered.lstrip()[:1]
    if head.isalnum():
        # A letter or digit is there, so only the greeting pattern can say yes.
        return head in _GREETING_STARTS and bool(_GREETING.match(lowered))
    return bool(_GREETING.match(lowered)) or not _ALNUM.search(lowered)


_GREETING_STARTS = frozenset("hygtcnlbos")


_ALNUM = re.compile(r"[^\W_]")


def mentions_feeling(lowered: str, words: frozenset[str] | None = None) -> bool:
    """Whether a lowercased text says how the runner feels; `words`, when given, are its
    tokens, which must hold the first word of any such phrase."""
    if words is not None and _FEELING_FIRST_WORDS.isdisjoint(words):
        return False
    return bool(_FEELING.search(lowered))
