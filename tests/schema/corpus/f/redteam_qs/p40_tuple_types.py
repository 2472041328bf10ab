from typing import Tuple


def main(a: tuple[int, ...], b: Tuple[str, int, float] = ("x", 1, 2.0), c: tuple = (), d: tuple[str] = ("one",)):
    return a
