"""Answering a runner's question: find the topic, decide how sure we are, personalise."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from core.faq import personal
from core.faq.cues import DOMAIN_WORDS, OFF_TOPIC_WORDS, asks_for_diagnosis, topic_cues
from core.faq.index import OFF_TOPIC_LABEL, Params, QuestionIndex, build_index
from core.faq.knowledge import ENTRIES, TopicEntry
from core.faq.personal import UserContext
from core.faq.phrasings import OFF_TOPIC, PHRASINGS
from core.faq.text import plain, stem, words

AnswerKind = Literal["answer", "unsure", "off_topic"]

TOPICS: dict[str, str] = {slug: entry.title for slug, entry in ENTRIES.items()}

# Scoring constants, set by measurement on tests/corpus (see tests/unit/test_faq_accuracy.py).
CUE_BONUS = 0.3  # per matching cue pattern, on the 0..1 blended scale
CUE_CAP = 2  # cue hits counted per topic
FOLLOW_UP_BONUS = 0.55  # the floor under the earlier topic's score on a follow-up
FOLLOW_UP_DAMPING = 0.5
MIN_STRENGTH = 3.0  # below this the question shares too little with any topic
OFF_TOPIC_MARGIN = 0.08  # the off-topic label wins when this close to the top topic
CONFIDENCE_THRESHOLD = 0.2
OFF_WORD_CONFIDENCE = 0.8  # needed when a gear, weather, race-entry or other-sport word appears
UNANCHORED_CONFIDENCE = 0.98  # needed when no strength, food or recovery word appears
INDEX_PARAMS = Params(k1_label=1.2, b_label=0.4, phrase_weight=0.35)
CUE_EVIDENCE = 1.5  # cue hits also count as evidence that the question is on topic
MAX_CHARS = 2000  # long messages are scored on their start; the question is rarely later

_FOLLOW_UP = re.compile(
    r"^\s*(?:and|what about|how about|what if|same for|same with|also|or|but|ok and|"
    r"so|then|in that case|and if|what for)\b"
)

_DECLINE = (
    "That's outside what I can help with — I'm a strength coach for runners. Ask me how often "
    "or how heavy to lift, which exercises to do, where strength fits around your key runs, "
    "lifting before a race, sore legs, or protein, fuelling and recovery."
)
_MEDICAL = (
    "I can't judge symptoms or injuries — please get that checked by a doctor or "
    "physiotherapist. I can help with strength work that lowers injury risk, and with how to "
    "fit lifting around your running."
)
_EMPTY = (
    "Ask me anything about strength training for your running — for example how many "
    "sessions a week, how heavy to lift, or what to do in race week."
)


@dataclass(frozen=True, slots=True)
class Answer:
    """The coach's reply to one question."""

    topic: str | None
    confidence: float
    text: str
    more: str | None
    sources: tuple[str, ...]
    suggestions: tuple[str, ...]  # topic slugs to offer when unsure
    kind: AnswerKind = "answer"

    def to_json(self, text: str) -> dict[str, str | None]:
        """The `coach ask --json` object for this answer to `text`."""
        return {"text": text, "topic": self.topic, "answer": self.text}


@dataclass(frozen=True, slots=True)
class Ranked:
    """Topics ranked for one question after cues and follow-up context."""

    ranking: tuple[tuple[str, float], ...]
    strength: float
    medical: bool
    confidence: float
    anchored: bool  # mentions strength training, food or recovery, or follows up on it
    off_topic_terms: int


@lru_cache(maxsize=1)
def _domain_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in DOMAIN_WORDS)


@lru_cache(maxsize=1)
def _off_topic_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in OFF_TOPIC_WORDS)


@lru_cache(maxsize=1)
def question_index() -> QuestionIndex:
    """The index, built once on first use."""
    phrasings = {slug: (*texts, ENTRIES[slug].title) for slug, texts in PHRASINGS.items()}
    return build_index(phrasings, OFF_TOPIC, INDEX_PARAMS)


def topic_entry(slug: str) -> TopicEntry:
    """The knowledge entry for a topic slug (KeyError for an unknown slug)."""
    return ENTRIES[slug]


def _is_follow_up(text: str, n_terms: int) -> bool:
    return bool(_FOLLOW_UP.match(text)) or n_terms <= 2


