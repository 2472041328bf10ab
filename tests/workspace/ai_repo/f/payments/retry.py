from __future__ import annotations

import logging

log = logging.getLogger("payments.retry")


async def attempt(fn, *args, tries: int = 2, **kwargs):
    """Call `fn` up to `tries` times; give up quietly (the caller decides what None means)."""
    last = None
    for i in range(tries):
        try:
            return await fn(*args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - keep the run alive
            last = exc
            log.warning("attempt %s of %s failed: %s", i + 1, fn, exc)
    log.error("giving up on %s: %s", fn, last)
    return None
