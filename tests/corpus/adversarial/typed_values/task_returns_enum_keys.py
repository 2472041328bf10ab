# SDK: wmill 1.850.0 client.py: a plain Enum member is no valid JSON key and default=str does not apply to keys: json.dumps raises TypeError, so the task's job fails.
from enum import Enum

from wmill import task, workflow


class Channel(Enum):
    EMAIL = "email"
    SMS = "sms"


@task()
async def send_counts(campaign: str) -> dict:
    counts = {Channel.EMAIL: 120, Channel.SMS: 40}
    return counts  # expect: WAC107


@workflow
async def main(campaign: str):
    counts = await send_counts(campaign)
    return {"total": sum(counts.values())}
