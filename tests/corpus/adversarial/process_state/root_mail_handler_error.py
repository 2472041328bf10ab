# SDK: wmill 1.850.0 client.py replays the body; an ERROR record of a module logger propagates to the root's SMTPHandler, which mails it again on each replay.
import logging
import logging.handlers

from wmill import task, workflow

alerts = logging.handlers.SMTPHandler("smtp.example.com", "wac@example.com", ["ops@example.com"], "alert")
alerts.setLevel(logging.ERROR)
logging.getLogger().addHandler(alerts)
log = logging.getLogger(__name__)


@task()
async def reindex(index: str) -> int:
    return 3


@task()
async def rollback(index: str) -> bool:
    return True


@workflow
async def main(index: str):
    skipped = await reindex(index)
    if skipped > 2:
        log.error("%s: %d documents skipped, rolling back", index, skipped)  # expect: WAC101
        return await rollback(index)
    return skipped
