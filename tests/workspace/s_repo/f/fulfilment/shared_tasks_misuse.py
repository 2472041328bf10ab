# SDK: wmill 1.850.0 task(): _merge_args maps positionals to the task's own parameters, then
# the child job calls send_slack(**args) / charge_card(**args)
from wmill import workflow

from f.common.tasks import charge_card, send_slack


@workflow
async def main(customer_id: str, amount_cents: int, channel: str = "#billing"):
    receipt = await charge_card(customer=customer_id, amount_cents=amount_cents)  # expect: WAC402
    send_slack(channel, f"charged {customer_id}: {amount_cents}")  # expect: WAC106
    await send_slack(channel)  # expect: WAC402
    return {"receipt": receipt}
