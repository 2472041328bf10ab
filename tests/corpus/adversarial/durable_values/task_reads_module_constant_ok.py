# SDK: wmill 1.850.0 client.py task(): a task body that only reads module constants (no `global` assignment) changes no shared state.
from wmill import task, workflow

LIMITS = {"free": 10, "pro": 1000}
DEFAULT_PLAN = "free"


@task()
async def quota(plan: str) -> int:
    limits = dict(LIMITS)
    limits.setdefault(DEFAULT_PLAN, 10)
    return limits.get(plan, limits[DEFAULT_PLAN])


@workflow
async def main(plan: str):
    return await quota(plan)
