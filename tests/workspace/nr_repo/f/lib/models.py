from enum import Enum
from typing import TypedDict


class Mode(str, Enum):
    FULL = "full"
    DELTA = "delta"


class Order(TypedDict):
    id: str
    amount: float


def main(mode: str = "full"):
    return Mode(mode).value
