# SDK: wmill 1.850.0 client.py: _StepSuspend is not a TaskError, so it skips the `elif` branch that returns and reaches the final `raise`.
from wmill import TaskError, task, workflow


@task()
async def send_invoice(invoice_id: str) -> dict:
    return {"invoice": invoice_id, "sent": True}


@workflow
async def main(invoice_id: str, strict: bool = False):
    try:
        return await send_invoice(invoice_id)
    except BaseException as exc:
        if strict:
            raise
        elif isinstance(exc, TaskError):
            return {"invoice": invoice_id, "sent": False, "error": str(exc)}
        else:
            raise
