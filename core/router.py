"""Deciding what a plain message is: a training log, a question, or neither.

This is the one place new kinds of message plug in: add a kind here and a handler for it in
`bot/handlers/messages.py`. A message shaped like a question is never logged, even when it
holds numbers ("is 120 g of protein enough?"), and a message that parses as a log is never
answered as a question.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from core.entries import Units
from core.faq import Answer, UserContext, answer_question
from core.parser import ParseResult, looks_like_question, parse_log_message

RouteKind = Literal["log", "question", "clarify", "other"]


@dataclass(frozen=True)
class Route:
    kind: RouteKind
    parsed: ParseResult | None = None
    answer: Answer | None = None


def route_message(
    text: str,
    *,
    today: dt.date,
    units: Units,
    user: UserContext | None = None,
    previous_topic: str | None = None,
) -> Route:
    """Classify a plain message and carry what was read from it."""
    parsed = None
    if not looks_like_question(text):
        parsed = parse_log_message(text, today=today, units=units)
        if parsed.entries or parsed.rejected:
            # Refused entries are still a log: the logbook may recognise a slip ("845 kg").
            return Route("log", parsed=parsed)
        if parsed.question:
            # Log-like but missing one thing ("300 x5" with no lift): ask for it.
            return Route("clarify", parsed=parsed)
    answer = answer_question(text, user=user, previous_topic=previous_topic)
    if parsed is None or answer.kind != "off_topic":
        return Route("question", parsed=parsed, answer=answer)
    return Route("other", parsed=parsed, answer=answer)
