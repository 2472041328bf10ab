import enum
from enum import Enum, IntEnum

class C(enum.Enum):
    A = "a"

class D(IntEnum):
    A = 1
    B = "b"

class E(str, Enum):
    _X = "x"
    Y = "y"
    Z: str = "z"
    W, V = "w", "v"

class F(Flag, Enum):
    A = "fa"

def main(c: C, d: D, e: E, f: F, g: E = E.Y, h: C = C.A, i: E = E.Q, j: list[E] = [E.Y], k: Optional[E] = None):
    pass
