"""Topic accuracy of `answer_question` on questions worded the way runners ask them.

`faq_questions.jsonl` was used while the scorer was tuned; `faq_holdout.jsonl` was written
afterwards and not tuned on. `faq_holdout2.jsonl` was written before a later round of retrieval
work, in the looser style of running forums (rambling context, slang, typos, no question
marks, topic words left out), so that round had to generalise instead of memorise.
All three are held to the same bar.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from core.faq import TOPICS, answer_question
from core.faq.phrasings import OFF_TOPIC, PHRASINGS

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FILES = ("faq_questions.jsonl", "faq_holdout.jsonl", "faq_holdout2.jsonl")


def _load(name: str) -> list[tuple[str, str | None]]:
    rows = []
    with (CORPUS / name).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                rows.append((row["q"], row["topic"]))
    return rows


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, str | None]]:
    return [row for name in FILES for row in _load(name)]


def test_corpus_covers_every_topic_and_off_topic(corpus: list[tuple[str, str | None]]) -> None:
    main = _load("faq_questions.jsonl")
    per_topic = {slug: sum(1 for _, t in main if t == slug) for slug in TOPICS}
    assert min(per_topic.values()) >= 14, per_topic
    assert sum(1 for _, t in main if t is None) >= 70
    assert {t for _, t in corpus} <= {*TOPICS, None}


def test_forum_holdout_covers_every_topic_and_off_topic() -> None:
    rows = _load("faq_holdout2.jsonl")
    per_topic = {slug: sum(1 for _, t in rows if t == slug) for slug in TOPICS}
    assert min(per_topic.values()) >= 8, per_topic
    assert sum(1 for _, t in rows if t is None) >= 40


def test_corpus_is_not_copied_from_the_index(corpus: list[tuple[str, str | None]]) -> None:
    phrasings = [p.lower() for texts in PHRASINGS.values() for p in texts] + [
        p.lower() for p in OFF_TOPIC
    ]
    copies = []
    for question, _ in corpus:
        match = process.extractOne(question.lower(), phrasings, scorer=fuzz.ratio)
        if match is not None and match[1] >= 90:
            copies.append(f"{question!r} ~ {match[0]!r}")
    assert not copies, "test questions too close to index phrasings:\n" + "\n".join(copies)


@pytest.mark.parametrize("name", FILES)
def test_on_topic_accuracy(name: str) -> None:
    rows = [(q, t) for q, t in _load(name) if t is not None]
    misses = []
    for question, topic in rows:
        answer = answer_question(question)
        if answer.topic != topic:
            misses.append(f"{topic} <- {question!r}: got {answer.topic} ({answer.kind})")
    accuracy = 1 - len(misses) / len(rows)
    assert accuracy >= 0.95, f"{accuracy:.1%} on-topic accuracy; misses:\n" + "\n".join(misses)


@pytest.mark.parametrize("name", FILES)
def test_off_topic_declined(name: str) -> None:
    rows = [q for q, t in _load(name) if t is None]
    misses = []
    for question in rows:
        answer = answer_question(question)
        if answer.topic is not None:
            misses.append(f"{question!r}: answered as {answer.topic}")
    declined = 1 - len(misses) / len(rows)
    assert declined >= 0.90, f"{declined:.1%} off-topic declined; misses:\n" + "\n".join(misses)
