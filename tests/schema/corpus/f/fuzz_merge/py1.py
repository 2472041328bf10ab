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

def main(p0: bool):
    pass
