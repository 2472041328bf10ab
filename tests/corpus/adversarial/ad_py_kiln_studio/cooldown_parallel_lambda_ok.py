# SDK: wmill 1.850.0 parallel() calls fn(item) at once inside the body, so a lambda over the loop variable sees the current value; nonlocal counters in plain helpers the body calls are rebuilt identically on each replay
import logging

import httpx
from wmill import parallel, task, wait_for_approval, workflow

log = logging.getLogger("kiln.cooldown")

CONTROLLER = "https://kilns.studio.example/api"
SAFE_UNLOAD_C = {"electric": 60, "gas": 80, "raku": 200}


@task(timeout=12 * 3600)
async def wait_until_cool(kiln_id: str, below_c: int) -> dict:
    r = httpx.post(f"{CONTROLLER}/kilns/{kiln_id}/cooldown-watch", json={"below_c": below_c}, timeout=60)
    r.raise_for_status()
    return r.json()


@task()
async def open_lid(kiln_id: str, operator: str) -> None:
    httpx.post(f"{CONTROLLER}/kilns/{kiln_id}/lid", json={"operator": operator}).raise_for_status()


@workflow
async def main(groups: dict[str, list[str]], operator: str, hours_per_kiln: int = 2):
    unlocked = 0

    def bump(n: int) -> None:
        nonlocal unlocked
        unlocked += n

    cooled: dict[str, list[dict]] = {}
    for kind, kiln_ids in sorted(groups.items()):
        below = SAFE_UNLOAD_C.get(kind, 60)
        cooled[kind] = await parallel(kiln_ids, lambda k: wait_until_cool(kiln_id=k, below_c=below), concurrency=3)

    for kind in sorted(cooled):
        for index, status in enumerate(cooled[kind]):
            if not status.get("cool"):
                continue
            answer = await wait_for_approval(timeout=hours_per_kiln * 3600 * (index + 1))
            if answer["approved"]:
                await open_lid(kiln_id=status["kiln"], operator=operator)
                bump(1)
    log.info("%d lids opened", unlocked)
    return {"opened": unlocked, "groups": {k: len(v) for k, v in cooled.items()}}
