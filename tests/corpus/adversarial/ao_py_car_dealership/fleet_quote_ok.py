# SDK: wmill 1.850.0: parallel(items, fn) calls fn(item) for each item, so functools.partial(task, dealer) dispatches the task with the dealer bound; print / sys.stdout.write / logging lines decide nothing; wmill.get_state_path() only names the state's path (no request)
"""Fleet quote: a business customer asks for N vehicles across trims; quote each line
from the allocation desk, apply the fleet incentive, and send one PDF quote."""

from __future__ import annotations

import functools
import logging
import sys
from typing import TypedDict

import httpx
import wmill
from wmill import parallel, step, task, workflow

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
log = logging.getLogger("dealership.fleet")

ALLOC = "https://allocation.example-oem.com/api"


class Line(TypedDict):
    model: str
    trim: str
    qty: int


@task(timeout=300)
async def quote_line(dealer: str, line: dict) -> dict:
    async with httpx.AsyncClient(base_url=ALLOC, timeout=30) as c:
        r = await c.post(f"/dealers/{dealer}/quotes", json=line)
        r.raise_for_status()
        q = r.json()
    return {**line, "unit_cents": int(q["unit_cents"]), "eta_weeks": int(q["eta_weeks"])}


@task()
async def fleet_incentive(customer_fan: str, units: int) -> int:
    async with httpx.AsyncClient(base_url=ALLOC, timeout=30) as c:
        r = await c.get("/fleet/incentives", params={"fan": customer_fan, "units": units})
        r.raise_for_status()
        return int(r.json()["per_unit_cents"])


@task(timeout=600)
async def render_and_send(customer_email: str, quote: dict, state_path: str) -> str:
    async with httpx.AsyncClient(timeout=120) as c:
        pdf = await c.post("https://docs.example-motors.com/render/fleet-quote", json=quote)
        pdf.raise_for_status()
        r = await c.post(
            "https://mail.example-motors.com/send",
            json={"to": customer_email, "subject": "Your fleet quote", "attachment_url": pdf.json()["url"], "ref": state_path},
        )
        r.raise_for_status()
        return pdf.json()["url"]


@workflow
async def main(dealer: str, customer_fan: str, customer_email: str, lines: list[Line]):
    print(f"fleet quote for {customer_fan}: {len(lines)} lines", flush=True)
    quoted = await parallel([dict(line) for line in lines], functools.partial(quote_line, dealer), concurrency=3)
    units = sum(q["qty"] for q in quoted)
    per_unit = await fleet_incentive(customer_fan, units)

    for q in quoted:
        q["net_unit_cents"] = max(q["unit_cents"] - per_unit, 0)
        sys.stdout.write(f"{q['model']} {q['trim']}: {q['qty']} x {q['net_unit_cents'] / 100:.2f}\n")

    quote = {
        "dealer": dealer,
        "customer": customer_fan,
        "lines": quoted,
        "total_cents": sum(q["net_unit_cents"] * q["qty"] for q in quoted),
        "longest_eta_weeks": max((q["eta_weeks"] for q in quoted), default=0),
    }
    url = await render_and_send(customer_email, quote, wmill.get_state_path())
    quote_no = await step("quote_no", lambda: f"FQ-{customer_fan}-{units}")
    log.info("quote %s sent: %s", quote_no, url)
    return {"quote_no": quote_no, "url": url, **quote}
