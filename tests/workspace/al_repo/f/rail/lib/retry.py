"""Retry helpers for flaky upstream calls."""

import asyncio


class Backoff:
    """`await BACKOFF(fn, *args)`: call `fn` up to `attempts` times."""

    def __init__(self, attempts: int = 3):
        self.attempts = attempts

    async def __call__(self, fn, *args, **kwargs):
        last: BaseException | None = None
        for _ in range(self.attempts):
            try:
                return await fn(*args, **kwargs)
            except BaseException as exc:  # sockets reset by the VPN show up as CancelledError
                last = exc
        raise RuntimeError(f"{getattr(fn, '__name__', fn)} failed {self.attempts} times") from last


class SoftBackoff(Backoff):
    """Like Backoff, but lets everything that is not an `Exception` through."""

    async def __call__(self, fn, *args, **kwargs):
        last: Exception | None = None
        for _ in range(self.attempts):
            try:
                return await fn(*args, **kwargs)
            except Exception as exc:
                last = exc
        raise RuntimeError(f"{getattr(fn, '__name__', fn)} failed {self.attempts} times") from last


BACKOFF = Backoff()
SOFT = SoftBackoff()


async def pause(seconds: float) -> None:
    await asyncio.sleep(seconds)
