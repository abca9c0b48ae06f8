"""Keyword look-ups by set membership: far cheaper than scanning a clause with a regex."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> frozenset[str]:
    """The lowercase letter/digit runs of a text ("6x800m" gives 6, x800m)."""
    return frozenset(_TOKEN.findall(text))


class Keywords:
    """A set of single words plus a few multi-word phrases."""

    __slots__ = ("first_words", "phrases", "words")

    def __init__(self, *terms: str) -> None:
        self.words = frozenset(t for t in terms if _TOKEN.fullmatch(t))
        self.phrases = tuple(t for t in terms if not _TOKEN.fullmatch(t))
        # A phrase can only be present when its first word is: test that set first.
        self.first_words = frozenset(_TOKEN.findall(t)[0] for t in self.phrases)

    def found(self, words: frozenset[str], text: str) -> bool:
        if not self.words.isdisjoint(words):
            return True
        if self.first_words.isdisjoint(words):
            return False
        return any(phrase in text for phrase in self.phrases)


def transpositions(*words: str) -> tuple[str, ...]:
    """Each word with two neighbouring letters swapped: thumbs typing "lnog" for "long"."""
    return tuple(
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for word in words
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    )
