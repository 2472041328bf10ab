# SDK: wmill 1.850.0 client.py: keywords unpacked from a dict reach the task function as its parameters (no names beyond its own).
from wmill import task, workflow


@task(timeout=120)
async def issue_refund(charge_id: str, amount_cents: int, reason: str = "requested_by_customer") -> dict:
    return {"refund": f"re_{charge_id}", "amount": amount_cents, "reason": reason}


@workflow
async def main(charge_id: str, amount: float, reason: str = "requested_by_customer"):
    refund_args = {
        "charge_id": charge_id,
        "amount_cents": int(round(amount * 100)),
    }
    if reason:
        refund_args["reason"] = reason
    first = await issue_refund(**refund_args)
    again = dict(charge_id=charge_id, amount_cents=0)
    return [first, await issue_refund(**again)]
