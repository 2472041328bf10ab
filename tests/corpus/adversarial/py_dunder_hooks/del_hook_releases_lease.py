# SDK: wmill 1.850.0 client.py: the body reruns in every round; the lease object dies when main returns or suspends, and its __del__ DELETEs the lease over HTTP in every round.
import requests
from wmill import task, workflow


class Lease:
    def __init__(self, base: str, resource: str) -> None:
        self.url = f"{base}/leases/{resource}"

    def __del__(self) -> None:
        requests.delete(self.url, timeout=5)


@task()
async def acquire(resource: str) -> str:
    return "lease_1"


@task()
async def rebuild(resource: str, lease_id: str) -> str:
    return "ok"


@workflow
async def main(base: str, resource: str):
    lease_id = await acquire(resource)
    lease = Lease(base, resource)  # expect: WAC101
    return await rebuild(resource, lease_id)
