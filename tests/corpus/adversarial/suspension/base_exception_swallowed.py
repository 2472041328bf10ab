# SDK: wmill 1.850.0 client.py: `except BaseException` catches _StepSuspend (and _StepFailure); without re-raising, the suspension is lost.
import logging

from wmill import task, workflow

log = logging.getLogger("sync")


@task()
async def sync_calendar(user: str) -> int:
    return 12


@workflow
async def main(users: list[str]):
    synced = {}
    for user in users:
        try:
            synced[user] = await sync_calendar(user)
        except BaseException as exc:  # expect: WAC201
            log.warning("calendar sync failed for %s: %r", user, exc)
            synced[user] = 0
    return synced
