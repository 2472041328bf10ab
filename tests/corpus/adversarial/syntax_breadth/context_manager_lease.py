# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `with` on an instance calls its `__enter__` / `__exit__` in the body, and this lease is taken and released over HTTP each round.
import requests
from wmill import task, workflow


class Lease:
    def __init__(self, api: str, resource: str) -> None:
        self.api = api
        self.resource = resource

    def __enter__(self) -> "Lease":
        requests.post(f"{self.api}/leases/{self.resource}", timeout=10).raise_for_status()
        return self

    def __exit__(self, *exc: object) -> None:
        requests.delete(f"{self.api}/leases/{self.resource}", timeout=10)


@task()
async def migrate_shard(shard: str) -> int:
    return 1


@workflow
async def main(api: str, shards: list[str]):
    done = 0
    with Lease(api, "migrations"):  # expect: WAC101
        for shard in shards:
            done += await migrate_shard(shard)
    return {"migrated": done}
