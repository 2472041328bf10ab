from enum import Enum


class Dup(Enum):
    A = "a"
    B = "a"
    C = "c"


class Num(Enum):
    ONE = 1
    TWO = 2.5
    THREE = True


class Tup(Enum):
    P = (1, 2)
    Q = "q"


Func = Enum("Func", "RED GREEN")


def main(d: Dup = Dup.B, n: Num = Num.ONE, t: Tup = Tup.Q, f: Func = None, o: "Dup" = Dup.C):
    return d
