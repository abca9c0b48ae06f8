"""What parsing one message gives back."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from core.entries import Entry


@dataclass(frozen=True, slots=True, init=False)
class ParseResult:
    """Entries found in a message, or why nothing was logged (never both)."""

    entries: tuple[Entry, ...] = ()
    error: str | None = None
    question: str | None = None
    # Entries read but refused as implausible (never stored): the coach may still recognise a
    # slip against the runner's history ("845 kg" when they squat 85).
    rejected: tuple[Entry, ...] = ()

    def __init__(
        self,
        entries: tuple[Entry, ...] = (),
        error: str | None = None,
        question: str | None = None,
        rejected: tuple[Entry, ...] = (),
    ) -> None:
        # Set through the slots' own setters, as `Entry` does: one result per message.
        set_entries, set_error, set_question, set_rejected = _RESULT_SETTERS
        set_entries(self, entries)
        set_error(self, error)
        set_question(self, question)
        set_rejected(self, rejected)

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


_RESULT_SETTERS = tuple(ParseResult.__dict__[field.name].__set__ for field in fields(ParseResult))
