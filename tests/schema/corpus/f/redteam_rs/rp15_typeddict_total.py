from typing import TypedDict, NotRequired, Required, Optional


class Base(TypedDict, total=False):
    a: int
    b: Required[str]


class Child(Base):
    c: NotRequired[list[str]]
    d: Optional[float]


class Inner(TypedDict):
    x: "int"


class Outer(TypedDict):
    inner: Inner
    inners: list[Inner]


def main(base: Base, child: Child, outer: Outer, maybe: Optional[Outer] = None):
    return base
