# SDK: wmill 1.850.0 the tasks' `_StepSuspend` is a BaseException; the `asyncio.TaskGroup` this class enters in `__aenter__` and exits in `__aexit__` re-raises it inside a `BaseExceptionGroup` (Python 3.11 taskgroups.py), which `_run_workflow_async` does not catch
"""Bulk eSIM activation for an enterprise order, written by an LLM agent (a BatchRunner wrapping `asyncio.TaskGroup`)."""

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
    """Collects coroutines and runs them together, like `ray.get` over a list of refs."""

    def __init__(self):
        self._group = asyncio.TaskGroup()
        self.tasks: list[asyncio.Task] = []

    async def __aenter__(self) -> "BatchRunner":
        await self._group.__aenter__()
        return self

    async def __aexit__(self, *exc):
        return await self._group.__aexit__(*exc)

    def submit(self, coro) -> None:
        self.tasks.append(self._group.create_task(coro))

    def results(self) -> list:
        return [t.result() for t in self.tasks]


@workflow
async def main(account: str, iccids: list[str], plan: str = "iot-basic"):
    async with BatchRunner() as runner:  # expect: WAC201
        for iccid in iccids:
            runner.submit(activate(iccid, plan))
    results = runner.results()
    activated = [r["iccid"] for r in results if r.get("state") == "active"]
    invoice_id = await invoice(account, activated)
    log.info("activated %d of %d", len(activated), len(iccids))
    return {"account": account, "activated": len(activated), "invoice": invoice_id}
