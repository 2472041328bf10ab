# SDK: wmill 1.850.0 client.py: replay only matters for I/O; inside main `requests` is rebound to a list of access requests, not the HTTP module.
import requests
from wmill import task, workflow


@task()
async def fetch_queue(team: str) -> list[dict]:
    return requests.get(f"https://access.example.com/api/teams/{team}/queue").json()


@task()
async def approve(request_id: str) -> bool:
    return True


@workflow
async def main(team: str):
    requests = [r for r in await fetch_queue(team) if r["state"] == "open"]
    requests.sort(key=lambda r: r["age_hours"], reverse=True)
    return [await approve(r["id"]) for r in requests]
