import datetime
import wmill
from typing import *
from enum import Enum

class Color(str, Enum):
    RED = "red"
    GREEN = "green"

async def main(p0: DC, p1: int | str = ...):
    pass
