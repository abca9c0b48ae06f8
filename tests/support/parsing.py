"""Reading one message the way the parser tests do: on a fixed Saturday, metric by default."""

from __future__ import annotations

import datetime as dt

from core.entries import Entry
from core.parser import ParseResult, parse_log_message

TODAY = dt.date(2026, 11, 21)  # a Saturday


def parse(text: str, units: str = "metric", today: dt.date = TODAY) -> ParseResult:
    return parse_log_message(text, today=today, units=units)  # type: ignore[arg-type]


def only(text: str, units: str = "metric", today: dt.date = TODAY) -> Entry:
    """The one entry a message must give."""
    result = parse(text, units, today)
    assert result.error is None, result.error
    assert len(result.entries) == 1, result.entries
    return result.entries[0]
