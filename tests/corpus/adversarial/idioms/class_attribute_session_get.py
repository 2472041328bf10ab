# SDK: wmill 1.850.0 client.py: the body replays from the top; `StatusPage.session.get(...)` (a class-level `requests.Session`) sends the request again on every replay.
import requests
from wmill import task, workflow


class StatusPage:
    session = requests.Session()
    base = "https://status.example.com/api/v2"


@task()
async def open_incident(title: str) -> str:
    return "inc-1"


@workflow
async def main(title: str):
    status = StatusPage.session.get(f"{StatusPage.base}/status.json", timeout=5).json()  # expect: WAC101
    if status["status"]["indicator"] == "none":
        return await open_incident(title)
    return None
