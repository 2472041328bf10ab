from typing import TypedDict, Optional, List


class Point(TypedDict):
    x: float
    y: float


class Shape(TypedDict, total=False):
    points: List[Point]
    origin: Optional[Point]
    label: str


class c_shape(TypedDict):
    shape: Shape


def main(shape: c_shape, shapes: List[c_shape] = [], origin: Point = {"x": 0, "y": 0}):
    return shape
