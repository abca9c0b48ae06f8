"""Personal records: Epley estimates, heaviest sets and race-distance bests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.entries import Entry
from core.records import Record, best_lifts, estimated_1rm, new_records, race_time

MON = dt.date(2026, 11, 16)
SAT = dt.date(2026, 11, 21)


def squat(load: float, reps: int, *, day: dt.date = MON, sets: int = 3) -> Entry:
    return Entry("lift", day, exercise="back_squat", sets=sets, reps=reps, load_kg=load)


def run(
    meters: float, seconds: float | None, *, day: dt.date = MON, run_type: str | None = None
) -> Entry:
    return Entry("run", day, distance_m=meters, duration_s=seconds, run_type=run_type)  # type: ignore[arg-type]


def test_epley_numbers() -> None:
    assert estimated_1rm(load_kg=100, reps=5) == pytest.approx(116.667, abs=1e-3)
    assert estimated_1rm(load_kg=100, reps=10) == pytest.approx(133.333, abs=1e-3)
    assert estimated_1rm(load_kg=80, reps=3) == pytest.approx(88.0)
    # A single is the load itself, not load × 31/30.
    assert estimated_1rm(load_kg=140, reps=1) == 140


def test_epley_rejects_zero_reps() -> None:
    with pytest.raises(ValueError):
        estimated_1rm(load_kg=100, reps=0)


def test_best_lifts_takes_the_best_estimate_per_exercise() -> None:
    history = [
        squat(100, 5),
        squat(110, 1),
        Entry("lift", MON, exercise="deadlift", sets=1, reps=1, load_kg=150),
    ]
    best = best_lifts(history=history)
    assert best == pytest.approx({"back_squat": 116.667, "deadlift": 150.0}, abs=1e-3)


def test_best_lifts_leaves_out_what_epley_cannot_estimate() -> None:
    history = [
        Entry("lift", MON, exercise="pull_up", sets=3, reps=8),
        Entry("lift", MON, exercise="plank", sets=3, duration_s=60, load_kg=10),
        Entry(
            "lift",
            MON,
            exercise="bulgarian_split_squat",
            sets=3,
            reps=8,
            load_kg=20,
            per_side=True,
        ),
        Entry("lift", MON, exercise="calf_raise", sets=3, reps=20, load_kg=60),
        Entry("lift", MON, exercise="calf_raise", sets=3, reps=12, load_kg=40),
        run(5000, 1300),
    ]
    assert best_lifts(history=history) == pytest.approx({"calf_raise": 56.0})


def test_heavier_set_at_same_reps_is_a_record() -> None:
    records = new_records(history=[squat(95, 5)], new=[squat(100, 5, day=SAT)])
    assert records == [Record("heaviest", "back_squat", 100, 95, SAT, 5)]
    assert records[0].describe(units="metric") == "New best: Back squat 5 × 100 kg (was 95 kg)"
    assert records[0].describe(units="imperial") == (
        "New best: Back squat 5 × 220.5 lb (was 209.4 lb)"
    )


def test_matching_or_lighter_set_is_no_record() -> None:
    history = [squat(100, 5)]
    assert new_records(history=history, new=[squat(100, 5)]) == []
    assert new_records(history=history, new=[squat(97.5, 5)]) == []
    # 0.5 lb more is a real plate step; float noise from unit conversion is not.
    assert new_records(history=history, new=[squat(100.05, 5)]) == []
    assert new_records(history=history, new=[squat(100 + 0.5 * 0.45359237, 5)]) != []


def test_first_ever_lift_is_not_celebrated() -> None:
    assert new_records(history=[], new=[squat(100, 5)]) == []
    other = [Entry("lift", MON, exercise="deadlift", sets=3, reps=5, load_kg=140)]
    assert new_records(history=other, new=[squat(100, 5)]) == []


def test_more_reps_at_an_old_load_already_counts() -> None:
    # 100 × 8 in the past means 100 × 5 was no best, and 102.5 × 5 is compared with 100.
    history = [squat(100, 8)]
    assert new_records(history=history, new=[squat(100, 5)]) == []
    assert new_records(history=history, new=[squat(102.5, 5)]) == [
        Record("heaviest", "back_squat", 102.5, 100, MON, 5)
    ]


def test_new_rep_count_reports_estimated_max_when_it_rises() -> None:
    history = [squat(100, 5)]
    records = new_records(history=history, new=[squat(95, 8, day=SAT)])
    assert len(records) == 1
    (record,) = records
    assert record.kind == "e1rm"
    assert record.value == pytest.approx(95 * (1 + 8 / 30))
    assert record.previous == pytest.approx(100 * (1 + 5 / 30))
    assert record.describe(units="metric") == (
        "New estimated 1RM (Epley): Back squat 120.3 kg (was 116.7 kg)"
    )
    # A new rep count that does not raise the estimate is nothing to announce.
    assert new_records(history=history, new=[squat(80, 8)]) == []


def test_one_message_announces_only_sets_nothing_else_outdid() -> None:
    history = [squat(95, 5), squat(100, 3)]
    new = [squat(100, 5), squat(105, 5), squat(102.5, 3), squat(105, 5, sets=1)]
    records = new_records(history=history, new=new)
    assert [(r.kind, r.reps, r.value) for r in records] == [("heaviest", 5, 105)]


def test_separate_rep_counts_each_get_a_record() -> None:
    history = [squat(95, 5), squat(105, 1)]
    records = new_records(history=history, new=[squat(100, 5), squat(112.5, 1)])
    assert sorted((r.reps, r.value, r.previous) for r in records) == [
        (1, 112.5, 105),
        (5, 100, 95),
    ]


def test_per_side_sets_compare_only_with_per_side_sets() -> None:
    def bss(load: float, *, per_side: bool) -> Entry:
        return Entry(
            "lift",
            MON,
            exercise="bulgarian_split_squat",
            sets=3,
            reps=8,
            load_kg=load,
            per_side=per_side,
        )

    assert new_records(history=[bss(20, per_side=False)], new=[bss(22, per_side=True)]) == []
    records = new_records(history=[bss(20, per_side=True)], new=[bss(24, per_side=True)])
    assert [r.describe(units="metric") for r in records] == [
        "New best: Bulgarian split squat 8/leg × 24 kg (was 20 kg)"
    ]


def test_bodyweight_and_holds_set_no_lift_records() -> None:
    history = [
        Entry("lift", MON, exercise="pull_up", sets=3, reps=6),
        Entry("lift", MON, exercise="plank", sets=3, duration_s=45),
    ]
    new = [
        Entry("lift", SAT, exercise="pull_up", sets=3, reps=10),
        Entry("lift", SAT, exercise="plank", sets=3, duration_s=90),
    ]
    assert new_records(history=history, new=new) == []


@pytest.mark.parametrize(
    ("meters", "label"),
    [
        (5000, "5k"),
        (4901, "5k"),
        (5099, "5k"),
        (10050, "10k"),
        (21097.5, "half marathon"),
        (21300, "half marathon"),
        (42195, "marathon"),
        (42700, "marathon"),
    ],
)
def test_race_distances_within_two_percent(meters: float, label: str) -> None:
    timed = race_time(run(meters, 3600))
    assert timed is not None
    assert timed[0] == label


@pytest.mark.parametrize("meters", [4800, 5200, 7000, 9700, 15000, 20500, 30000, 43100])
def test_other_distances_are_no_race_distance(meters: float) -> None:
    assert race_time(run(meters, 3600)) is None


def test_run_without_time_has_no_race_time() -> None:
    assert race_time(run(5000, None)) is None


def test_short_course_time_is_scaled_up_long_course_kept() -> None:
    short = race_time(run(4950, 1287))
    assert short is not None
    assert short[1] == pytest.approx(1300)
    assert race_time(run(5050, 1300)) == ("5k", 1300)


def test_faster_5k_is_a_record() -> None:
    records = new_records(history=[run(5000, 1330)], new=[run(5000, 1294, day=SAT)])
    assert records == [Record("fastest", "5k", 1294, 1330, SAT)]
    assert records[0].describe(units="metric") == "New 5k best: 21:34 (was 22:10)"


def test_slower_or_same_second_is_no_record() -> None:
    history = [run(5000, 1294)]
    assert new_records(history=history, new=[run(5000, 1300)]) == []
    assert new_records(history=history, new=[run(5000, 1294.3)]) == []
    assert new_records(history=history, new=[run(5000, 1293)]) != []


def test_short_course_cannot_steal_a_record() -> None:
    # 4.9 km in 21:20 is 21:46 over the full 5 km: slower than 21:34.
    assert new_records(history=[run(5000, 1294)], new=[run(4900, 1280)]) == []


def test_longer_run_does_not_count_as_a_shorter_best() -> None:
    assert new_records(history=[run(5000, 1500)], new=[run(10000, 2900)]) == []


def test_first_race_is_celebrated_first_training_run_is_not() -> None:
    assert new_records(history=[], new=[run(10000, 2700)]) == []
    records = new_records(history=[], new=[run(42195, 13512, day=SAT, run_type="race")])
    assert records == [Record("fastest", "marathon", 13512, None, SAT)]
    assert records[0].describe(units="imperial") == "First marathon on record: 3:45:12"


def test_half_marathon_wording() -> None:
    records = new_records(history=[run(21097.5, 6510)], new=[run(21100, 6300)])
    assert [r.describe(units="metric") for r in records] == [
        "New half marathon best: 1:45:00 (was 1:48:30)"
    ]


def test_only_the_fastest_of_several_new_runs_is_reported() -> None:
    records = new_records(history=[run(5000, 1400)], new=[run(5000, 1350), run(5000, 1320)])
    assert [(r.value, r.previous) for r in records] == [(1320, 1400)]


loads = st.floats(min_value=1, max_value=300).map(lambda x: round(x * 4) / 4)
reps = st.integers(min_value=1, max_value=20)
lift_entries = st.builds(
    Entry,
    kind=st.just("lift"),
    date=st.just(MON),
    exercise=st.sampled_from(["back_squat", "deadlift", "calf_raise"]),
    sets=st.integers(min_value=1, max_value=5),
    reps=reps,
    load_kg=loads,
    per_side=st.booleans(),
)
run_entries = st.builds(
    Entry,
    kind=st.just("run"),
    date=st.just(MON),
    distance_m=st.sampled_from([5000.0, 4950.0, 10000.0, 10100.0, 21097.5, 42195.0]),
    duration_s=st.floats(min_value=600, max_value=30000),
    run_type=st.sampled_from([None, "easy", "race"]),
)
entries = st.lists(lift_entries | run_entries, max_size=12)


@given(history=entries, new=entries)
def test_a_record_always_beats_its_previous_best(history: list[Entry], new: list[Entry]) -> None:
    for record in new_records(history=history, new=new):
        if record.previous is None:
            assert record.kind == "fastest"
            continue
        if record.kind == "fastest":
            assert record.value < record.previous
        else:
            assert record.value > record.previous
        assert record.describe(units="metric")
        assert record.describe(units="imperial")


@given(history=entries, new=entries)
def test_nothing_in_new_is_a_record_over_a_history_that_holds_it(
    history: list[Entry], new: list[Entry]
) -> None:
    assert new_records(history=history + new, new=new) == []


@given(history=entries)
def test_best_lift_is_at_least_every_logged_single(history: list[Entry]) -> None:
    best = best_lifts(history=history)
    for entry in history:
        if entry.kind == "lift" and entry.reps == 1 and not entry.per_side:
            assert entry.exercise is not None
            assert entry.load_kg is not None
            assert best[entry.exercise] >= entry.load_kg
