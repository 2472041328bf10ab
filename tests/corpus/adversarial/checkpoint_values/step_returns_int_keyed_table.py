# SDK: wmill 1.850.0 client.py _run_inline_step: the step's value is returned after json.dumps/json.loads, so the int keys of the table become "1", "2", "3" and tiers[level] raises KeyError.
from wmill import step, task, workflow


def load_tiers() -> dict:
    return {1: "bronze", 2: "silver", 3: "gold"}  # expect: WAC107


@task()
async def apply_discount(customer_id: str, tier: str) -> float:
    return {"bronze": 0.0, "silver": 0.05, "gold": 0.1}[tier]


@workflow
async def main(customer_id: str, level: int):
    tiers = await step("tiers", load_tiers)
    return await apply_discount(customer_id, tiers[level])
