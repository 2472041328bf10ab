# SDK: wmill 1.850.0 client.py _run_inline_step(): the step's value goes through json.dumps(default=str), so the Decimal sum comes back as a str and .quantize fails.
from decimal import Decimal

from wmill import step, task, workflow


@task()
async def invoice_lines(invoice_id: str) -> list[dict]:
    return [{"amount": "19.99"}, {"amount": "5.01"}]


@task()
async def charge(invoice_id: str, amount: str) -> str:
    return f"charged {amount} for {invoice_id}"


@workflow
async def main(invoice_id: str):
    lines = await invoice_lines(invoice_id)
    total = await step("total", lambda: sum((Decimal(line["amount"]) for line in lines), Decimal("0")))  # expect: WAC107
    return await charge(invoice_id, str(total.quantize(Decimal("0.01"))))
