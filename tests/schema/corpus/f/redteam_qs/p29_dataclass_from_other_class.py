from dataclasses import dataclass
from typing import List


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Polygon:
    points: List[Point]
    closed: bool = True


class Helper:
    @dataclass
    class Inner:
        v: int


def main(poly: Polygon, origin: Point = Point(0, 0)):
    return poly
