import datetime
import wmill
from typing import *
from enum import Enum

class Color(str, Enum):
    RED = "red"
    GREEN = "green"

def main(p0: datetime.datetime, p1: (int) = 1j, p2: str = b'ab'):
    pass
