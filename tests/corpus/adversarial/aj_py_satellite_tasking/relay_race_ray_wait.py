# SDK: wmill 1.850.0 `asyncio.wait` over asyncio tasks of task calls leaves each `_StepSuspend` inside its finished task instead of raising it: the first task's suspension (the one carrying every pending step) is never seen by `_run_workflow_async`; and on a replay every call is already done, so which one `done` yields first is not the same from one replay to the next
"""Ask every relay satellite for a slot and take the first answer, ported from Ray (`ray.wait(refs, num_returns=1)`)."""

from __future__ import annotations

import asyncio
import logging

from wmill import task, workflow

log = logging.getLogger("tasking.relay")


@task(timeout=300)
async def request_relay_slot(relay: str, scene_id: str, mb: int) -> dict:
    import requests

    r = requests.post(f"https://relay.orbit.example/{relay}/slots", json={"scene": scene_id, "mb": mb}, timeout=240)
    r.raise_for_status()
    return {"relay": relay, **r.json()}


@task(timeout=1800)
async def transfer(scene_id: str, relay: str, slot_id: str) -> dict:
    import requests

    r = requests.post("https://relay.orbit.example/transfers", json={"scene": scene_id, "relay": relay, "slot": slot_id}, timeout=1700)
    r.raise_for_status()
    return r.json()


@workflow
async def main(scene_id: str, relays: list[str], mb: int):
    pending = {asyncio.create_task(request_relay_slot(r, scene_id, mb)) for r in relays}
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)  # expect: WAC201, WAC105
    for p in pending:
        p.cancel()
    first = next(iter(done)).result()
    log.info("relay %s answered first", first["relay"])
    moved = await transfer(scene_id, first["relay"], first["slot_id"])
    return {"scene": scene_id, "relay": first["relay"], "transfer": moved["id"]}
