# SDK: wmill 1.850.0 client.py: a generic repository's load() reads a file from the worker's disk; called in the body it reads again in every round.
import json
from pathlib import Path
from typing import Generic, TypeVar

from wmill import task, workflow

T = TypeVar("T")


class JsonRepo(Generic[T]):
    def __init__(self, path: str) -> None:
        self.path = Path(path)

    def load(self) -> list[T]:
        return json.loads(self.path.read_text())


@task()
async def bill(order: dict) -> float:
    return float(order.get("total", 0))


@workflow
async def main(path: str = "/data/orders.json"):
    orders = JsonRepo[dict](path).load()  # expect: WAC101
    return {"billed": sum([await bill(o) for o in orders])}
