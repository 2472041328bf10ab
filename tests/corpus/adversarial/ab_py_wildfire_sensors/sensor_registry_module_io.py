# SDK: wmill 1.850.0 every round re-imports the script, so module-level statements run once per round
import json
import time
from pathlib import Path

from wmill import task, workflow

SPOOL = Path("/tmp")

# a trace line per import: one more line every round
with open(SPOOL / "wildfire-imports.log", "a") as fh:  # expect: WAC101
    fh.write(json.dumps({"script": "sensor_registry", "pid": 0}) + "\n")

RUN_STARTED = time.time()


@task()
async def ingest_batch(station: str, since_epoch: float) -> int:
    return 42


@task()
async def raise_stale_alarm(station: str, age_s: float) -> None:
    return None


@workflow
async def main(stations: list[str], stale_after_s: int = 900):
    counts = {}
    for station in stations:
        counts[station] = await ingest_batch(station, RUN_STARTED - stale_after_s)  # expect: WAC102
        if counts[station] == 0:
            await raise_stale_alarm(station, float(stale_after_s))
    return counts
