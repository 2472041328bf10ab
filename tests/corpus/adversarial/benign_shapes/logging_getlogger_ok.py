# SDK: wmill 1.850.0 client.py: logging to the default stream handler only prints; repeating a log line on replay changes nothing outside the job.
import logging
import sys

from wmill import task, workflow

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")
logger = logging.getLogger("sync")


@task()
async def sync_contacts(list_id: str) -> int:
    return 12


@workflow
async def main(list_id: str):
    logger.info("syncing %s", list_id)
    synced = await sync_contacts(list_id)
    logger.info("synced %d contacts", synced)
    print(f"done: {synced}")
    return synced
