# SDK: wmill 1.850.0 client.py _execute_directly: the repository reads the file inside the task's own job, once; the body only gets the list.
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
async def load_orders(path: str) -> list[dict]:
    return JsonRepo[dict](path).load()


@task()
async def bill(order: dict) -> float:
    return float(order.get("total", 0))


@workflow
async def main(path: str = "/data/orders.json"):
    orders = await load_orders(path)
    return {"billed": sum([await bill(o) for o in orders])}
