# SDK: wmill 1.850.0 task(), TaskError; the same tasks through f/common/api, used correctly
# (added after the blind round)
from wmill import TaskError, workflow

from f.common.api import charge_card, send_slack


@workflow
async def main(customer_id: str, amount_cents: int, channel: str = "#billing"):
    try:
        receipt = await charge_card(customer_id, amount_cents)
    except TaskError:
        receipt = None
    await send_slack(channel, f"charged {customer_id}")
    return {"receipt": receipt}
