# Send a newsletter in batches of 500 recipients with a pause between batches
# to stay under the email provider's rate limit.
from wmill import task, workflow, sleep
import requests


@task()
async def load_subscribers(list_id: str) -> list:
    return requests.get(f"https://newsletter.example/api/lists/{list_id}/subscribers", timeout=60).json()


@task(timeout=900, tag="email")
async def send_batch(campaign_id: str, recipients: list) -> int:
    resp = requests.post(f"https://newsletter.example/api/campaigns/{campaign_id}/send", json={"to": recipients}, timeout=600)
    resp.raise_for_status()
    return resp.json()["accepted"]


@workflow
async def main(list_id: str, campaign_id: str, batch_size: int = 500):
    subscribers = await load_subscribers(list_id)
    batches = [subscribers[i : i + batch_size] for i in range(0, len(subscribers), batch_size)]
    accepted = 0
    for batch in batches:
        accepted += await send_batch(campaign_id, batch)
        await sleep(120)
    return {"batches": len(batches), "accepted": accepted}
