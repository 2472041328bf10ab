# SDK: wmill 1.850.0 client.py: a @task's keyword arguments are passed to the function in its job; an unknown keyword fails the job with TypeError (and a required one left out too).
from wmill import task, workflow


@task(timeout=120)
async def issue_refund(charge_id: str, amount_cents: int, reason: str = "requested_by_customer") -> dict:
    return {"refund": f"re_{charge_id}", "amount": amount_cents, "reason": reason}


@workflow
async def main(charge_id: str, amount: float, reason: str = "requested_by_customer"):
    refund_args = dict(
        charge_id=charge_id,
        amount=int(round(amount * 100)),  # expect: WAC402
        reason=reason,
    )
    return await issue_refund(**refund_args)  # expect: WAC402
