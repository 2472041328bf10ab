# SDK: wmill 1.850.0 _run_workflow_async calls func(**input_args); a default missing from the input is the one computed at import
import random
import time
from datetime import datetime, timedelta, timezone

from wmill import task, workflow


@task()
async def run_dispersion(region: str, issued_epoch: float, horizon_h: int, seed: int) -> dict:
    return {"region": region, "plume_km": 18.4}


@task()
async def publish_advisory(region: str, valid_until: str, plume: dict) -> str:
    return "advisory-posted"


@workflow
async def main(
    region: str,
    horizon_h: int = 24,
    issued_epoch: float = time.time(),  # expect: WAC102
    ensemble_seed: int = random.randrange(1, 10_000),  # expect: WAC102
    valid_until: str = (datetime.now(timezone.utc) + timedelta(hours=24)).isoformat(),  # expect: WAC102
):
    plume = await run_dispersion(region, issued_epoch, horizon_h, ensemble_seed)
    return await publish_advisory(region, valid_until, plume)
