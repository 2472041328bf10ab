# SDK: wmill 1.850.0 keys a step by its name (`_alloc_key(name)`); the name here comes from a module counter a helper bumps with `global`, the same sequence in every round (each round re-imports the module) but not a literal, so Windmill's diagram cannot label the step and the key depends on how many labels were taken before it
"""Release the week's school-group tickets in batches. Written by a developer used to
Celery beat jobs, who numbered batches with a module counter."""

import httpx

from wmill import step, task, workflow

BATCH_NO = 0


def next_batch_label(prefix: str = "release") -> str:
    global BATCH_NO
    BATCH_NO += 1
    return f"{prefix}-{BATCH_NO}"


@task(timeout=300)
async def pending_requests(week: str) -> list[dict]:
    async with httpx.AsyncClient(base_url="https://groups.planetarium.example") as client:
        r = await client.get(f"/weeks/{week}/requests", params={"status": "pending"})
        r.raise_for_status()
        return r.json()["requests"]


def release(batch: list[dict]) -> list[str]:
    r = httpx.post("https://boxoffice.planetarium.example/group-releases", json={"requests": [b["id"] for b in batch]}, timeout=30)
    r.raise_for_status()
    return r.json()["ticket_ids"]


@workflow
async def main(week: str, batch_size: int = 25):
    requests_ = await pending_requests(week)
    released = []
    for i in range(0, len(requests_), batch_size):
        batch = requests_[i : i + batch_size]
        tickets = await step(next_batch_label(), lambda: release(batch))  # expect: WAC103
        released += tickets
    return {"week": week, "released": len(released)}
