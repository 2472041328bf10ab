# SDK: wmill 1.850.0 @task bodies run once as their own job, so network calls belong there.
from wmill import task, workflow

from f.lib.http import post


@task()
async def lookup(incident_id: str) -> dict:
    return post("/incidents/lookup", {"id": incident_id})


@workflow
async def main(incident_id: str):
    incident = await lookup(incident_id)
    return incident["status"]
