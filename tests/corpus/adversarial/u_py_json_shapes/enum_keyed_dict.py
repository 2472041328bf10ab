# SDK: wmill 1.850.0 json.dumps(result, default=str): default= does not apply to keys, so a dict filled with plain Enum members as keys raises TypeError and the task fails
from enum import Enum

from wmill import task, workflow


class Channel(Enum):
    EMAIL = "email"
    SMS = "sms"
    PUSH = "push"


@task()
async def delivery_counts(campaign_id: str) -> dict:
    import requests

    events = requests.get(f"https://messaging.internal/api/campaigns/{campaign_id}/events", timeout=30).json()
    counts = {}
    for e in events:
        channel = Channel(e["channel"])
        counts[channel] = counts.get(channel, 0) + 1
    return counts  # expect: WAC107


@task()
async def report(campaign_id: str, counts: dict) -> None:
    import requests

    requests.post("https://bi.internal/api/campaign-stats", json={"campaign": campaign_id, "counts": counts}, timeout=10)


@workflow
async def main(campaign_id: str):
    counts = await delivery_counts(campaign_id)
    await report(campaign_id, counts)
    return counts
