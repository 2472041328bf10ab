# SDK: wmill 1.850.0: except Exception around tasks is safe (suspension is a BaseException); Decimal math kept inside tasks, str across
from decimal import Decimal

import wmill
from wmill import TaskError, step, task, wait_for_approval, get_resume_urls, workflow

PRICE_PER_LITRE = Decimal("0.4625")


@task()
async def litres_by_farmer(month: str) -> dict[str, str]:
    import psycopg

    db = wmill.get_resource("f/dairy/coop_pg")
    with psycopg.connect(**db) as conn:
        rows = conn.execute(
            "select farmer_id, sum(litres) from collections where to_char(day, 'YYYY-MM') = %s group by farmer_id",
            (month,),
        ).fetchall()
    return {farmer: str(total) for farmer, total in rows}


@task()
async def pay(farmer_id: str, amount: str) -> dict:
    import httpx

    bank = wmill.get_resource("f/dairy/bank_api")
    async with httpx.AsyncClient(base_url=bank["url"], headers={"X-Key": bank["key"]}) as client:
        resp = await client.post("/transfers", json={"to": farmer_id, "amount": amount, "currency": "EUR"})
        resp.raise_for_status()
        return {"farmer": farmer_id, "transfer": resp.json()["id"]}


def payout_amount(litres: str) -> str:
    return str((Decimal(litres) * PRICE_PER_LITRE).quantize(Decimal("0.01")))


@workflow
async def main(month: str):
    litres = await litres_by_farmer(month)
    plan = {farmer: payout_amount(l) for farmer, l in sorted(litres.items())}
    urls = await step("resume_urls", lambda: get_resume_urls())
    print(f"Approve payout of {len(plan)} farmers: {urls['approvalPage']}")
    approval = await wait_for_approval(timeout=86400, form={"type": "object", "properties": {}})
    if not approval["approved"]:
        return {"month": month, "paid": 0}
    paid, failed = [], []
    for farmer, amount in plan.items():
        try:
            paid.append(await pay(farmer, amount))
        except TaskError as err:
            failed.append({"farmer": farmer, "error": str(err)})
        except Exception as err:  # never the suspension: it derives from BaseException
            failed.append({"farmer": farmer, "error": repr(err)})
    return {"month": month, "paid": len(paid), "failed": failed}
