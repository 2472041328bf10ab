# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException; tenacity 9's default predicate is retry_if_exception_type(Exception), so the suspension is re-raised at once and only a TaskError (an Exception) is retried, under a fresh key each time, the same in every replay.
from tenacity import retry, stop_after_attempt

from wmill import task, workflow


@task(timeout=120)
async def charge_card(customer_id: str, cents: int) -> dict:
    return {"customer": customer_id, "charged": cents}


@retry(stop=stop_after_attempt(3), reraise=True)
async def charge_with_retry(customer_id: str, cents: int) -> dict:
    return await charge_card(customer_id, cents)


@workflow
async def main(customer_id: str, cents: int):
    receipt = await charge_with_retry(customer_id, cents)
    return {"receipt": receipt}
