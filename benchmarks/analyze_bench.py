"""Analysis speed and memory: articles per second on one core, cold start of the CLI, peak RSS.

    python benchmarks/analyze_bench.py [--rounds N]

Reads the gold documents in ../shared/eval (seed + dev) as a corpus of news articles.
Targets (the brief): >= 100 articles/s per core; `frontwatch analyze` on one article
< 1.5 s from a cold start.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def corpus() -> list[Path]:
    return [ROOT / "examples" / "seed.txt", *sorted((SHARED / "eval" / "dev").glob("*.txt"))]


def cold_start(runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "frontwatch", "analyze", str(ROOT / "examples" / "seed.txt"), "--json"],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def throughput(rounds: int) -> tuple[float, int, float]:
    from frontwatch.ingest.textfile import read_document
    from frontwatch.pipeline import analyze
    from frontwatch.resource_set import default_resources

    resources = default_resources()
    docs = [read_document(p, supported=resources.languages()) for p in corpus()]
    for doc in docs:  # warm the lazy resources (each language's matchers are built on first use)
        analyze(doc, resources)
    began = time.process_time()
    for _ in range(rounds):
        for doc in docs:
            analyze(doc, resources)
    cpu = time.process_time() - began
    chars = sum(len(d.text) for d in docs) / len(docs)
    return rounds * len(docs) / cpu, len(docs), chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rate, n, chars = throughput(args.rounds)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {n} articles, {chars:.0f} characters on average")
    print(f"throughput: {rate:.1f} articles/s per core (CPU time, {args.rounds} rounds)")
    print(f"peak RSS (analysis process): {peak:.0f} MB")
    print(f"cold start, `frontwatch analyze` on one article: {cold_start():.2f} s (median of 5)")


if __name__ == "__main__":
    main()
