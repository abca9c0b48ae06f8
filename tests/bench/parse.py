"""Parser throughput on the corpus messages: prints one JSON line.

The headline figure is with the parser's look-up caches warm (a running bot has seen its
users' exercise names before); `us_per_message_cold_median` clears them before every pass, as
if each message were the first of its kind.

Run: python tests/bench/parse.py [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.parser import clear_lookup_caches, parse_log_message  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "parse_corpus.jsonl"


def load_messages() -> list[tuple[str, dt.date, str]]:
    with CORPUS.open(encoding="utf-8") as handle:
        cases = [json.loads(line) for line in handle if line.strip()]
    return [(c["text"], dt.date.fromisoformat(c["today"]), c["units"]) for c in cases]


def one_run(messages: list[tuple[str, dt.date, str]], repeat: int, cold: bool = False) -> float:
    """Seconds per message over `repeat` passes through the corpus."""
    elapsed = 0.0
    for _ in range(repeat):
        if cold:
            clear_lookup_caches()
        start = time.perf_counter()
        for text, today, units in messages:
            parse_log_message(text, today=today, units=units)  # type: ignore[arg-type]
        elapsed += time.perf_counter() - start
    return elapsed / (repeat * len(messages))


def calibration_us() -> float:
    """Microseconds for a fixed pure-Python workload, to compare figures across machines."""
    start = time.perf_counter()
    for _ in range(20):
        sorted(str(i) for i in range(1000))
    return round((time.perf_counter() - start) / 20 * 1e6, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=20, help="corpus passes per run")
    args = parser.parse_args()
    messages = load_messages()
    one_run(messages, 1)  # warm the caches the parser keeps (compiled patterns, fuzzy hits)
    timings = [one_run(messages, args.repeat) for _ in range(args.runs)]
    median = statistics.median(timings)
    cold = statistics.median(one_run(messages, 5, cold=True) for _ in range(args.runs))
    reference = calibration_us()
    print(
        json.dumps(
            {
                "bench": "parse",
                "messages": len(messages),
                "messages_per_s": round(1 / median),
                "us_per_message_median": round(median * 1e6, 1),
                "us_per_message_best": round(min(timings) * 1e6, 1),
                "us_per_message_cold_median": round(cold * 1e6, 1),
                "runs": args.runs,
                "calibration_us": reference,
            }
        )
    )


if __name__ == "__main__":
    main()
