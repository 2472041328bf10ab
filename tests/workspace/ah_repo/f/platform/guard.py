"""Run a call and keep going when it fails: for best-effort cleanup."""

import logging

log = logging.getLogger("sre.guard")


async def guarded(fn, *args, **kwargs):
    try:
        return await fn(*args, **kwargs)
    except BaseException as exc:  # never let cleanup kill the incident workflow
        log.warning("best-effort call %s failed: %r", getattr(fn, "__name__", fn), exc)
        return None


async def soft(fn, *args, **kwargs):
    try:
        return await fn(*args, **kwargs)
    except Exception as exc:
        log.warning("soft call %s failed: %r", getattr(fn, "__name__", fn), exc)
        return None
