# MISTAKE: step names built at run time. Step names must be stable, literal
# strings; Windmill's parser cannot name these steps either.
from datetime import datetime, timezone

from wmill import task, workflow, step
import requests


@task()
async def snapshot_region(region: str, taken_at: str) -> dict:
    resp = requests.post(f"https://infra.example/api/regions/{region}/snapshot", json={"taken_at": taken_at}, timeout=300)
    return resp.json()


@workflow
async def main(tenant: str, regions: list):
    snapshots = []
    for region in regions:
        taken_at = await step(f"taken_at_{region}", lambda: datetime.now(timezone.utc).isoformat())  # expect: WAC103
        snapshots.append(await snapshot_region(region, taken_at))
    token = await step("token_" + tenant, lambda: requests.post("https://auth.example/token", json={"tenant": tenant}, timeout=30).json()["token"])  # expect: WAC103
    count = await step("count_{}".format(tenant), lambda: len(snapshots))  # expect: WAC103
    return {"snapshots": snapshots, "token_prefix": token[:4], "count": count}
