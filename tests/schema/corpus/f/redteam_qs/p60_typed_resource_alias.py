import wmill
from typing import TypedDict

postgresql = dict


class slack(TypedDict):
    token: str


def main(db: postgresql, s: slack, s_list: list[slack] = None, email: str = "x@y.z"):
    return db
