from pydantic import BaseModel, Field
from dataclasses import dataclass
import dataclasses
import pydantic
from typing import Optional, List, Annotated

class Address(BaseModel):
    street: str
    zip_code: int = 0
    tags: list[str] = []
    meta: dict
    m2: Dict[str, int]
    when: datetime
    d: date
    any_: Any
    u: str | None
    fr: "Address"
    o: Optional[int]
    ann: Annotated[int, Field(gt=0)]
    tup: tuple
    x = 5
    data: bytes
    fl: float
    b: bool
    lst: List[int]
    unk: Foo

@dataclass
class Point:
    x: float
    y: float = 0.0
    addr: Address = None
    pts: list["Point"]
    me: "Point"
    self_ref: Point

@dataclass(frozen=True)
class Empty:
    pass

@dataclasses.dataclass
class DC2:
    a: int

@pydantic.dataclasses.dataclass
class DC3:
    a: int

class PM(pydantic.BaseModel):
    a: int

class Plain:
    a: int

def main(a: Address, p: Point, e: Empty, d2: DC2, d3: DC3, pm: PM, pl: Plain, lp: list[Point], op: Optional[Point] = None):
    pass
