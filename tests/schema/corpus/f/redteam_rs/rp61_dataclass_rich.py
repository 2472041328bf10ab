from dataclasses import dataclass, field
from typing import Optional, List, Literal
from enum import Enum


class Mode(Enum):
    A = "a"
    B = "b"


@dataclass
class Inner:
    x: int
    y: Optional[float] = None


@dataclass
class Outer:
    name: str
    mode: Mode = Mode.A
    inner: Inner = field(default_factory=lambda: Inner(1))
    inners: List[Inner] = field(default_factory=list)
    tag: Literal["t1", "t2"] = "t1"
    note: "str" = ""


def main(o: Outer, lst: list[Outer] = []):
    return o
