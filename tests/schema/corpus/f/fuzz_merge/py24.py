import datetime
import wmill
from typing import *
from enum import Enum

class Color(str, Enum):
    RED = "red"
    GREEN = "green"

def main(p0: S3Object, p1: Optional[list[str]] = {'x': 1.5}):
    pass
