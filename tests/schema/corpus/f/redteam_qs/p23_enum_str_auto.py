from enum import Enum, auto


class Kind(str, Enum):
    ALPHA = "alpha"
    BETA = "beta"


class Auto(Enum):
    ONE = auto()
    TWO = auto()


def main(kind: Kind = Kind.BETA, a: Auto = Auto.ONE, kinds: list[Kind] = []):
    return kind
