import os
from enum import Enum

LIMIT = 10
NAME = "n"


class Color(Enum):
    RED = "red"


def main(limit: int = LIMIT, name=NAME, sep=os.sep, c: str = Color.RED.value, d=Color.RED, e=Color, self_=None):
    return limit
