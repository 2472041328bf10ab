# SDK: wmill 1.850.0 _StepSuspend is a BaseException; `except BaseException` in f/shared/guard.run_guarded swallows it around the task.
from wmill import step, workflow

from f.shared.guard import run_guarded
from f.shared.tasks import fetch_invoice


@workflow
async def main(invoice_ids: list[str], region: str = "eu-west"):
    collected = []
    for invoice_id in invoice_ids:
        invoice = await run_guarded(fetch_invoice, invoice_id, region=region)  # expect: WAC201
        if invoice is None:
            continue
        collected.append(invoice)
    total = await step("total", lambda: sum(i.get("amount", 0) for i in collected))
    return {"count": len(collected), "total": total}
