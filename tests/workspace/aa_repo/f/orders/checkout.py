# SDK: wmill 1.850.0 task() wrapper dispatches ctx._next_step with merged kwargs (unknown name -> TypeError in the child job); step() checkpoints fn()
from wmill import step, workflow

from f.lib import send_receipt  # expect: WAC403
from f.lib.kit import charge_card, stamp


@workflow
async def main(order_id: str, email: str, total_cents: int, currency: str = "EUR"):
    if total_cents <= 0:
        return {"order_id": order_id, "status": "nothing_to_charge"}

    placed_at = stamp()  # expect: WAC102
    charge = await charge_card(order_id, amount=total_cents, currency=currency)  # expect: WAC402

    receipt_sent = await send_receipt(order_id, email)

    confirmed = await step(
        "confirmation",
        lambda: {
            "order_id": order_id,
            "charge_id": charge["id"],
            "receipt": receipt_sent,
        },
    )
    return {
        "order_id": order_id,
        "placed_at": placed_at.isoformat(),
        "charge": charge,
        "confirmation": confirmed,
    }
