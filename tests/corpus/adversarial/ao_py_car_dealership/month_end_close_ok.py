# SDK: wmill 1.850.0: @task(timeout=..., tag=...) options; task_flow(path) called with keywords; `except TaskError as err` reading err.step_key / err.result; a helper the body awaits that runs tasks under `except Exception` and re-raises its own error; an async comprehension and asyncio.gather of task coroutines; a dataclass turned into a dict before it crosses a task; a literal approval key in one branch
"""Month-end close for a dealership group: reconcile each store's deals, contracts in
transit and floor plan, post the accrual journal, and have the controller approve the
close before the ledger period is locked."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import asdict, dataclass
from decimal import Decimal

import httpx
import wmill
from wmill import TaskError, get_approval_urls, step, task, task_flow, wait_for_approval, workflow

log = logging.getLogger("dealership.close")

GL = "https://gl.example-motors.com/api"
lock_period = task_flow("f/dealership/lock_period", timeout=900)


class CloseFailed(RuntimeError):
    pass


@dataclass
class StoreClose:
    store_id: str
    deals: int
    cit_cents: int
    floorplan_diff_cents: int

    @property
    def clean(self) -> bool:
        return self.floorplan_diff_cents == 0


def cents(value: str) -> int:
    return int((Decimal(value) * 100).to_integral_value())


@task(timeout=900, tag="gl")
async def reconcile_store(store_id: str, period: str) -> dict:
    async with httpx.AsyncClient(base_url=GL, timeout=120) as c:
        r = await c.get(f"/stores/{store_id}/reconciliation", params={"period": period})
        r.raise_for_status()
        data = r.json()
    close = StoreClose(store_id, int(data["deals"]), cents(data["cit"]), cents(data["floorplan_diff"]))
    return asdict(close)


@task(timeout=300, tag="gl")
async def post_accruals(period: str, lines: list[dict]) -> str:
    token = wmill.get_variable("f/dealership/gl_token")
    async with httpx.AsyncClient(base_url=GL, timeout=60, headers={"authorization": f"Bearer {token}"}) as c:
        r = await c.post(f"/journals/{period}/accruals", json=lines)
        r.raise_for_status()
        return r.json()["journal_id"]


@task()
async def controller_packet(period: str, stores: list[dict], urls: dict) -> None:
    async with httpx.AsyncClient(timeout=30) as c:
        await c.post("https://mail.example-motors.com/send", json={"to": "controller@example-motors.com", "period": period, "stores": stores, "links": urls})


async def reconcile_all(store_ids: list[str], period: str) -> list[dict]:
    try:
        return list(await asyncio.gather(*(reconcile_store(s, period) for s in store_ids)))
    except Exception as exc:
        raise CloseFailed(f"reconciliation failed for {period}") from exc


@workflow
async def main(period: str, store_ids: list[str], cit_limit_cents: int = 500_000_00):
    try:
        closes = [StoreClose(**c) for c in await reconcile_all(store_ids, period)]
    except CloseFailed as err:
        cause = err.__cause__
        step_key = cause.step_key if isinstance(cause, TaskError) else None
        log.error("%s (%s)", err, step_key)
        return {"period": period, "status": "reconciliation_failed", "step": step_key}

    dirty = [c.store_id for c in closes if not c.clean]
    lines = [{"store": c.store_id, "account": "2150", "cents": c.cit_cents} for c in closes if c.cit_cents]
    journal = await post_accruals(period, lines) if lines else None

    over = sum(c.cit_cents for c in closes) > cit_limit_cents
    if dirty or over:
        urls = await step("controller_urls", lambda: get_approval_urls("controller"))
        await controller_packet(period, [asdict(c) for c in closes], urls)
        decision = await wait_for_approval(key="controller", timeout=5 * 86400)
        if not decision["approved"]:
            return {"period": period, "status": "held", "dirty": dirty, "journal": journal}

    try:
        locked = await lock_period(period=period, journal=journal)
    except TaskError as err:
        detail = ((err.result or {}).get("error") or {}).get("message", str(err))
        return {"period": period, "status": "lock_failed", "detail": detail, "journal": journal}
    deals = [c.deals async for c in _aiter(closes)]
    return {"period": period, "status": "closed", "locked": locked, "journal": journal, "deals": sum(deals)}


async def _aiter(items: list[StoreClose]):
    for item in items:
        yield item
