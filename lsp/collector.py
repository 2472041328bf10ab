"""The garbage collector around analyses.

An analysis allocates a few hundred thousand objects (the tree-sitter nodes
the model points at, the model, the rules' facts); the collector's automatic
runs during it scanned everything alive, including the previous analyses the
server keeps and every module object, and made one edit in four or five 50%
slower at 5,000 lines. The server therefore freezes what it loaded at start
(`gc.freeze`: never scanned again), and pauses automatic collection while an
analysis runs; collection resumes when no analysis is running, so the garbage
of finished analyses (their models hold reference cycles) is still collected.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

_lock = threading.Lock()
_running = 0


def freeze_loaded() -> None:
    """Collect once, then keep everything alive now out of later collections."""
    gc.collect()
    gc.freeze()


def paused(job: Callable[[], T]) -> T:
    """Run `job` with automatic collection paused (for as long as any paused job runs)."""
    global _running
    with _lock:
        _running += 1
        if _running == 1:
            gc.disable()
    try:
        return job()
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                gc.enable()
