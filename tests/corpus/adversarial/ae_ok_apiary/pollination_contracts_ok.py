# SDK: wmill 1.850.0 typed dicts for task results; a retry loop that catches TaskError and re-raises on the last attempt; asyncio.gather(return_exceptions=False) over growers; a finally that only computes a summary
import asyncio
from typing import TypedDict

import httpx
from wmill import TaskError, task, workflow


class Placement(TypedDict):
    grower: str
    orchard: str
    colonies: int
    fee_cents: int


class Ack(TypedDict):
    grower: str
    contract_no: str


FEE_PER_COLONY_CENTS = 18_500


def plan(requests_: dict[str, dict[str, int]]) -> list[Placement]:
    out: list[Placement] = []
    for grower in sorted(requests_):
        for orchard, colonies in sorted(requests_[grower].items()):
            out.append({"grower": grower, "orchard": orchard, "colonies": colonies, "fee_cents": colonies * FEE_PER_COLONY_CENTS})
    return out


@task(timeout=120)
async def send_contract(p: Placement) -> Ack:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://contracts.coop.example/pollination", json=p)
        r.raise_for_status()
        return {"grower": p["grower"], "contract_no": r.json()["number"]}


@task()
async def notify_growers(acks: list[Ack]) -> int:
    async with httpx.AsyncClient() as c:
        for a in acks:
            await c.post("https://sms.coop.example/send", json={"to": a["grower"], "text": f"Contract {a['contract_no']} ready"})
    return len(acks)


@workflow
async def main(requests: dict[str, dict[str, int]], attempts: int = 3):
    placements = plan(requests)
    acks: list[Ack] = []
    tries = 0
    try:
        for attempt in range(1, attempts + 1):
            tries = attempt
            try:
                acks = list(await asyncio.gather(*(send_contract(p) for p in placements)))
                break
            except TaskError:
                if attempt == attempts:
                    raise
    finally:
        summary = {"placements": len(placements), "tries": tries}
    sent = await notify_growers(acks)
    return {**summary, "notified": sent}
