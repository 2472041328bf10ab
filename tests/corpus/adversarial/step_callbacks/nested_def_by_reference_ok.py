# SDK: wmill 1.850.0 client.py _run_inline_step: the callable given to step() is executed there (once), not in the replayed body.
import random
import time

from wmill import step, task, workflow


@task()
async def run_experiment(arm: str, users: list[str]) -> dict:
    return {"arm": arm, "conversions": len(users) // 10}


@workflow
async def main(users: list[str]):
    def assign() -> dict:
        arms = {"control": [], "treatment": []}
        for u in users:
            arms[random.choice(list(arms))].append(u)
        arms["at"] = time.time()
        return arms

    groups = await step("assign_arms", assign)
    control = await run_experiment("control", groups["control"])
    treatment = await run_experiment("treatment", groups["treatment"])
    return {"control": control, "treatment": treatment, "assigned_at": groups["at"]}
