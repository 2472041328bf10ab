# SDK: wmill 1.850.0 client.py: the host name is stored and only printed; each round prints its own line and no durable call sees it.
import logging
import socket

from wmill import task, workflow

log = logging.getLogger("sync")


@task()
async def sync_accounts(batch: int) -> int:
    return batch


@workflow
async def main(batch: int = 100):
    host = socket.gethostname()
    log.info("round running on %s", host)
    synced = await sync_accounts(batch)
    log.info("synced %d accounts (worker %s)", synced, host)
    return {"synced": synced}
