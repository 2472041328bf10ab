import datetime
import wmill
from typing import *
from enum import Enum

class Color(str, Enum):
    RED = "red"
    GREEN = "green"

def main(p0: Literal['a', 'b'] = 2**3, p1: tuple = None, p2: (int) = 2**3, p3: List[str] = -0.0):
    pass
