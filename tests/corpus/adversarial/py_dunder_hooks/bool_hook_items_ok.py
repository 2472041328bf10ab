# SDK: wmill 1.850.0 client.py: the body reruns in every round; this __bool__ only tests the batch's own list, built from a task's checkpointed result, so the branch is replayed the same.
from wmill import task, workflow


class Batch:
    def __init__(self, items: list) -> None:
        self.items = items

    def __bool__(self) -> bool:
        return len(self.items) > 0

    def __len__(self) -> int:
        return len(self.items)


@task()
async def pending(queue: str) -> list:
    return []


@task()
async def process(items: list) -> int:
    return len(items)


@workflow
async def main(queue: str):
    batch = Batch(await pending(queue))
    if not batch:
        return {"processed": 0}
    return {"processed": await process(batch.items), "size": len(batch)}
