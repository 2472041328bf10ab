from typing import Literal, Optional


def main(a: Literal[b"x"] = b"x", b: Optional[Literal["on", "off"]] = "on", c: list[Literal["x", "y"]] = ["x"]):
    return a
