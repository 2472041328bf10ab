# SDK: wmill 1.850.0 step() runs fn inside the checkpoint and JSON round-trips the result; task() merges positional args onto the signature
from wmill import step, workflow

from f.lib.kit import charge_card, send_receipt, stamp
from f.lib.tasks import send_receipt as mail_receipt


@workflow
async def main(order_id: str, email: str, total_cents: int, currency: str = "EUR"):
    if total_cents <= 0:
        return {"order_id": order_id, "status": "nothing_to_charge"}

    placed_at = await step("placed_at", lambda: stamp().isoformat())
    charge = await charge_card(order_id, amount_cents=total_cents, currency=currency)

    if email.endswith("@example.com"):
        sent = await mail_receipt(order_id, email, locale="de")
    else:
        sent = await send_receipt(order_id=order_id, email=email)

    return {
        "order_id": order_id,
        "placed_at": placed_at,
        "charge_id": charge["id"],
        "receipt_sent": sent,
    }
