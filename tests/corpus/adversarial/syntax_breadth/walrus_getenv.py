# SDK: wmill 1.850.0 client.py: the body re-runs on every replay (`_run_workflow_async` calls `func(**input_args)` each round); an environment read bound with `:=` in the body is not checkpointed.
import os

from wmill import task, workflow


@task()
async def sync_region(region: str, accounts: list[str]) -> int:
    return len(accounts)


@workflow
async def main(accounts: list[str]):
    if (region := os.getenv("SYNC_REGION")) is None:  # expect: WAC102
        region = "eu-west-1"
    synced = await sync_region(region, accounts)
    return {"region": region, "synced": synced}
