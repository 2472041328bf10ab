# SDK: wmill 1.850.0: TaskError is raised for a failed task; keys push, push_2... and sleep, sleep_2... are allocated in body order
"""Ported from a Celery task using self.retry(countdown=...): the retry loop now lives in the workflow."""
import logging

from wmill import TaskError, sleep, task, workflow

log = logging.getLogger("crm-sync")
MAX_ATTEMPTS = 4


@task()
async def push_contact(contact: dict) -> dict:
    import httpx
    import wmill

    hub = wmill.get_resource("f/crm/hubspot")
    r = httpx.post(
        "https://api.hubapi.com/crm/v3/objects/contacts",
        headers={"Authorization": f"Bearer {hub['token']}"},
        json={"properties": contact},
    )
    r.raise_for_status()
    return r.json()


@workflow
async def main(contact: dict):
    last_error = None
    for attempt in range(MAX_ATTEMPTS):
        try:
            created = await push_contact(contact)
            return {"id": created["id"], "attempts": attempt + 1}
        except TaskError as e:
            last_error = e.result.get("error", {}).get("message") if e.result else str(e)
            log.warning("push failed (attempt %s): %s", attempt + 1, last_error)
            await sleep(60 * 2**attempt)
    return {"id": None, "error": last_error}
