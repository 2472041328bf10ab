# SDK: wmill 1.850.0 client.py: `_StepSuspend` is a BaseException; this context manager's `__exit__` only records a label and returns None, so the suspension passes and nothing is done twice.
from wmill import task, workflow


class Phase:
    def __init__(self, name: str, labels: list[str]) -> None:
        self.name = name
        self.labels = labels

    def __enter__(self) -> "Phase":
        self.labels.append(f"{self.name}:start")
        return self

    def __exit__(self, *exc: object) -> None:
        self.labels.append(f"{self.name}:end")


class Shards:
    def __init__(self, names: list[str]) -> None:
        self.names = sorted(names)

    def __iter__(self):
        return iter(self.names)


@task()
async def migrate_shard(shard: str) -> int:
    return 1


@workflow
async def main(shards: list[str]):
    labels: list[str] = []
    done = 0
    with Phase("migrate", labels):
        for shard in Shards(shards):
            done += await migrate_shard(shard)
    return {"migrated": done, "labels": labels}
