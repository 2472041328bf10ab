# SDK: wmill 1.850.0 client.py step(name, fn): the callback's result is checkpointed, so the clock read by the wrapper of the helper called in it runs once; a decorator returning the function itself adds nothing.
import functools
import time

from wmill import step, workflow


def timed(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        started = time.monotonic()
        result = fn(*args, **kwargs)
        return {"result": result, "took": time.monotonic() - started}

    return inner


def labelled(fn):
    fn.label = fn.__name__
    return fn


def checked(fn):
    def inner(rows: list) -> int:
        if not isinstance(rows, list):
            raise TypeError("rows must be a list")
        return fn(rows)

    return inner


@timed
def summarize(rows: list) -> int:
    return len(rows)


@labelled
@checked
def count(rows: list) -> int:
    return len(rows)


@workflow
async def main(rows: list):
    summary = await step("summarize", lambda: summarize(rows))
    return {"summary": summary, "count": count(rows)}
