from typing import TypedDict


class Target(TypedDict):
    host: str
    port: int
    secure: bool


def main(target: Target, note: str = ""):
    return target
