"""Triage an incoming STAT order: rank it against the queue and tell the ward."""

from wmill import step, task_script, workflow

from .rules import priority

rank = task_script("./rank.py")
notify_ward = task_script("./notify_ward.py")  # expect: WAC401


@workflow
async def main(order_id: str, test_code: str, ward: str, stat: bool = False):
    level = priority(test_code, stat)
    position = await rank(order_id=order_id, level=level)
    eta = await step("eta", lambda: position["eta_minutes"])
    await notify_ward(ward=ward, text=f"Order {order_id}: position {position['position']}, about {eta} min")
    return {"order": order_id, "level": level, "eta_minutes": eta}
