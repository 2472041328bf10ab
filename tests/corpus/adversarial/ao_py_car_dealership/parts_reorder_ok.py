# SDK: wmill 1.850.0: step(name, fn) in a while loop under one literal name gets keys name, name_2, ... (_alloc_key), the same each replay; building httpx.Client(base_url=...) connects nothing until a request; sleep(seconds) suspends
"""Parts department reorder: poll the distributor for back-ordered parts until they
ship or the order's deadline passes, then reorder the rest from the second source."""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field

import httpx
import wmill
from wmill import sleep, step, task, workflow

log = logging.getLogger("dealership.parts")

POLL_SECONDS = 30 * 60


class PartsCatalog:
    """Thin wrapper over the distributor API. Building it opens nothing."""

    def __init__(self, base_url: str, dealer_code: str):
        self.dealer_code = dealer_code
        self.http = httpx.Client(base_url=base_url, timeout=30)

    def order_path(self, po: str) -> str:
        return f"/dealers/{self.dealer_code}/orders/{po}"

    def status(self, po: str) -> dict:
        r = self.http.get(self.order_path(po))
        r.raise_for_status()
        return r.json()

    def reorder(self, lines: list[dict]) -> str:
        r = self.http.post(f"/dealers/{self.dealer_code}/orders", json={"lines": lines})
        r.raise_for_status()
        return r.json()["po"]


@dataclass
class Backorder:
    po: str
    lines: list[dict] = field(default_factory=list)
    shipped: list[str] = field(default_factory=list)


@task()
async def order_status(primary_url: str, dealer_code: str, po: str) -> dict:
    return PartsCatalog(primary_url, dealer_code).status(po)


@task()
async def reorder_elsewhere(backup_url: str, dealer_code: str, lines: list[dict]) -> str:
    return PartsCatalog(backup_url, dealer_code).reorder(lines)


@task()
async def tell_advisors(ro_numbers: list[str], note: str) -> None:
    hook = wmill.get_variable("f/dealership/service_webhook")
    httpx.post(hook, json={"text": f"{note}: {', '.join(ro_numbers)}"}, timeout=10)


@workflow
async def main(po: str, dealer_code: str, primary_url: str, backup_url: str, max_wait_hours: int = 48):
    catalog = PartsCatalog(primary_url, dealer_code)
    log.info("watching %s", catalog.order_path(po))
    deadline = await step("deadline", lambda: time.time() + max_wait_hours * 3600)

    pending = Backorder(po=po)
    while True:
        status = await order_status(primary_url, dealer_code, po)
        pending.lines = [line for line in status["lines"] if line["state"] == "backordered"]
        pending.shipped = [line["part_no"] for line in status["lines"] if line["state"] == "shipped"]
        if not pending.lines:
            break
        now = await step("poll_clock", time.time)
        if now + POLL_SECONDS > deadline:
            break
        await sleep(POLL_SECONDS)

    result = {"po": po, "shipped": pending.shipped, "reordered_po": None}
    if pending.lines:
        lines = [{"part_no": line["part_no"], "qty": line["qty"]} for line in pending.lines]
        result["reordered_po"] = await reorder_elsewhere(backup_url, dealer_code, lines)

    ro_numbers: list[str] = []
    for line in status["lines"]:
        with contextlib.suppress(KeyError):
            ro_numbers.append(line["repair_order"])
    if ro_numbers and (n := len(ro_numbers)) > 0:
        await tell_advisors(sorted(set(ro_numbers)), f"{n} repair orders affected by {po}")
    return result
