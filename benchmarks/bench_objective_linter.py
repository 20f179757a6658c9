"""How long does the objective linter take per keystroke (issue 9 point 2: it runs as you type)?

    .venv/bin/python benchmarks/bench_objective_linter.py [--runs 5]

Types every labelled statement of ``tests/unit/domain/objective_statements.py`` one character at a time
and lints each prefix with the shipped catalogue, as the plan screen does on every keystroke; then lints
a 20,000-character paste. Baseline in the same run: ``Catalogue.find`` alone on the same prefixes (the
one regular expression over every programme name). Prints the median, p99 and worst time per call and
the ratio of the medians; never asserts a time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from workbench.config import load_catalogue
from workbench.domain.objectives import lint

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "unit" / "domain"))
from objective_statements import ALL


def _times(call: Callable[[str], object], texts: list[str]) -> list[float]:
    out: list[float] = []
    for text in texts:
        start = time.perf_counter()
        call(text)
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    catalogue = load_catalogue()
    prefixes = [text[:n] for text, _ in ALL for n in range(1, len(text) + 1)]
    lint_times: list[float] = []
    find_times: list[float] = []
    _times(lambda t: lint(t, catalogue), prefixes)  # warm-up
    for _ in range(args.runs):
        find_times += _times(catalogue.find, prefixes)
        lint_times += _times(lambda t: lint(t, catalogue), prefixes)
    paste = ("He will attend TSP and then stay drug-free on release, " * 400)[:20_000]
    paste_times = _times(lambda t: lint(t, catalogue), [paste] * 50)

    def show(name: str, times: list[float]) -> None:
        ms = sorted(t * 1000 for t in times)
        p99 = ms[int(len(ms) * 0.99) - 1]
        print(f"{name:<28} median {statistics.median(ms):.3f} ms  p99 {p99:.3f} ms  worst {ms[-1]:.3f} ms")

    print(f"{len(prefixes)} keystrokes x {args.runs} runs")
    show("baseline Catalogue.find", find_times)
    show("lint (per keystroke)", lint_times)
    show("lint (20,000-char paste)", paste_times)
    print(f"ratio lint / find (medians): {statistics.median(lint_times) / statistics.median(find_times):.1f}")


if __name__ == "__main__":
    main()
