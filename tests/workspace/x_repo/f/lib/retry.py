# SDK: wmill 1.850.0 sleep() is durable; TaskError subclasses Exception, the suspension is a BaseException
"""Two retry decorators the team put above tasks."""

import functools
import time

from wmill import TaskError, sleep


def retrying(attempts: int = 3):
    """Old style: blocks between attempts."""

    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for i in range(attempts - 1):
                try:
                    return await fn(*args, **kwargs)
                except Exception:
                    time.sleep(2**i)
            return await fn(*args, **kwargs)

        return wrapper

    return deco


def with_retries(attempts: int = 3):
    """New style: a durable sleep between attempts, only task failures retried."""

    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for i in range(attempts - 1):
                try:
                    return await fn(*args, **kwargs)
                except TaskError:
                    await sleep(2**i)
            return await fn(*args, **kwargs)

        return wrapper

    return deco
