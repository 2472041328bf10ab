from enum import Enum


class Kind(Enum):
    A = "a"
    B = "b"


def main(k1: Kind = Kind["A"], k2: Kind = Kind("b"), k3: Kind = "a", k4: str = Kind.A.value):
    return k1
