# SDK: wmill 1.850.0 workflow(): the body re-runs on every replay; utc_stamp reads datetime.now
from wmill import step, task, workflow

from f.common.clock import add_days, fresh_batch_id, utc_stamp


@task()
async def book_pickup(carrier: str, batch_id: str, ready_at: str) -> dict:
    return {"carrier": carrier, "batch": batch_id, "ready_at": ready_at}


@workflow
async def main(carrier: str = "dhl", lead_days: int = 1):
    batch_id = fresh_batch_id()  # expect: WAC102
    ready_at = add_days(utc_stamp(), lead_days)  # expect: WAC102
    booking = await book_pickup(carrier, batch_id, ready_at)
    confirmed = await step("confirmed_at", lambda: utc_stamp())
    return {"booking": booking, "confirmed_at": confirmed}
