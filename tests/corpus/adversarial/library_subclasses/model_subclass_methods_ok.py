# SDK: wmill 1.850.0 client.py: the body replays from the top; methods of pydantic / dataclass / `collections` subclasses (`model_dump`, `update`, `most_common` on a list's counts) work in memory only.
from collections import Counter, UserDict

from pydantic import BaseModel
from wmill import task, workflow


class Order(BaseModel):
    id: str
    lines: list[dict]

    def total(self) -> int:
        return sum(line["cents"] for line in self.lines)


class Tally(Counter):
    def top(self) -> str:
        return self.most_common(1)[0][0]


class Labels(UserDict):
    def render(self) -> str:
        return ",".join(f"{k}={v}" for k, v in sorted(self.items()))


@task()
async def invoice(order: dict, total: int, labels: str) -> str:
    return f"{order['id']}:{total}:{labels}"


@workflow
async def main(order: dict):
    parsed = Order.model_validate(order)
    skus = Tally(line["sku"] for line in parsed.lines)
    labels = Labels({"top": skus.top()})
    labels.update({"count": len(parsed.lines)})
    return await invoice(parsed.model_dump(), parsed.total(), labels.render())
