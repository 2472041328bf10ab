import functools


def deco(fn):
    return fn


@deco
# comment between decorator and def
@functools.lru_cache(maxsize=None)
def main(
    a: int = 1,
    b: str = "@decorator",
):
    return a
