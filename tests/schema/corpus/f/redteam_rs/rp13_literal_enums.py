from typing import Literal, Optional, List
import typing as t

Mode = Literal["fast", "slow"]


def main(
    a: Literal["x"],
    b: Literal["a", "b"] = "b",
    c: Optional[Literal["on", "off"]] = None,
    d: List[Literal["r", "g", "b"]] = ["r"],
    e: Mode = "fast",
    f: t.Literal["q", "w"] = "q",
    g: Literal["emoji 🚀", "日本", "with \"quote\""] = "日本",
    h: Literal[1, 2, 3] = 2,
    i: Literal["a"] | None = None,
):
    return a
