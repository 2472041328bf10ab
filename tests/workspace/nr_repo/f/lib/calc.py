import time

from f.lib.deco import memo, metered


def traced(fn):
    def inner(*args):
        started = time.time()
        result = fn(*args)
        print(f"{fn.__name__} took {time.time() - started:.3f}s")
        return result

    return inner


@metered
def score(values: list) -> float:
    return sum(values) / max(len(values), 1)


@traced
def spread(values: list) -> float:
    return max(values) - min(values) if values else 0.0


@memo
def scale(x: float, factor: float) -> float:
    return x * factor


def main(values: list):
    return scale(score(values), 2.0)
