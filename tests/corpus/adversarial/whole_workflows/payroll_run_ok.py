# SDK: wmill 1.850.0 client.py: TaskError(Exception) is raised for a failed task; _StepSuspend derives from BaseException, so `except Exception` / `except TaskError` never catch it; step() checkpoints fn's value.
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

import httpx
import wmill
from wmill import TaskError, step, task, task_script, workflow

log = logging.getLogger(__name__)

PAYROLL_API = "https://payroll.internal/api"
TAX_RATE = Decimal("0.21")


@dataclass
class Employee:
    id: str
    iban: str
    gross_cents: int


def net_cents(gross_cents: int) -> int:
    """Pure arithmetic, safe to re-run on every replay."""
    return int(Decimal(gross_cents) * (1 - TAX_RATE))


@task(timeout=300)
async def load_employees(period: str) -> list[dict]:
    token = wmill.get_variable("f/payroll/api_token")
    async with httpx.AsyncClient(base_url=PAYROLL_API, headers={"Authorization": f"Bearer {token}"}) as client:
        resp = await client.get("/employees", params={"period": period})
        resp.raise_for_status()
        return resp.json()


@task(tag="payments")
async def pay(employee_id: str, iban: str, amount_cents: int, period: str) -> dict:
    async with httpx.AsyncClient() as client:
        resp = await client.post(
            f"{PAYROLL_API}/transfers",
            json={"employee": employee_id, "iban": iban, "amount": amount_cents, "ref": period},
        )
        resp.raise_for_status()
        return {"employee": employee_id, "transfer": resp.json()["id"]}


publish_payslips = task_script("f/payroll/publish_payslips")


@workflow
async def main(period: str, dry_run: bool = False):
    started = await step("started", lambda: datetime.now(timezone.utc).isoformat())
    rows = await load_employees(period)
    staff = [Employee(**row) for row in rows]
    log.info("payroll %s for %d employees", period, len(staff))

    if dry_run:
        return {"period": period, "total_net": sum(net_cents(e.gross_cents) for e in staff)}

    results = await asyncio.gather(
        *(pay(e.id, e.iban, net_cents(e.gross_cents), period) for e in staff)
    )

    try:
        await publish_payslips(period=period, employees=[e.id for e in staff])
        published = True
    except TaskError as err:
        log.warning("payslips not published: %s", err)
        published = False

    return {"period": period, "started": started, "paid": len(results), "payslips": published}