def rank_topics(text: str, *, previous_topic: str | None = None) -> Ranked:
    """Score every topic for a question; the first entry of the ranking is the best."""
    clipped = text[:MAX_CHARS]
    folded = plain(clipped)
    scored = question_index().score(clipped)
    scores = dict(scored.ranking)
    strength = scored.strength
    # Anchoring looks at every word, not only the indexed ones: "russian twists" is about
    # strength work even when no phrasing happens to use "twists".
    stems = {stem(w) for w in words(clipped)}
    anchored = not _domain_stems().isdisjoint(stems) or not _domain_stems().isdisjoint(
        scored.terms
    )
    follow_up = previous_topic in ENTRIES and _is_follow_up(folded, len(scored.terms))
    if follow_up:
        # "What about for a 10k?" after a protein question still asks about protein: the
        # follow-up's own words move the topic only when a cue points somewhere clearly.
        scores = {topic: value * FOLLOW_UP_DAMPING for topic, value in scores.items()}
    cues = topic_cues(folded, question_index().correct(folded))
    for topic, hits in cues.items():
        scores[topic] = scores.get(topic, 0.0) + CUE_BONUS * min(hits, CUE_CAP)
    if cues:
        strength += CUE_EVIDENCE * min(max(cues.values()), CUE_CAP)
    if follow_up and previous_topic is not None:
        # The earlier topic keeps at least a fixed score: its own share of the follow-up's few
        # words says little, so it is not added on top (that would let an unrelated word in
        # "ok and how many sets?" hold the conversation on how heavy to lift).
        held = FOLLOW_UP_BONUS + CUE_BONUS * min(cues.get(previous_topic, 0), CUE_CAP)
        scores[previous_topic] = max(scores.get(previous_topic, 0.0), held)
        # A follow-up leans on the earlier question for its meaning.
        strength = max(strength, MIN_STRENGTH)
        anchored = True
    ranking = tuple(sorted(scores.items(), key=lambda item: item[1], reverse=True))
    return Ranked(
        ranking=ranking,
        strength=strength,
        medical=asks_for_diagnosis(folded),
        confidence=_confidence(ranking, strength),
        anchored=anchored,
        off_topic_terms=len(stems & _off_topic_stems()),
    )


def _confidence(ranking: tuple[tuple[str, float], ...], strength: float) -> float:
    """0..1 from how far the best topic leads and how much of the question matched."""
    topics = [(t, s) for t, s in ranking if t != OFF_TOPIC_LABEL]
    if not topics or topics[0][1] <= 0:
        return 0.0
    best = topics[0][1]
    runner_up = topics[1][1] if len(topics) > 1 else 0.0
    lead = (best - runner_up) / best
    evidence = min(strength / (2 * MIN_STRENGTH), 1.0)
    return round(min(1.0, evidence * (0.35 + 1.3 * lead)), 3)


def answer_question(
    text: str, *, user: UserContext | None = None, previous_topic: str | None = None
) -> Answer:
    """Answer a free-text question, personalised when `user` is given."""
    if not text or not text.strip() or not re.search(r"[A-Za-z]", text):
        return Answer(None, 0.0, _EMPTY, None, (), _starter_topics(), "off_topic")
    ranked = rank_topics(text, previous_topic=previous_topic)
    if ranked.medical:
        return Answer(None, 1.0, _MEDICAL, None, (), ("injury_prevention",), "off_topic")
    topics = [(t, s) for t, s in ranked.ranking if t != OFF_TOPIC_LABEL]
    off_score = dict(ranked.ranking).get(OFF_TOPIC_LABEL, 0.0)
    if (
        not topics
        or off_score >= topics[0][1] - OFF_TOPIC_MARGIN
        or (not ranked.anchored and ranked.confidence < UNANCHORED_CONFIDENCE)
        # Nothing about lifting, food or recovery and a word from elsewhere ("caffeine",
        # "cadence"): however well a cue fits, the question is not ours.
        or (not ranked.anchored and ranked.off_topic_terms)
        or (ranked.off_topic_terms and ranked.confidence < OFF_WORD_CONFIDENCE)
    ):
        return Answer(None, 0.0, _DECLINE, None, (), (), "off_topic")
    if ranked.strength < MIN_STRENGTH or ranked.confidence < CONFIDENCE_THRESHOLD:
        # On our ground (it names lifting, food or recovery) but too vague to pick one topic.
        nearest = tuple(t for t, _ in topics[:3])
        if len(nearest) < 2:
            nearest = (*nearest, *(t for t in _starter_topics() if t not in nearest))[:3]
        titles = [TOPICS[t].rstrip("?") for t in nearest]
        listed = ", ".join(titles[:-1]) + " or " + titles[-1]
        return Answer(
            None,
            ranked.confidence,
            f"I'm not sure I understood — did you mean: {listed}?",
            None,
            (),
            nearest,
            "unsure",
        )
    topic = topics[0][0]
    entry = ENTRIES[topic]
    return Answer(
        topic,
        ranked.confidence,
        _personalise(entry, user),
        entry.more,
        entry.sources,
        (),
    )


def answer_topic(slug: str, *, user: UserContext | None = None) -> Answer:
    """The answer for a topic the runner picked (from /faq or "did you mean…?")."""
    entry = topic_entry(slug)
    return Answer(slug, 1.0, _personalise(entry, user), entry.more, entry.sources, ())


def _starter_topics() -> tuple[str, ...]:
    return ("sessions_per_week", "how_heavy", "scheduling_week")


def _personalise(entry: TopicEntry, user: UserContext | None) -> str:
    if user is None:
        return entry.short
    line: str | None = None
    slug = entry.slug
    if slug == "protein":
        line = personal.protein_line(user)
    elif slug in {"scheduling_week", "lift_run_order", "soreness", "sessions_per_week"}:
        line = personal.schedule_line(user)
    elif slug == "race_taper":
        line = personal.taper_line(user)
    elif slug == "periodization":
        line = personal.phase_line(user)
    elif slug == "how_heavy":
        line = personal.weights_line(user)
    elif slug == "progression":
        line = personal.weights_line(user, next_step=True)
    return f"{entry.short}\n\n{line}" if line else entry.short
