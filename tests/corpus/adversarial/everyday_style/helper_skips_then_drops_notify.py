# SDK: wmill 1.850.0 client.py: the task wrapper allocates the key and queues the dispatch when called; the helper never awaits it, so the run flushes it at the end and its result and failure are lost.
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


@task()
async def post_to_slack(channel: str, text: str) -> dict:
    return {"channel": channel, "ok": True}


@task()
async def close_incident(incident_id: str) -> dict:
    return {"id": incident_id, "closed": True}


async def announce(incident_id: str, channel: str | None):
    if not channel:
        log.info("no channel for %s", incident_id)
        return
    post_to_slack(channel, f"incident {incident_id} closed")


@workflow
async def main(incident_id: str, channel: str | None = None):
    closed = await close_incident(incident_id)
    await announce(incident_id, channel)  # expect: WAC106
    return closed
