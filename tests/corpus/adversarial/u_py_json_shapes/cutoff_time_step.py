# SDK: wmill 1.850.0 step() returns json.loads(json.dumps(result, default=str)); a datetime.time comes back as the string "17:30:00", so comparing it with a time raises TypeError
from datetime import datetime, time

from wmill import step, task, workflow


def parse_cutoff(text: str) -> time:
    return datetime.strptime(text, "%H:%M").time()  # expect: WAC107


@task()
async def carrier_cutoff(carrier: str) -> str:
    import requests

    return requests.get(f"https://carriers.internal/api/{carrier}/cutoff", timeout=10).json()["local_cutoff"]


@task()
async def schedule_pickup(carrier: str, order_ids: list[str], same_day: bool) -> str:
    import requests

    resp = requests.post(
        f"https://carriers.internal/api/{carrier}/pickups",
        json={"orders": order_ids, "same_day": same_day},
        timeout=20,
    )
    return resp.json()["pickup_id"]


@workflow
async def main(carrier: str, order_ids: list[str], ready_at: str):
    raw = await carrier_cutoff(carrier)
    cutoff = await step("cutoff", lambda: parse_cutoff(raw))
    ready = datetime.fromisoformat(ready_at).time()
    pickup = await schedule_pickup(carrier, order_ids, ready <= cutoff)
    return {"pickup": pickup}
