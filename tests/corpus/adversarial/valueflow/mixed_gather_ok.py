# SDK: wmill 1.850.0 client.py: step() and task coroutines can be awaited together; each allocates its key in call order, the same on every replay.
import asyncio
from datetime import datetime, timezone

from wmill import step, task, workflow


@task()
async def snapshot_volume(volume: str) -> str:
    return f"snap-{volume}"


@workflow
async def main(volumes: list[str]):
    started, *snapshots = await asyncio.gather(
        step("started", lambda: datetime.now(timezone.utc).isoformat()),
        *(snapshot_volume(v) for v in volumes),
    )
    return {"started": started, "snapshots": snapshots}
