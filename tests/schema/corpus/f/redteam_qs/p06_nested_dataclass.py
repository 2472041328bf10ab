from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Inner:
    x: int
    y: float = 0.5


@dataclass
class Outer:
    name: str
    inner: Inner
    maybe: Optional[Inner] = None
    tags: list[str] = field(default_factory=list)


def main(outer: Outer, count: int = 1):
    return outer
