"""Small helpers shared by the benchmarks: medians of repeated runs, and a results table."""

from __future__ import annotations

import statistics
import time
from typing import Callable


def median_seconds(func: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        func()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def report(title: str, rows: list[tuple[str, float, float]]) -> None:
    """rows: (what, ours in seconds, baseline in seconds)."""
    print(f"\n{title}")
    print(f"{'what':<48} {'ours':>10} {'baseline':>10} {'speed-up':>9}")
    for what, ours, base in rows:
        print(f"{what:<48} {ours * 1000:>8.1f}ms {base * 1000:>8.1f}ms {base / ours:>8.1f}x")
