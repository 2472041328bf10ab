import datetime
import wmill
from typing import *
from enum import Enum
from pydantic import BaseModel
from dataclasses import dataclass
class Model(BaseModel):
    a: int
    b: list[str]
    c: Optional["Model"]
@dataclass
class DC:
    x: float

class Color(str, Enum):
    RED = "red"
    GREEN = "green"

def main(p0: dict, p1: (int) = b'ab', p2 = 1j, p3: list[Literal['p', 'q']] = Color.RED, p4: list[int] = {'a': [1, {'b': None}]}):
    pass
