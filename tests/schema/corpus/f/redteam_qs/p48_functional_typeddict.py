from typing import TypedDict, NamedTuple

Point = TypedDict("Point", {"x": int, "y": int})


class Pair(NamedTuple):
    left: str
    right: str


def main(p: Point, pair: Pair):
    return p
