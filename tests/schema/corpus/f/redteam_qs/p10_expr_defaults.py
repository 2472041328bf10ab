import os
from datetime import datetime


def main(
    token: str = os.environ.get("TOKEN", "none"),
    when: str = datetime.now().isoformat(),
    neg: int = -1,
    big: float = 1e3,
    raw: bytes = b"",
    pair: tuple = (1, "two"),
    nested: dict = {"a": {"b": [1, 2, {"c": None}]}, "d": True},
    summed: int = 60 * 60 * 24,
    neg_float: float = -0.25,
    hexed: int = 0xFF,
    under: int = 1_000_000,
    not_a: bool = not True,
):
    return token
