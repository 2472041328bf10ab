import datetime
import wmill
from typing import *
from enum import Enum

class Color(str, Enum):
    RED = "red"
    GREEN = "green"

def main(p0: typing.List[int] = {}, p1: S3Object = 1j, p2: datetime.datetime = 100000000000000000000, p3: List[str] = -0.0):
    pass
