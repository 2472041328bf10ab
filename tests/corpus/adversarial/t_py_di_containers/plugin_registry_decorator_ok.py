# SDK: @task returns its wrapper, so a registry decorator stacked above @task() stores the dispatching wrapper; the body awaits tasks picked by a checkpointed result
from typing import Any, Callable

import httpx
from wmill import task, workflow

REGISTRY: dict[str, Callable[..., Any]] = {}


def handles(kind: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        REGISTRY[kind] = fn
        return fn

    return register


@handles("github")
@task()
async def open_github_issue(event: dict) -> dict:
    async with httpx.AsyncClient(base_url="https://api.github.com") as http:
        resp = await http.post(f"/repos/{event['repo']}/issues", json={"title": event["title"]})
        return {"url": resp.json()["html_url"]}


@handles("linear")
@task()
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
    return await handler(event)
