# SDK: wmill 1.850.0 replays the workflow body after each task; f.lib.http.post calls requests.post.
from wmill import task, workflow

from f.lib.http import post


@task()
async def summarise(incident: dict) -> str:
    return f"{incident['id']}: {incident['title']}"


@workflow
async def main(incident_id: str):
    incident = post("/incidents/lookup", {"id": incident_id})  # expect: WAC101
    return await summarise(incident)
