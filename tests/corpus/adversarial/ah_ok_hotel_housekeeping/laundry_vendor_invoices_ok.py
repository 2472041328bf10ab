# SDK: wmill 1.850.0 a service class used only inside tasks (built in each task), functools.lru_cache on a pure helper called in the body, a module-level boto3 client used only inside a task, results compared with Decimal after the checkpoint
from decimal import Decimal
from functools import lru_cache

import boto3
from wmill import task, workflow

s3 = boto3.client("s3")
BUCKET = "hotel-finance"


class LaundryVendorApi:
    def __init__(self, token: str):
        import httpx

        self.http = httpx.Client(base_url="https://api.cleanlinen.example", headers={"Authorization": f"Bearer {token}"}, timeout=30)

    def invoices(self, month: str) -> list[dict]:
        return self.http.get("/invoices", params={"month": month}).json()

    def dispute(self, invoice_id: str, reason: str) -> str:
        return self.http.post(f"/invoices/{invoice_id}/disputes", json={"reason": reason}).json()["id"]


@lru_cache(maxsize=None)
def contract_rate(item: str) -> Decimal:
    return {"sheet": Decimal("0.42"), "towel": Decimal("0.31"), "robe": Decimal("1.10")}.get(item, Decimal("0.50"))


@task()
async def vendor_invoices(token: str, month: str) -> list[dict]:
    return LaundryVendorApi(token).invoices(month)


@task()
async def open_dispute(token: str, invoice_id: str, reason: str) -> str:
    return LaundryVendorApi(token).dispute(invoice_id, reason)


@task()
async def archive(month: str, report: list[dict]) -> str:
    import json

    key = f"laundry/{month}.json"
    s3.put_object(Bucket=BUCKET, Key=key, Body=json.dumps(report).encode())
    return key


@workflow
async def main(token: str, month: str, tolerance: str = "0.02"):
    tol = Decimal(tolerance)
    report = []
    for inv in await vendor_invoices(token, month):
        expected = sum((contract_rate(line["item"]) * line["qty"] for line in inv["lines"]), Decimal("0"))
        billed = Decimal(str(inv["total"]))
        over = billed - expected
        row = {"invoice": inv["id"], "billed": str(billed), "expected": str(expected), "dispute": None}
        if expected and over / expected > tol:
            row["dispute"] = await open_dispute(token, inv["id"], f"billed {billed}, contract {expected}")
        report.append(row)
    key = await archive(month, report)
    return {"invoices": len(report), "disputed": sum(1 for r in report if r["dispute"]), "archive": key}
