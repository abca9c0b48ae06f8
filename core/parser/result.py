"""What parsing one message gives back."""

from __future__ import annotations

from typing import Any, NamedTuple

from core.entries import Entry


class ParseResult(NamedTuple):
    """Entries found in a message, or why nothing was logged (never both).

    A named tuple, as `Entry` is: every message read builds one.
    """

    entries: tuple[Entry, ...] = ()
    error: str | None = None
    question: str | None = None
    # Entries read but refused as implausible (never stored): the coach may still recognise a
    # slip against the runner's history ("845 kg" when they squat 85).
    rejected: tuple[Entry, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self, text: str) -> dict[str, Any]:
        """Return the `coach parse --json` object for this result."""
        return {
            "text": text,
            "error": self.error,
            "entries": [entry.to_json() for entry in self.entries],
        }
