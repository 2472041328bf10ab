import time

JOBS = {}


def job(fn):
    JOBS[fn.__name__] = fn
    return fn


@job
def stamp(payload: dict) -> dict:
    return {**payload, "at": time.time()}


@job
def passthrough(payload: dict) -> dict:
    return payload
