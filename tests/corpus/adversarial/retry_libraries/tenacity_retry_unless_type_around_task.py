# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException; tenacity 9 AsyncRetrying catches BaseException and asks retry_if_not_exception_type(ValueError), which is true for the suspension, so each attempt allocates a new key (charge, charge_2, ...) and the round ends in RetryError, an Exception, instead of dispatching.
from tenacity import retry, retry_if_not_exception_type, stop_after_attempt

from wmill import task, workflow


@task(timeout=120)
async def charge_card(customer_id: str, cents: int) -> dict:
    return {"customer": customer_id, "charged": cents}


@retry(retry=retry_if_not_exception_type(ValueError), stop=stop_after_attempt(3))
async def charge_with_retry(customer_id: str, cents: int) -> dict:
    if cents <= 0:
        raise ValueError("nothing to charge")
    return await charge_card(customer_id, cents)


@workflow
async def main(customer_id: str, cents: int):
    receipt = await charge_with_retry(customer_id, cents)  # expect: WAC201
    return {"receipt": receipt}
