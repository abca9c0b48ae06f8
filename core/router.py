"""Deciding what a plain message is: an answer the bot waits for, a training log, a question.

This is the one place new kinds of message plug in: add a kind here and a handler for it in
`bot/handlers/messages.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

RouteKind = Literal["other"]


@dataclass(frozen=True)
class Route:
    kind: RouteKind


def route_message(text: str) -> Route:
    """Classify a plain message (training logs and questions are not read yet)."""
    return Route(kind="other")
