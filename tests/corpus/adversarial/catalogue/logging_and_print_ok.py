# SDK: wmill 1.850.0 client.py: replays re-run the body; logging and print only write the job log (no external side effect), the same each round.
import logging

from wmill import task, workflow

log = logging.getLogger("cleanup")


@task()
async def delete_old_snapshots(volume: str, keep: int) -> int:
    return 3


@workflow
async def main(volumes: list[str], keep: int = 7):
    total = 0
    for volume in volumes:
        deleted = await delete_old_snapshots(volume, keep)
        log.info("volume %s: deleted %d snapshots", volume, deleted)
        print(f"{volume}: -{deleted}")
        total += deleted
    return {"deleted": total}
