# SDK: wmill 1.850.0 client.py `_run_inline_step`: once checkpointed, a step's function is not called again; the `nonlocal` update it makes is lost on the next replay.
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
    total_due = 0

    def tally() -> int:
        nonlocal total_due
        total_due = sum(i["due"] for i in invoices)  # expect: WAC104
        return len(invoices)

    count = await step("tally_invoices", tally)
    await send_dunning(customer, total_due)
    return {"count": count, "due": total_due}
