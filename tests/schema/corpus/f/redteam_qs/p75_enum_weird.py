from enum import Enum


class Color(Enum):
    RED = "red"
    CRIMSON = "red"
    GREEN = "green"

    def describe(self):
        return self.value


class Pair(Enum):
    A = ("a", 1)
    B = ("b", 2)


class Color(Enum):
    BLUE = "blue"


def main(c: Color = Color.BLUE, p: Pair = Pair.A):
    return c
