# SDK: wmill 1.850.0 client.py _run_inline_step(): the step's checkpointed dict is returned on every replay, so reading it many times and passing parts of it to tasks is stable.
import random
import uuid

from wmill import step, task, workflow


def load_plan(regions: list[str]) -> dict:
    order = list(regions)
    random.shuffle(order)
    return {"run_id": str(uuid.uuid4()), "order": order, "jitter": random.randint(5, 30)}


@task()
async def drain(region: str, run_id: str) -> dict:
    return {"region": region, "run_id": run_id, "drained": True}


@workflow
async def main(regions: list[str]):
    plan = await step("plan", lambda: load_plan(regions))
    results = []
    for region in plan["order"]:
        results.append(await drain(region, plan["run_id"]))
    first = plan["order"][0] if plan["order"] else None
    return {"run_id": plan["run_id"], "first": first, "jitter": plan["jitter"], "results": results}
