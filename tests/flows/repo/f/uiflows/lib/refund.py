from typing import Literal


def main(order_id: str, amount_cents: int, reason: Literal["damaged", "late", "other"] = "other"):
    return {"order_id": order_id, "refunded": amount_cents, "reason": reason}
