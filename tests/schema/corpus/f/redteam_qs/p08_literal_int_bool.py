from typing import Literal


def main(
    level: Literal[1, 2, 3],
    flag: Literal[True, False] = True,
    mixed: Literal["a", 1, None] = "a",
    neg: Literal[-1, 0] = -1,
):
    return level
