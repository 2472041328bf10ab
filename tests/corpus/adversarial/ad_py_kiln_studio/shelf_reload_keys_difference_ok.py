# SDK: wmill 1.850.0 tasks are keyed by name and call order (_alloc_key); the kilns are filtered in the order of pending (a dict, insertion-ordered from the checkpointed JSON), so every replay dispatches the same sequence
import logging

import httpx
from wmill import step, task, workflow

log = logging.getLogger("kiln.reload")

BOOKINGS = "https://bookings.studio.example/api"


@task()
async def pending_work(studio: str) -> dict[str, list[str]]:
    r = httpx.get(f"{BOOKINGS}/studios/{studio}/pending")
    r.raise_for_status()
    return r.json()


@task()
async def loaded_today(studio: str) -> dict[str, str]:
    r = httpx.get(f"{BOOKINGS}/studios/{studio}/loaded")
    r.raise_for_status()
    return r.json()


@task()
async def reload_shelf(kiln_id: str, pieces: list[str]) -> dict:
    r = httpx.post(f"{BOOKINGS}/kilns/{kiln_id}/reload", json={"pieces": pieces})
    r.raise_for_status()
    return r.json()


@workflow
async def main(studio: str):
    pending = await pending_work(studio=studio)
    loaded = await loaded_today(studio=studio)
    reloaded = []
    for kiln_id in [k for k in pending if k not in loaded]:
        reloaded.append(await reload_shelf(kiln_id=kiln_id, pieces=pending[kiln_id]))
    summary = await step("summary", lambda: {"studio": studio, "reloaded": len(reloaded)})
    log.info("reload summary %s", summary)
    return summary
