from typing_extensions import Annotated, Literal, Optional, TypedDict
from typing import List


class Opts(TypedDict):
    a: int


def main(a: Literal["x", "y"] = "x", b: Optional[int] = None, c: List[Opts] = [], d: Annotated[int, 1] = 2):
    return a
