"""Retry decorators for flaky DTN and slurmrestd calls."""

import functools
import logging

log = logging.getLogger("rcc.retry")


def retrying(attempts: int = 3):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, attempts + 1):
                try:
                    return await fn(*args, **kwargs)
                except BaseException as exc:  # the DTN drops sockets with odd errors
                    log.warning("%s failed (attempt %s/%s): %r", fn.__name__, attempt, attempts, exc)
                    last = exc
            raise RuntimeError(f"{fn.__name__} gave up after {attempts} attempts") from last

        return wrapper

    return decorate


def retrying_errors(attempts: int = 3):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return await fn(*args, **kwargs)
                except Exception as exc:
                    if attempt == attempts:
                        raise
                    log.warning("%s failed (attempt %s/%s): %r", fn.__name__, attempt, attempts, exc)

        return wrapper

    return decorate
