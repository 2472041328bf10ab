import functools


def logged(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


@logged
def main(x: int, y: str = "hello"):
    return x, y
