# SDK: wmill 1.850.0 task calls kept in a list and awaited together by `asyncio.gather` in `flush()` dispatch as one parallel round; the suspension is raised straight out of `gather`
"""Bulk eSIM activation for an enterprise order, written by an LLM agent (a BatchRunner collecting coroutines)."""

from __future__ import annotations

import asyncio
import logging

from wmill import task, workflow

log = logging.getLogger("esim.bulk")


@task(timeout=600, concurrency_limit=20, concurrency_key="smdp")
async def activate(iccid: str, plan: str) -> dict:
    import requests

    r = requests.post("https://smdp.carrier.example/activate", json={"iccid": iccid, "plan": plan}, timeout=500)
    r.raise_for_status()
    return {"iccid": iccid, **r.json()}


@task(timeout=120)
async def invoice(account: str, activated: list[str]) -> str:
    import requests

    r = requests.post("https://billing.carrier.example/invoices", json={"account": account, "iccids": activated}, timeout=60)
    r.raise_for_status()
    return r.json()["id"]


class BatchRunner:
    """Collects coroutines and awaits them together, like `ray.get` over a list of refs."""

    def __init__(self):
        self.pending: list = []

    def submit(self, coro) -> None:
        self.pending.append(coro)

    async def flush(self) -> list:
        batch, self.pending = self.pending, []
        return list(await asyncio.gather(*batch))


@workflow
async def main(account: str, iccids: list[str], plan: str = "iot-basic"):
    runner = BatchRunner()
    for iccid in iccids:
        runner.submit(activate(iccid, plan))
    results = await runner.flush()
    activated = [r["iccid"] for r in results if r.get("state") == "active"]
    invoice_id = await invoice(account, activated)
    log.info("activated %d of %d", len(activated), len(iccids))
    return {"account": account, "activated": len(activated), "invoice": invoice_id}
