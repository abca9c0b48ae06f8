"""Behaviour of the coach's answers: content, personalisation, follow-ups, odd input."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.faq import TOPICS, Answer, UserContext, answer_question, topic_entry

CONTRACT_TOPICS = [
    "benefits",
    "bulk_and_speed",
    "injury_prevention",
    "sessions_per_week",
    "session_length",
    "lift_run_order",
    "scheduling_week",
    "how_heavy",
    "reps_and_sets",
    "rir_failure",
    "rest_between_sets",
    "progression",
    "best_exercises",
    "home_training",
    "plyometrics",
    "core_training",
    "upper_body",
    "race_taper",
    "periodization",
    "protein",
    "calories",
    "carbs_fueling",
    "hydration",
    "sleep_recovery",
    "beginners",
    "soreness",
    "stretching_mobility",
    "running_muscles",
]


def test_every_contract_topic_has_an_entry() -> None:
    assert sorted(TOPICS) == sorted(CONTRACT_TOPICS)


@pytest.mark.parametrize("slug", CONTRACT_TOPICS)
def test_entry_is_short_with_more_and_sources(slug: str) -> None:
    entry = topic_entry(slug)
    assert 0 < len(entry.short) <= 700
    assert len(entry.more) > 100
    assert entry.sources and all(len(s) > 20 for s in entry.sources)
    assert TOPICS[slug] == entry.title
    # Plain text: the bot escapes it, so no markup of our own may sneak in.
    assert not re.search(r"<[a-z/]|&\w+;", entry.short + entry.more)


@pytest.mark.parametrize(
    ("slug", "numbers"),
    [
        ("sessions_per_week", ["2"]),
        ("rir_failure", ["1–3"]),
        ("protein", ["1.6–2.2 g"]),
        ("session_length", ["20–45"]),
        ("race_taper", ["14 days", "4 days", "50–70 %"]),
        ("rest_between_sets", ["1.5–3 minutes", "60–90 seconds"]),
        ("reps_and_sets", ["3–6", "8–12"]),
        ("benefits", ["2–8 %"]),
    ],
)
def test_short_answers_carry_the_key_numbers(slug: str, numbers: list[str]) -> None:
    short = topic_entry(slug).short
    for number in numbers:
        assert number in short


def test_scheduling_answer_forbids_heavy_legs_before_key_runs() -> None:
    assert "Never do heavy legs the day before a key run" in topic_entry("scheduling_week").short


def test_economy_and_injury_studies_are_cited() -> None:
    sources = " ".join(topic_entry("benefits").sources)
    assert "Llanos-Lagos" in sources and "Sports Med" in sources
    assert "Br" in " ".join(topic_entry("injury_prevention").sources)


def test_answer_json_follows_the_contract() -> None:
    answer = answer_question("how much protein should I eat")
    assert answer.to_json("how much protein should I eat") == {
        "text": "how much protein should I eat",
        "topic": "protein",
        "answer": topic_entry("protein").short,
    }


def test_protein_grams_come_from_bodyweight() -> None:
    answer = answer_question("how much protein should I eat?", user=UserContext(bodyweight_kg=68))
    assert answer.topic == "protein"
    assert "68 kg" in answer.text
    assert "110–150 g" in answer.text


def test_imperial_user_sees_pounds() -> None:
    user = UserContext(bodyweight_kg=68, units="imperial", working_weights={"back_squat": 80})
    protein = answer_question("how much protein do I need a day", user=user)
    assert "150 lb" in protein.text and "110–150 g" in protein.text
    heavy = answer_question("how heavy should I lift?", user=user)
    assert heavy.topic == "how_heavy"
    assert "176 lb" in heavy.text and "kg" not in heavy.text.split("\n\n")[-1]


def test_without_context_the_generic_answer_stands() -> None:
    answer = answer_question("how much protein should I eat?")
    assert answer.text == topic_entry("protein").short
    assert "For you" not in answer.text


def test_scheduling_mentions_key_runs_and_next_strength_day() -> None:
    user = UserContext(key_runs={"tue": "intervals", "sat": "long"}, next_strength_day="Thursday")
    answer = answer_question("which days should I do my strength sessions?", user=user)
    assert answer.topic == "scheduling_week"
    assert "intervals on Tuesday" in answer.text
    assert "long run on Saturday" in answer.text
    assert "Friday" in answer.text  # the day before the long run stays free of heavy legs
    assert "Thursday" in answer.text


@pytest.mark.parametrize(
    ("days", "distance", "expected"),
    [
        (0, 42.195, "today"),
        (3, 10.0, "no heavy lower-body"),
        (6, 42.195, "nothing beyond light activation"),
        (10, 42.195, "taper"),
        (12, 5.0, "taper starts in 5 days"),
    ],
)
def test_taper_answer_uses_days_to_race(days: int, distance: float, expected: str) -> None:
    user = UserContext(days_to_race=days, race_distance_km=distance)
    answer = answer_question("should I still lift before my race?", user=user)
    assert answer.topic == "race_taper"
    assert expected in answer.text
    if days:
        assert str(days) in answer.text or days == 1


def test_taper_names_the_race() -> None:
    user = UserContext(days_to_race=9, race_name="Berlin Marathon", race_distance_km=42.195)
    answer = answer_question("when do I stop lifting in the taper?", user=user)
    assert "Berlin Marathon is in 9 days" in answer.text


def test_how_heavy_cites_working_weights_and_progression_suggests_next_step() -> None:
    user = UserContext(working_weights={"romanian_deadlift": 60, "back_squat": 80})
    heavy = answer_question("how heavy should my lifts be?", user=user)
    assert "Romanian deadlift 60 kg" in heavy.text
    assert "back squat 80 kg" in heavy.text
    progress = answer_question("when should I add weight to the bar?", user=user)
    assert progress.topic == "progression"
    assert "60 kg → 62.5 kg" in progress.text


@pytest.mark.parametrize(
    ("question", "previous", "expected"),
    [
        ("and in race week?", "how_heavy", "race_taper"),
        ("what about for a 10k?", "race_taper", "race_taper"),
        ("what about for a 10k?", "protein", "protein"),
        ("and if I'm vegan?", "protein", "protein"),
        ("ok and how many sets?", "how_heavy", "reps_and_sets"),
    ],
)
def test_follow_ups_use_the_previous_topic(question: str, previous: str, expected: str) -> None:
    assert answer_question(question, previous_topic=previous).topic == expected


def test_follow_up_without_context_is_not_answered_confidently() -> None:
    answer = answer_question("what about for a 10k?")
    assert answer.topic != "protein"


def test_unknown_previous_topic_is_ignored() -> None:
    answer = answer_question("how much protein do I need?", previous_topic="no_such_topic")
    assert answer.topic == "protein"


def test_vague_question_gets_suggestions_instead_of_a_guess() -> None:
    answer = answer_question("what about lifting and stuff")
    assert answer.kind == "unsure"
    assert answer.topic is None
    assert 2 <= len(answer.suggestions) <= 3
    assert all(s in TOPICS for s in answer.suggestions)
    assert "not sure" in answer.text
    assert TOPICS[answer.suggestions[0]].rstrip("?") in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what running shoes should I get for a marathon?",
        "is it going to rain on Saturday?",
        "how do I file my tax return",
        "recommend me a movie for tonight",
        "which garmin has the best battery life?",
    ],
)
def test_off_topic_is_declined_politely(question: str) -> None:
    answer = answer_question(question)
    assert answer.topic is None and answer.kind == "off_topic"
    assert "strength" in answer.text
    assert answer.to_json(question)["topic"] is None


def test_diagnosis_questions_point_to_a_professional() -> None:
    answer = answer_question("is my knee torn? it swelled up after my run")
    assert answer.topic is None
    assert "doctor" in answer.text or "physio" in answer.text


def test_injury_prevention_is_still_answered() -> None:
    answer = answer_question("what should I strengthen to stop getting shin splints?")
    assert answer.topic == "injury_prevention"


@pytest.mark.parametrize(
    "question",
    [
        "is 120g protein enough for a 70kg marathoner",
        "protien intake for runnres?",
        "how hevy shoud i lift",
        "legs r toast after squats, run tomorrow or not",
    ],
)
def test_numbers_typos_and_slang_are_understood(question: str) -> None:
    assert answer_question(question).topic is not None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # A misspelt cue word still points at its topic.
        ("should i go to faliure on every set", "rir_failure"),
        ("how oftn should i bump up the wieghts", "progression"),
        # Hyphens and gym shorthand.
        ("good upper-body moves for someone who mainly runs", "upper_body"),
        ("will s&c make me hench", "bulk_and_speed"),
        ("pres ups for runners, useful or poinless", "upper_body"),
        # The topic word is missing; the question still says what it is about.
        ("will i turn into a hulk if i squat", "bulk_and_speed"),
        ("run then lift or lift then run?", "lift_run_order"),
        ("should i do jumps before or after my lifts", "plyometrics"),
        ("race on sunday, can i still do legs on thursday", "race_taper"),
    ],
)
def test_misspelt_hyphenated_and_implicit_questions_find_their_topic(
    question: str, topic: str
) -> None:
    assert answer_question(question).topic == topic


@pytest.mark.parametrize(
    "question",
    [
        "does caffeine help race performance",
        "what cadence should i run at",
        "sharp pain on top of my foot when i walk",
        "pain in my heel first thing in the morning, what could it be",
        "how long does it take to get back to running after covid",
    ],
)
def test_near_domain_and_medical_questions_are_declined(question: str) -> None:
    assert answer_question(question).topic is None


def test_being_sick_of_injuries_is_not_a_medical_question() -> None:
    answer = answer_question("im sick of getting injured, will strength training help")
    assert answer.topic == "injury_prevention"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "🏃‍♀️💪🔥", "?!?!", "x" * 5000, "protein " * 800, "\x00\n\t", "ñandú über café"],
)
def test_odd_input_never_raises(text: str) -> None:
    answer = answer_question(text)
    assert isinstance(answer, Answer)
    assert answer.text
    assert 0.0 <= answer.confidence <= 1.0


def test_long_rambling_question_is_answered() -> None:
    question = (
        "Long time lurker. I'm 41, started running in lockdown, did my first half last spring "
        "in 1:58 and now I'm building for a marathon in April, four runs a week, about 30 miles. "
        "My physio told me to add strength work and I've started going to the gym on Mondays "
        "and Thursdays. My long run is on Sundays and intervals are on Tuesdays with the club. "
        "Question is: I do legs Thursday evening, and on Friday I'm wiped, so is it better to "
        "move the gym to a different day of the week, and if so which one?"
    ) * 2
    assert answer_question(question).topic == "scheduling_week"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_a_well_formed_answer(text: str) -> None:
    answer = answer_question(text)
    assert (answer.topic is None) == (answer.kind != "answer")
    assert answer.topic is None or answer.topic in TOPICS
    assert answer.kind != "unsure" or 2 <= len(answer.suggestions) <= 3
