"""A BM25 index over ways of asking each topic, with typo repair against its vocabulary.

Each label is scored twice: as one document made of all its phrasings (robust to wording,
since any phrasing may contribute a word) and as its single best-matching phrasing (which
rewards questions that echo a known question closely). The two are blended.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from core.faq.text import REWRITES, STOPWORDS, stem, words

OFF_TOPIC_LABEL = "__off_topic__"
_LETTERS = re.compile(r"[a-z]{4,}")


@dataclass(frozen=True, slots=True)
class Params:
    """Scoring knobs, chosen by measurement on the question corpus."""

    k1_label: float = 1.2
    b_label: float = 0.3
    k1_phrase: float = 1.2
    b_phrase: float = 0.5
    phrase_weight: float = 0.5  # share of the blend given to the best single phrasing


@dataclass(frozen=True, slots=True)
class Scored:
    """Blended label scores for one question, best first, each in 0..1 of the best."""

    ranking: tuple[tuple[str, float], ...]
    strength: float  # raw label-document score of the winner: how much evidence there is
    terms: tuple[str, ...]


def _bm25(idf: float, tf: int, length: int, avg_len: float, k1: float, b: float) -> float:
    return idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / avg_len))


def _idf(n_docs: int, df: int) -> float:
    return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))


def _dropped_added_or_swapped(word: str, target: str) -> bool:
    """True when `target` differs from `word` by a missing, extra or transposed letter."""
    return len(word) != len(target) or sorted(word) == sorted(target)


class QuestionIndex:
    """BM25 over labelled phrasings; see the module docstring for how labels are scored."""

    def __init__(
        self,
        labelled: Iterable[tuple[str, str]],
        params: Params | None = None,
    ) -> None:
        self.params = params or Params()
        self._doc_labels: list[str] = []
        self._doc_lengths: list[int] = []
        phrase_postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        label_terms: dict[str, Counter[str]] = defaultdict(Counter)
        repair_targets: dict[str, str] = {}
        repair_counts: Counter[str] = Counter()
        for doc_id, (label, text) in enumerate(labelled):
            surface = words(text)
            terms = Counter(stem(w) for w in surface)
            if label != OFF_TOPIC_LABEL:
                # Typos are repaired only towards coaching words, never towards the
                # off-topic vocabulary ("whether" must not become "weather").
                for word in surface:
                    if len(word) >= 4:
                        repair_targets.setdefault(word, stem(word))
                        repair_counts[word] += 1
            self._doc_labels.append(label)
            self._doc_lengths.append(sum(terms.values()))
            label_terms[label].update(terms)
            for term, tf in terms.items():
                phrase_postings[term].append((doc_id, tf))

        n_docs = len(self._doc_labels)
        self._doc_avg = sum(self._doc_lengths) / max(n_docs, 1)
        self._phrase_postings = dict(phrase_postings)
        self._phrase_idf = {t: _idf(n_docs, len(p)) for t, p in phrase_postings.items()}

        self._labels = tuple(label_terms)
        self._label_lengths = {lab: sum(c.values()) for lab, c in label_terms.items()}
        self._label_avg = sum(self._label_lengths.values()) / max(len(self._labels), 1)
        label_df: Counter[str] = Counter()
        for counts in label_terms.values():
            label_df.update(counts.keys())
        self._label_idf = {t: _idf(len(self._labels), df) for t, df in label_df.items()}
        self._label_postings: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for lab, counts in label_terms.items():
            for term, tf in counts.items():
                self._label_postings[term].append((lab, tf))

        # Questions use each term once, so every posting's BM25 contribution is fixed: work it
        # out now and answer with sums only.
        self._label_weights: dict[str, tuple[tuple[str, float], ...]] = {
            term: tuple(
                (
                    lab,
                    _bm25(
                        self._label_idf[term],
                        tf,
                        self._label_lengths[lab],
                        self._label_avg,
                        self.params.k1_label,
                        self.params.b_label,
                    ),
                )
                for lab, tf in postings
            )
            for term, postings in self._label_postings.items()
        }
        self._phrase_weights: dict[str, tuple[tuple[int, float], ...]] = {
            term: tuple(
                (
                    doc_id,
                    _bm25(
                        self._phrase_idf[term],
                        tf,
                        self._doc_lengths[doc_id],
                        self._doc_avg,
                        self.params.k1_phrase,
                        self.params.b_phrase,
                    ),
                )
                for doc_id, tf in postings
            )
            for term, postings in self._phrase_postings.items()
        }

        # Words the rewrites replace ("weights", "workout") never reach the index under their
        # own spelling, yet people misspell them too: "wieghts" should still mean lifting.
        for slang, meaning in REWRITES.items():
            target = stem(meaning)
            if slang.isalpha() and len(slang) >= 4 and target in self._label_idf:
                repair_targets.setdefault(slang, target)
        self._repair_targets = repair_targets
        self._repair_counts = repair_counts
        self._repair_words = list(repair_targets)
        self._repairs: dict[str, str | None] = {}

    @property
    def labels(self) -> tuple[str, ...]:
        return self._labels

    def _repair(self, word: str) -> str | None:
        """The coaching word an unknown word was probably meant to be, or None."""
        if word in self._repairs:
            return self._repairs[word]
        found: str | None = None
        if len(word) >= 4 and word.isalpha():
            # One slip (a wrong, missing, extra or swapped letter) in a short word, two in a
            # long one: real words that merely look alike ("overrated", "overtrained") differ
            # by more than that.
            allowed = 1 if len(word) < 9 else 2
            matches = process.extract(
                word, self._repair_words, scorer=OSA.distance, score_cutoff=allowed, limit=20
            )
            # Among equally close words the commoner coaching word is the likelier intent.
            matches.sort(key=lambda m: (m[1], -self._repair_counts[m[0]]))
            for candidate, _, _ in matches:
                # Short words are easily confused; demand the same first letter there. A
                # four-letter word one letter away from a coaching word is usually another real
                # word ("pair", "pain"), so there only a dropped, added or swapped letter counts.
                if len(word) < 6 and candidate[0] != word[0]:
                    continue
                if len(word) == 4 and not _dropped_added_or_swapped(word, candidate):
                    continue
                found = candidate
                break
        if len(self._repairs) < 50_000:
            self._repairs[word] = found
        return found

    def terms(self, text: str) -> tuple[str, ...]:
        """Index terms of a question: known stems, typos repaired, each term once."""
        seen: dict[str, None] = {}
        for word in words(text):
            term = stem(word)
            if term not in self._label_idf:
                repaired = self._repair(word)
                if repaired is None:
                    continue
                term = self._repair_targets[repaired]
            seen.setdefault(term, None)
        return tuple(seen)

    def correct(self, text: str) -> str:
        """`text` with each misspelt word replaced by the coaching word it was meant to be.

        The cue patterns read this as well as the original, so "faliure" still names failure.
        """

        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            if word in STOPWORDS or word in REWRITES or stem(word) in self._label_idf:
                return word
            return self._repair(word) or word

        return _LETTERS.sub(fix, text)

    def score(self, text: str) -> Scored:
        """Score every label for a question."""
        p = self.params
        terms = self.terms(text)
        label_scores: dict[str, float] = defaultdict(float)
        doc_scores: dict[int, float] = defaultdict(float)
        for term in terms:
            for lab, weight in self._label_weights[term]:
                label_scores[lab] += weight
            for doc_id, weight in self._phrase_weights[term]:
                doc_scores[doc_id] += weight
        best_phrase: dict[str, float] = {}
        for doc_id, value in doc_scores.items():
            lab = self._doc_labels[doc_id]
            if value > best_phrase.get(lab, 0.0):
                best_phrase[lab] = value
        if not label_scores:
            return Scored(ranking=(), strength=0.0, terms=terms)
        top_label = max(label_scores.values())
        top_phrase = max(best_phrase.values())
        blended = {
            lab: (1 - p.phrase_weight) * value / top_label
            + p.phrase_weight * best_phrase.get(lab, 0.0) / top_phrase
            for lab, value in label_scores.items()
        }
        ranking = tuple(sorted(blended.items(), key=lambda item: item[1], reverse=True))
        return Scored(ranking=ranking, strength=label_scores[ranking[0][0]], terms=terms)


def build_index(
    phrasings: Mapping[str, Iterable[str]],
    off_topic: Iterable[str],
    params: Params | None = None,
) -> QuestionIndex:
    """Index every phrasing under its topic and the off-topic ones under their own label."""
    labelled = [(topic, text) for topic, texts in phrasings.items() for text in texts]
    labelled += [(OFF_TOPIC_LABEL, text) for text in off_topic]
    return QuestionIndex(labelled, params)
