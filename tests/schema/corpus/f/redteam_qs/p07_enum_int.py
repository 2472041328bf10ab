from enum import Enum, IntEnum


class Priority(IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3


class Mixed(Enum):
    A = 1
    B = "b"
    C = 2.5


def main(p: Priority, m: Mixed = Mixed.A, q: Priority = Priority.HIGH):
    return p, m
