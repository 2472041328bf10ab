# SDK: wmill 1.850.0 client.py `_run_inline_step`: the step's return value is checkpointed and replayed; a nested function that only reads the closure and returns is safe.
from wmill import step, task, workflow


@task()
async def list_invoices(customer: str) -> list[dict]:
    return [{"id": "i1", "due": 10}]


@task()
async def send_dunning(customer: str, total_due: int) -> None:
    return None


@workflow
async def main(customer: str):
    invoices = await list_invoices(customer)

    def tally() -> dict:
        total = 0
        for inv in invoices:
            total += inv["due"]
        return {"count": len(invoices), "due": total}

    summary = await step("tally_invoices", tally)
    await send_dunning(customer, summary["due"])
    return summary
