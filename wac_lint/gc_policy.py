"""The garbage collector's settings for a command-line run.

Analysis allocates hundreds of thousands of small, long-lived objects (syntax
nodes, the model, per-call facts) and few reference cycles. With CPython's
default thresholds (700 allocations) the collector runs thousands of times per
large file and rescans every survivor in its older generations: 15-25% of the
CPU of `check` and `graph` on a 20,000-statement workflow. mypy makes the same
trade (`gc.set_threshold(200 * 1000, 30, 30)` in `mypy/build.py`).
"""

from __future__ import annotations

import gc

# Young-generation threshold: cycles are still collected, a few hundred times less
# often; the older generations are scanned on the default schedule relative to it.
THRESHOLDS = (100_000, 20, 20)


def tune_for_analysis() -> None:
    """Collect cycles less often (no `gc.freeze()`: in a process that runs the
    commands many times, such as a test run, it would keep uncollected garbage)."""
    gc.set_threshold(*THRESHOLDS)
