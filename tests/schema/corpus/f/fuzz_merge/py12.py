import datetime
import wmill
from typing import *
from enum import Enum

class Color(str, Enum):
    RED = "red"
    GREEN = "green"

def main(p0: postgresql, p1: list[dict], p2: list[Model] = "x y", p3: int = -1):
    pass
