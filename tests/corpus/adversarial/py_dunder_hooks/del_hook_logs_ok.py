# SDK: wmill 1.850.0 client.py: the body reruns in every round; this __del__ only writes a log line, which is not a side effect worth checkpointing.
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


class Lease:
    def __init__(self, resource: str, lease_id: str) -> None:
        self.resource = resource
        self.lease_id = lease_id

    def __del__(self) -> None:
        log.debug("dropping handle for %s", self.resource)


@task()
async def acquire(resource: str) -> str:
    return "lease_1"


@task()
async def rebuild(resource: str, lease_id: str) -> str:
    return "ok"


@workflow
async def main(resource: str):
    lease = Lease(resource, await acquire(resource))
    return await rebuild(lease.resource, lease.lease_id)
