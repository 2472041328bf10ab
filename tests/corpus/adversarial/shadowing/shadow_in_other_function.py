# SDK: wmill 1.850.0 client.py: the @workflow body is replayed; a call there that reaches the real requests module re-sends.
import requests
from wmill import task, workflow


def summarize(requests: list[dict]) -> str:
    # `requests` here is a list of access requests, not the HTTP library
    return ", ".join(r["user"] for r in requests)


@task()
async def list_open_requests(team: str) -> list[dict]:
    return requests.get(f"https://access.example.com/api/teams/{team}/requests").json()


@workflow
async def main(team: str):
    open_requests = await list_open_requests(team)
    text = summarize(open_requests)
    requests.post("https://chat.example.com/api/messages", json={"text": text})  # expect: WAC101
    return {"open": len(open_requests)}
