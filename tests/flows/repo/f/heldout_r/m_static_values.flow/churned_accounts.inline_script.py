from typing import TypedDict


class postgresql(TypedDict):
    host: str
    port: int
    user: str
    dbname: str
    password: str


def main(pg: postgresql, days: int = 30, min_mrr: float = 0):
    return [{"account": "acme", "mrr": 120.0, "days": days}]
