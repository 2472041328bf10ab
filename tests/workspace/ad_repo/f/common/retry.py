"""Retry decorator from the 2022 scripts. Nothing imports it any more."""

import functools
import time


def with_retries(times: int = 3, pause: float = 2.0):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except BaseException:
                    if attempt == times - 1:
                        raise
                    time.sleep(pause)

        return wrapper

    return deco
