import datetime
import wmill
from typing import *
from enum import Enum

class Color(str, Enum):
    RED = "red"
    GREEN = "green"

async def main(p0: S3Object, p1: list[Literal['p', 'q']], p2: Foo = None, p3: int | str = 's'):
    pass
