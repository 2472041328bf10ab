# SDK: functions stored by a plain registry decorator are ordinary coroutines; awaited from the body they run in the replayed body, not as tasks
from typing import Awaitable, Callable

import httpx
from wmill import task, workflow

Handler = Callable[[dict], Awaitable[dict]]
REGISTRY: dict[str, Handler] = {}


def handles(kind: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        REGISTRY[kind] = fn
        return fn

    return register


@handles("github")
async def open_github_issue(event: dict) -> dict:
    async with httpx.AsyncClient(base_url="https://api.github.com") as http:
        resp = await http.post(f"/repos/{event['repo']}/issues", json={"title": event["title"]})
        return {"url": resp.json()["html_url"]}


@handles("linear")
async def open_linear_issue(event: dict) -> dict:
    async with httpx.AsyncClient(base_url="https://api.linear.app") as http:
        resp = await http.post("/graphql", json={"query": "mutation { issueCreate }", "variables": event})
        return {"url": resp.json()["data"]["issueCreate"]["issue"]["url"]}


@task()
async def classify(alert: dict) -> dict:
    tracker = "github" if alert.get("repo") else "linear"
    return {"tracker": tracker, "title": f"[{alert['severity']}] {alert['summary']}", **alert}


@workflow
async def main(alert: dict):
    event = await classify(alert=alert)
    handler = REGISTRY[event["tracker"]]
    created = await handler(event)  # expect: WAC101
    return created
