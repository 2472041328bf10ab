from typing import Literal, Optional


def main(
    a: Optional[Literal["a"]] = "a",
    b: Literal["a"] | None = None,
    c: list[Literal["a", "b"]] | None = None,
    d: "Literal['a']" = "a",
    e: Literal["x", "y"] = "z",
    f: Optional[Literal["p", "q"]] = None,
):
    return a
