# SDK: wmill 1.850.0 client.py: a finally that only resets local state lets _StepSuspend propagate to _run_workflow_async unchanged.
from wmill import task, workflow


@task()
async def lock_repo(repo: str) -> str:
    return f"lock-{repo}"


@task()
async def run_migrations(repo: str) -> int:
    return 3


@task()
async def unlock_repo(lock_id: str) -> bool:
    return True


@workflow
async def main(repo: str):
    state = {"phase": "locking"}
    lock_id = await lock_repo(repo)
    try:
        state["phase"] = "migrating"
        applied = await run_migrations(repo)
    finally:
        state["phase"] = "unlocking"
    await unlock_repo(lock_id)
    return {"applied": applied, **state}
