# SDK: wmill 1.850.0 client.py: _StepSuspend passes through this finally; `continue` there discards it and the loop dispatches nothing.
from wmill import task, workflow


@task()
async def sync_shard(shard: int) -> int:
    return shard


@workflow
async def main(shards: int):
    done = []
    for shard in range(shards):
        try:
            done.append(await sync_shard(shard))
        finally:
            continue  # expect: WAC203
    return {"synced": done}
