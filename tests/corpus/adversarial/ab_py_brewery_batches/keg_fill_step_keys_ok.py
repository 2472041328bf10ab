# SDK: wmill 1.850.0 _alloc_key numbers repeats of one literal name (plan, plan_2, ...); lambdas with default args bind the loop value
import functools

from wmill import step, task, workflow


class Keg:
    def __init__(self, code: str, litres: int):
        self.code = code
        self.litres = litres

    def fill_plan(self) -> dict:
        return {"code": self.code, "litres": self.litres}


def seal_record(code: str, litres: int) -> dict:
    return {"code": code, "sealed": True, "litres": litres}


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
        plans.append(await step("plan", lambda k=keg: k.fill_plan()))

    seals = []
    for keg in kegs:
        seals.append(await step("seal", functools.partial(seal_record, keg.code, keg.litres)))

    recorded = [await record_fill(batch_id, p) for p in plans]
    return {"recorded": recorded, "seals": seals}
