# SDK: wmill 1.850.0 _run_inline_step keys by _alloc_key(name); object.__repr__ holds the address, hash(str) is salted per process
from wmill import step, task, workflow


class Vessel:
    def __init__(self, code: str, litres: int):
        self.code = code
        self.litres = litres


class Keg(Vessel):
    def fill_plan(self) -> dict:
        return {"code": self.code, "litres": self.litres}


@task()
async def list_kegs(batch_id: str) -> list[dict]:
    return [{"code": "K-101", "litres": 50}, {"code": "K-102", "litres": 30}]


@task()
async def record_fill(batch_id: str, plan: dict) -> dict:
    return plan


@workflow
async def main(batch_id: str):
    rows = await list_kegs(batch_id)
    kegs = [Keg(r["code"], r["litres"]) for r in rows]

    plans = []
    for keg in kegs:
        plan = await step(f"plan-{keg}", keg.fill_plan)  # expect: WAC103
        plans.append(plan)

    for n, plan in enumerate(plans):
        await step(f"seal-{n}", lambda: {"sealed": True})  # expect: WAC103

    shard = await step(f"shard-{hash(batch_id) % 8}", lambda: batch_id[-2:])  # expect: WAC103, WAC102
    return [await record_fill(batch_id, p) for p in plans] + [shard]
