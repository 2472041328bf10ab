import decimal
import uuid
import pathlib
from decimal import Decimal
from typing import Callable, Any


def main(
    a: bytes,
    b: bytearray = bytearray(),
    c: Decimal = Decimal("1.5"),
    d: decimal.Decimal = None,
    e: uuid.UUID = None,
    f: pathlib.Path = None,
    g: object = None,
    h: Any = None,
    i: Callable[[int], int] = None,
    j: complex = 0j,
    k: memoryview = None,
    l: None = None,
    m: float | int = 1,
    n: int | float = 1.5,
    o: str | bytes = "",
    p: bool | None = None,
):
    return a
