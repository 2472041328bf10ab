# SDK: wmill 1.850.0 client.py: the body re-runs each round; a `cached_property` caches only within one process, and every replay is a new one, so the random sample changes.
import random
from functools import cached_property

from wmill import task, workflow


class Audit:
    def __init__(self, ids: list[str]) -> None:
        self.ids = ids

    @cached_property
    def sample(self) -> list[str]:
        return random.sample(self.ids, k=min(3, len(self.ids)))


@task()
async def review(record_id: str) -> bool:
    return True


@workflow
async def main(record_ids: list[str]):
    audit = Audit(record_ids)
    for rid in audit.sample:  # expect: WAC102
        await review(rid)
    return {"reviewed": len(record_ids)}
