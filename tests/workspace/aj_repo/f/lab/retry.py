"""Retry helper used by the integration workflows."""

import logging

log = logging.getLogger("lab.retry")


async def with_retry(fn, *args, attempts: int = 3, **kwargs):
    last = None
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except:  # noqa: E722 - the gateway throws odd things
            log.warning("attempt %s of %s failed", attempt, attempts)
            last = attempt
    raise RuntimeError(f"gave up after {last} attempts")
