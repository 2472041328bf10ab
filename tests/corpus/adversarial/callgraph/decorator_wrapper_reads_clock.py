# SDK: wmill 1.850.0 client.py workflow(): the body runs again from the top on each replay; a call of a decorated helper runs the wrapper its decorator returns, here `inner`, which reads the clock.
import functools
import time

from wmill import task, workflow


def timed(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        started = time.monotonic()
        result = fn(*args, **kwargs)
        return {"result": result, "took": time.monotonic() - started}

    return inner


@timed
def summarize(rows: list) -> int:
    return len(rows)


@task()
async def load(n: int) -> list:
    return list(range(n))


@workflow
async def main(n: int):
    rows = await load(n)
    return summarize(rows)  # expect: WAC102
