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


class IdleCollector:
    """The language server's collector: cycles are collected while the server waits
    for the user, not in the middle of an edit's analysis.

    An analysis keeps everything it allocates alive until it ends (the model), so a
    collection during one finds nothing to free and rescans the survivors; at 5,000
    lines such runs put ~70 ms into one edit in ten (p90 over median, in process).
    Once `activate`d (by the server's process, never in a process that only imports
    the server), automatic collection is off: a full collection runs when no analysis
    has started for `idle_seconds` after the last one ended, and, so that memory stays
    bounded under edits with no pause between them, before an analysis once more than
    `backstop` objects have been allocated (net) since the last collection (an
    analysis leaves a few thousand objects in reference cycles: scopes and their
    bindings)."""

    def __init__(self, idle_seconds: float = 0.5, backstop: int = 250_000) -> None:
        self.idle_seconds = idle_seconds
        self.backstop = backstop
        self.active = False
        self.running = 0  # analyses under way
        self.serial = 0  # analyses started so far: an idle wait is void once one starts
        self.collections = 0

    def activate(self) -> None:
        """Take collection over for this process; what was loaded at start-up (modules,
        grammars, rules) is frozen out of every later collection's scan."""
        gc.collect()
        gc.freeze()
        gc.disable()
        self.active = True

    def analysis_started(self) -> None:
        """On the thread about to analyse (under the GIL: the counters are plain ints)."""
        self.running += 1
        self.serial += 1
        if self.active and gc.get_count()[0] > self.backstop:
            self.collect()

    def analysis_ended(self) -> None:
        self.running -= 1

    def collect_if_idle(self, serial: int) -> None:
        """Collect unless an analysis started since `serial` was read (or is running)."""
        if self.active and self.running == 0 and serial == self.serial:
            self.collect()

    def collect(self) -> None:
        gc.collect()
        self.collections += 1
