"""Ask the coach: answers to runners' questions about strength training, from pure data."""

from core.faq.ask import (
    TOPICS,
    Answer,
    answer_question,
    answer_topic,
    rank_topics,
    topic_entry,
)
from core.faq.knowledge import TopicEntry
from core.faq.personal import UserContext

__all__ = [
    "TOPICS",
    "Answer",
    "TopicEntry",
    "UserContext",
    "answer_question",
    "answer_topic",
    "rank_topics",
    "topic_entry",
]
