# SDK: wmill 1.850.0 task(): positional arguments are mapped onto the task's parameter names
import asyncio

from wmill import workflow

from f.common.tasks import charge_card, send_slack


@workflow
async def main(customer_ids: list, amount_cents: int, channel: str = "#billing"):
    receipts = await asyncio.gather(
        *[charge_card(cid, amount_cents, currency="eur") for cid in customer_ids]
    )
    total = sum(r.get("amount", 0) for r in receipts)
    await send_slack(channel, text=f"charged {len(receipts)} customers, {total} cents")
    await send_slack(channel=channel, text="billing run done")
    return {"receipts": receipts}
