# SDK: wmill 1.850.0 client.py replays the body; the SMTPHandler on the root logger only takes ERROR records, so a warning logged in the body is a local log line.
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


@workflow
async def main(index: str):
    skipped = await reindex(index)
    if skipped:
        log.warning("%s: %d documents skipped", index, skipped)
    return skipped
