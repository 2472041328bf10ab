# SDK: wmill 1.850.0 client.py: only task/step results are replayed from the checkpoint; a clock read in a `match` arm of the body runs again on every replay.
from datetime import datetime, timezone

from wmill import task, workflow


@task()
async def load_subscription(account_id: str) -> dict:
    return {"plan": "trial", "ends": "2026-01-01T00:00:00+00:00"}


@task()
async def send_renewal_notice(account_id: str, days_left: int) -> None:
    return None


@workflow
async def main(account_id: str):
    sub = await load_subscription(account_id)
    match sub:
        case {"plan": "trial", "ends": ends}:
            days_left = (datetime.fromisoformat(ends) - datetime.now(timezone.utc)).days  # expect: WAC102
            if days_left < 7:
                await send_renewal_notice(account_id, days_left)
        case {"plan": plan}:
            return {"account": account_id, "plan": plan}
    return {"account": account_id}
