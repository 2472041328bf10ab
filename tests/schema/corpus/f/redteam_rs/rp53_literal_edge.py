from typing import Literal
from enum import Enum


class C(Enum):
    R = "r"


def main(
    a: Literal[Literal["a"], "b"] = "a",
    b: Literal[True, False] = True,
    c: Literal["x", 1] = 1,
    d: Literal[None, "n"] = None,
    e: Literal[C.R] = C.R,
    f: Literal[-1, 0] = -1,
    g: Literal[b"x"] = b"x",
    h: Literal[""] = "",
):
    return a
