# SDK: wmill 1.850.0 a task call appends to ctx._pending at once; a coroutine never awaited has its result dropped (and the body runs on past it)
import logging
from typing import Literal

from wmill import sleep, task, workflow

log = logging.getLogger("harvest.grading")

Grade = Literal["premium", "fresh", "juice", "cull"]


@task()
async def next_lot(line: str, after: str | None) -> dict | None:
    import httpx

    resp = httpx.get(f"https://grading.orchard.internal/{line}/lots", params={"after": after or ""})
    lots = resp.json()["lots"]
    return lots[0] if lots else None


@task()
async def pack_premium(lot_id: str, count: int) -> str:
    return f"tray-{lot_id}-{count}"


@task()
async def send_to_fresh_market(lot_id: str) -> str:
    return f"fm-{lot_id}"


@task()
async def send_to_juicer(lot_id: str, kg: float) -> str:
    return f"juice-{lot_id}"


@task()
async def compost(lot_id: str) -> None:
    return None


@workflow
async def main(line: str, max_lots: int = 200):
    after = None
    routed: dict[str, int] = {"premium": 0, "fresh": 0, "juice": 0, "cull": 0}
    n = 0
    while n < max_lots and (lot := await next_lot(line=line, after=after)) is not None:
        after = lot["lot_id"]
        n += 1
        match lot:
            case {"grade": "premium", "count": int(count)} if count >= 40:
                await pack_premium(lot_id=lot["lot_id"], count=count)
                routed["premium"] += 1
            case {"grade": "premium" | "fresh"}:
                await send_to_fresh_market(lot_id=lot["lot_id"])
                routed["fresh"] += 1
            case {"grade": "juice", "kg": kg}:
                send_to_juicer(lot_id=lot["lot_id"], kg=kg)  # expect: WAC106
                routed["juice"] += 1
            case _:
                await compost(lot_id=lot["lot_id"])
                routed["cull"] += 1
        if n % 50 == 0:
            await sleep(30)
    log.info("routed %s", routed)
    return routed
