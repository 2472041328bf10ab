# SDK: wmill 1.850.0 keys a step by its name and numbers repeats (`_alloc_key`: `release`, `release_2`, ...), so a literal name in the loop gives stable keys in every round; the batch numbers only go into a log line
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
        print(f"releasing {next_batch_label()} ({len(batch)} requests)")
        tickets = await step("release", lambda: release(batch))
        released += tickets
    return {"week": week, "released": len(released)}
