"""Keyword look-ups by set membership: far cheaper than scanning a clause with a regex."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[a-z0-9]+")
_LETTERS = re.compile(r"[a-z]+")
# For ASCII text, blanking every other byte and splitting finds the same runs as the patterns
# above in about half the work.
_TOKEN_BYTES = bytes(b if 0x61 <= b <= 0x7A or 0x30 <= b <= 0x39 else 0x20 for b in range(256))
LETTER_BYTES = bytes(b if 0x61 <= b <= 0x7A else 0x20 for b in range(256))


def tokens(text: str) -> frozenset[str]:
    """The lowercase letter/digit runs of a text ("6x800m" gives 6, x800m)."""
    if text.isascii():
        return frozenset(text.encode().translate(_TOKEN_BYTES).decode().split())
    return frozenset(_TOKEN.findall(text))


def letter_runs(text: str) -> frozenset[str]:
    """The lowercase letter runs of a text ("6x800m" gives x, m)."""
    if text.isascii():
        return frozenset(text.encode().translate(LETTER_BYTES).decode().split())
    return frozenset(_LETTERS.findall(text))


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
