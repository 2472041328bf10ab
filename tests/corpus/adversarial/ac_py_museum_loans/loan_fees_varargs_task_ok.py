# SDK: wmill 1.850.0 task() sends arguments by parameter name (_merge_args); a list parameter carries the line items
import httpx
from wmill import step, task, workflow

BILLING_API = "https://billing.museum.example/api"


@task()
async def quote_fee(kind: str, base: float) -> dict:
    r = httpx.get(f"{BILLING_API}/fees/{kind}", params={"base": base})
    return r.json()


@task()
async def invoice_lender(lender_id: str, line_items: list[dict]) -> str:
    r = httpx.post(f"{BILLING_API}/invoices", json={"lender": lender_id, "lines": line_items})
    return r.json()["invoice_id"]


@workflow
async def main(loan_id: str, lender_id: str, insured_value: float, crates: int):
    courier = await quote_fee(kind="courier", base=float(crates))
    insurance = await quote_fee(kind="insurance", base=insured_value)
    admin = await quote_fee(kind="admin", base=1.0)
    invoice = await invoice_lender(lender_id, [courier, insurance, admin])
    return await step("billing", lambda: {"loan": loan_id, "invoice": invoice})
