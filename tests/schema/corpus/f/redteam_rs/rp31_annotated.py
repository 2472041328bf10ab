from typing import Annotated, Optional
import typing_extensions as te


def main(
    a: Annotated[int, "meta"],
    b: Annotated[str, "x", 1] = "b",
    c: Optional[Annotated[float, "y"]] = None,
    d: te.Annotated[list[str], "z"] = [],
    e: Annotated[Optional[int], "w"] = None,
):
    return a
