import datetime
import wmill
from typing import *
from enum import Enum

class Color(str, Enum):
    RED = "red"
    GREEN = "green"

def main(p0: Any, p1: DynSelect_x = 1e3, p2: List[str] = (1, 2), p3: bool = {}, p4: list = 2**3, p5: dict = 1.5):
    pass
