# SDK: wmill 1.850.0 client.py: each task call in the comprehension is awaited in order (one key per call, `_alloc_key`), so the walrus only binds checkpointed results.
from wmill import task, workflow


@task()
async def score_lead(lead_id: str) -> float:
    return 0.7


@task()
async def assign_to_sales(lead_ids: list[str]) -> int:
    return len(lead_ids)


@workflow
async def main(lead_ids: list[str], threshold: float = 0.5):
    hot = [(lid, s) for lid in lead_ids if (s := await score_lead(lid)) >= threshold]
    assigned = await assign_to_sales([lid for lid, _ in hot])
    return {"hot": hot, "assigned": assigned}
