# SDK: wmill 1.850.0 task(); f/common/api re-exports the tasks of f/common/tasks.py
# (added after the blind round: tasks reached through a re-exporting module)
from wmill import workflow

from f.common.api import charge_card, send_slack


@workflow
async def main(customer_id: str, amount_cents: int, channel: str = "#billing"):
    try:
        receipt = await charge_card(customer_id, amount_cents)
    except BaseException:  # expect: WAC201
        receipt = None
    send_slack(channel, f"charged {customer_id}")  # expect: WAC106
    await send_slack(chan=channel, text="done")  # expect: WAC402
    return {"receipt": receipt}
