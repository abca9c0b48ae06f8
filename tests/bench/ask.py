"""Benchmark `answer_question`: index build time and per-question latency.

Run: .venv/bin/python tests/bench/ask.py  — prints one JSON line.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.faq import UserContext, answer_question  # noqa: E402
from core.faq.ask import question_index  # noqa: E402

ROUNDS = 3


def main() -> None:
    questions = []
    for name in ("faq_questions.jsonl", "faq_holdout.jsonl", "faq_holdout2.jsonl"):
        with (ROOT / "tests" / "corpus" / name).open(encoding="utf-8") as handle:
            questions += [json.loads(line)["q"] for line in handle if line.strip()]

    question_index.cache_clear()
    start = time.perf_counter()
    question_index()
    build_s = time.perf_counter() - start

    user = UserContext(bodyweight_kg=68, key_runs={"tue": "intervals", "sat": "long"})
    timings: list[float] = []
    cpu: list[float] = []  # CPU time is immune to other processes sharing the machine
    for round_ in range(ROUNDS):
        for question in questions:
            start, start_cpu = time.perf_counter(), time.thread_time()
            answer_question(question, user=user if round_ % 2 else None)
            cpu.append((time.thread_time() - start_cpu) * 1000)
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    cpu.sort()
    print(
        json.dumps(
            {
                "bench": "ask",
                "index_build_s": round(build_s, 3),
                "p50_ms": round(statistics.median(timings), 3),
                "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 3),
                "max_ms": round(timings[-1], 3),
                "p50_cpu_ms": round(statistics.median(cpu), 3),
                "p95_cpu_ms": round(cpu[int(0.95 * (len(cpu) - 1))], 3),
                "questions": len(questions),
                "answers": len(timings),
            }
        )
    )


if __name__ == "__main__":
    main()
