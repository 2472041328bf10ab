# SDK: wmill 1.850.0 Decimal kept as str across the task boundary and rebuilt with Decimal(str) in the body; a NamedTuple built in the body and converted with _asdict() before a task
from decimal import Decimal
from typing import NamedTuple

import httpx
from wmill import task, workflow

RATES = {"translation": Decimal("0.12"), "review": Decimal("0.04"), "dtp": Decimal("25.00")}


class Line(NamedTuple):
    client: str
    service: str
    qty: str
    amount: str


@task()
async def billable_units(client: str, month: str) -> list[dict]:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://jobs.agency.example/clients/{client}/usage", params={"month": month})
        r.raise_for_status()
        return [{"service": u["service"], "qty": str(u["qty"])} for u in r.json()]


@task()
async def create_invoice(client: str, month: str, lines: list[dict], total: str) -> str:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://billing.agency.example/invoices", json={"client": client, "month": month, "lines": lines, "total": total})
        r.raise_for_status()
        return r.json()["number"]


@workflow
async def main(clients: list[str], month: str, vat: str = "0.19"):
    invoices = {}
    for client in clients:
        usage = await billable_units(client, month)
        lines = [
            Line(client, u["service"], u["qty"], str((Decimal(u["qty"]) * RATES[u["service"]]).quantize(Decimal("0.01"))))
            for u in usage
            if u["service"] in RATES
        ]
        net = sum((Decimal(line.amount) for line in lines), Decimal("0"))
        gross = (net * (1 + Decimal(vat))).quantize(Decimal("0.01"))
        if lines:
            invoices[client] = await create_invoice(client, month, [line._asdict() for line in lines], str(gross))
    return invoices
