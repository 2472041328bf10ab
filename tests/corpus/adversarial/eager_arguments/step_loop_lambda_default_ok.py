# SDK: wmill 1.850.0 client.py _alloc_key renumbers a repeated step name in call order (plan, plan_2, ...); a literal name in a loop over the input replays the same keys, and the lambda's default binds the loop variable.
import hashlib

from wmill import step, task, workflow


def plan_for(region: str, seed: str) -> dict:
    digest = hashlib.sha256(f"{seed}:{region}".encode()).hexdigest()
    return {"region": region, "shard": int(digest[:8], 16) % 16}


@task()
async def apply_plan(plan: dict) -> str:
    return plan["region"]


@workflow
async def main(regions: list[str], seed: str = "v1"):
    done = []
    for region in regions:
        plan = await step("plan", lambda r=region: plan_for(r, seed))
        done.append(await apply_plan(plan))
    return done
