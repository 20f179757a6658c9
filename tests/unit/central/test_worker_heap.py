"""A central-record worker keeps the garbage collector off its start-up heap once its app is built."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import gc
from workbench.central.workers import settle_worker_heap
before = gc.get_freeze_count()
settle_worker_heap()
print(before, gc.get_freeze_count())
"""


def test_settle_worker_heap_freezes_what_the_worker_holds() -> None:
    # In a process of its own: freezing is for the life of the process.
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    before, after = map(int, out.stdout.split())
    assert before == 0
    assert after > 10_000  # the imported modules, their classes and functions
