from typing import Literal


def main(
    name: str,
    secret: str,
    mode: Literal["a", "b"] = "a",
    count: int = 1,
    ratio: float = 0.5,
    items: list[str] = [],
):
    return name
