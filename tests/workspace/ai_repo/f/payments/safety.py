"""Team conventions for calling out to acquirers: one place to change retry policy."""

from __future__ import annotations

from f.payments.retry import attempt


async def guarded(fn, *args, **kwargs):
    return await attempt(fn, *args, tries=3, **kwargs)


def redact(value: str, keep: int = 4) -> str:
    return "*" * max(len(value) - keep, 0) + value[-keep:]
