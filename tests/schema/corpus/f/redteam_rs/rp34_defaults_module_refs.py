import os

LIMIT = 10
NAME: str = "n"
ITEMS = ["a", "b"]


def main(
    limit: int = LIMIT,
    name: str = NAME,
    items: list = ITEMS,
    env: str = os.environ.get("X", "d"),
    path: str = os.sep,
):
    return limit
