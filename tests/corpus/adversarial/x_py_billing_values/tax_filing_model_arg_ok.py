# SDK: wmill 1.850.0 task_script args are sent as JSON: model_dump(mode="json") writes Decimals as strings, plain JSON; a task of the file gets the replayed model itself
"""VAT filing: build the return from the ledger and hand it to the filing script."""
from decimal import Decimal

from pydantic import BaseModel
from wmill import task, task_script, workflow

file_return = task_script("f/tax/file_vat_return", timeout=900)


class VatReturn(BaseModel):
    region: str
    period: str
    net_sales: Decimal
    vat_due: Decimal


@task(timeout=600)
async def ledger_totals(region: str, period: str) -> dict:
    import psycopg

    async with await psycopg.AsyncConnection.connect("postgresql://ledger/ro") as conn:
        cur = await conn.execute(
            "select sum(net)::text, sum(vat)::text from sales where region = %s and period = %s", (region, period)
        )
        net, vat = await cur.fetchone()
    return {"net": net or "0", "vat": vat or "0"}


@task(timeout=60)
async def check_return(vat_return: VatReturn) -> bool:
    return vat_return.vat_due >= 0 and vat_return.net_sales >= vat_return.vat_due


@workflow
async def main(region: str, period: str):
    totals = await ledger_totals(region, period)
    vat_return = VatReturn(region=region, period=period, net_sales=Decimal(totals["net"]), vat_due=Decimal(totals["vat"]))
    if not await check_return(vat_return):
        return {"region": region, "period": period, "filing": None}
    filing = await file_return(vat_return=vat_return.model_dump(mode="json"), dry_run=False)
    return {"region": region, "period": period, "filing": filing}
