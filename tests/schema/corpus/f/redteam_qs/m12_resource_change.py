from typing import TypedDict


class postgresql(TypedDict):
    host: str


def main(db: postgresql, table: str = "users"):
    return db
