from typing import Optional, List


def main(
    a: Optional[List[str]] = ["x", "y"],
    b: Optional[dict] = {"k": [1, 2, {"n": None}]},
    c: list[float] = [1, 2.5, -3e2],
    d: list[int] = [True, 2],
    e: list[bool] = [0, 1],
    f: dict[str, str] = {"a": 1},
    g: Optional[int] = -1,
    h: Optional[float] = 0,
    i: Optional[bool] = True,
    j: Optional[str] = "s",
    k: list = [[1, "a"], [None]],
    l: str = None,
    m: int = None,
):
    return a
