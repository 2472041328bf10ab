# SDK: wmill 1.850.0 replays the body; `f.lib.http.get` (module imported whole) calls requests.get.
import f.lib.http as ops_api
from wmill import task, workflow


@task()
async def close(incident_id: str) -> str:
    return incident_id


@workflow
async def main(incident_id: str):
    status = ops_api.get(f"/incidents/{incident_id}")  # expect: WAC101
    if status["open"]:
        return await close(incident_id)
    return None
