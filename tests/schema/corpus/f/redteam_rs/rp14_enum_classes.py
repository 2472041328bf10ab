from enum import Enum, IntEnum, StrEnum, auto


class Color(str, Enum):
    RED = "red"
    GREEN = "green"


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Kind(StrEnum):
    A = auto()
    B = auto()


class Plain(Enum):
    ONE = "one"  # comment
    TWO = 'two'

    def label(self):
        return self.value


def main(
    c: Color = Color.RED,
    l: Level = Level.HIGH,
    k: Kind = Kind.A,
    p: Plain = Plain.TWO,
    cs: list[Color] = [],
    oc: Color | None = None,
):
    return c
