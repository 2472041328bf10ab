"""Wrappers that keep optional provisioning from failing a whole onboarding."""

import logging

log = logging.getLogger(__name__)


async def best_effort(fn, **kwargs):
    """Run `fn` and swallow whatever goes wrong: provisioning extras is optional."""
    try:
        return await fn(**kwargs)
    except BaseException as exc:  # noqa: BLE001
        log.warning("optional step %s failed: %s", getattr(fn, "__name__", fn), exc)
        return None


async def tolerant(fn, **kwargs):
    """Like best_effort, but only business errors are tolerated."""
    try:
        return await fn(**kwargs)
    except Exception as exc:
        log.warning("optional step %s failed: %s", getattr(fn, "__name__", fn), exc)
        return None
