"""Error helpers for best-effort side work in workflows."""

import logging

log = logging.getLogger("dispatch")


async def best_effort(awaitable, default=None):
    """Await, and log business errors instead of failing the run."""
    try:
        return await awaitable
    except* Exception as group:
        log.warning("best-effort call failed: %s", group.exceptions)
        return default


async def never_fail(awaitable, default=None):
    """Await and swallow anything at all: used for cosmetic notifications."""
    try:
        return await awaitable
    except* BaseException:
        return default
