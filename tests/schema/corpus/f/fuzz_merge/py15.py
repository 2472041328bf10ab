import datetime
import wmill
from typing import *
from enum import Enum

class Color(str, Enum):
    RED = "red"
    GREEN = "green"

def main(p0: Literal['x'] = 1.5, p1: Literal['a', 'b'] = 0x10, p2: list[Color] = ..., p3: Dict[str, int] = 'multi\nline', p4: (int) = 1.5, p5: list = 10**20):
    pass
