# SDK: wmill 1.850.0 client.py: _StepSuspend(BaseException) passes through `except Exception`; TaskError(Exception) carries step_key/child_job_id; parallel(items, fn, concurrency=n) awaits every fn(item).
from __future__ import annotations

import json
import os
from typing import Literal

import wmill
from wmill import TaskError, parallel, step, task, workflow

JIRA = "https://acme.atlassian.net/rest/api/3"
LINEAR = "https://api.linear.app/graphql"
Status = Literal["todo", "in_progress", "done"]

STATUS_MAP: dict[str, Status] = {"To Do": "todo", "In Progress": "in_progress", "Done": "done"}


def jira_auth() -> tuple[str, str]:
    creds = wmill.get_resource("f/integrations/jira")
    return creds["email"], creds["token"]


@task()
async def list_updated_issues(project: str, since: str) -> list[dict]:
    import requests

    resp = requests.get(
        f"{JIRA}/search",
        params={"jql": f"project = {project} AND updated >= '{since}'"},
        auth=jira_auth(),
        timeout=30,
    )
    resp.raise_for_status()
    return [
        {"key": i["key"], "title": i["fields"]["summary"], "status": i["fields"]["status"]["name"]}
        for i in resp.json()["issues"]
    ]


@task()
async def upsert_linear(issue: dict) -> dict:
    import requests

    mutation = {"query": "mutation($i: IssueInput!) { issueUpsert(input: $i) { id } }", "variables": {"i": issue}}
    resp = requests.post(LINEAR, data=json.dumps(mutation), headers={"Authorization": os.environ["LINEAR_KEY"]}, timeout=30)
    resp.raise_for_status()
    return {"key": issue["key"], "ok": True}


def to_linear(issue: dict) -> dict:
    return {"key": issue["key"], "title": issue["title"], "state": STATUS_MAP.get(issue["status"], "todo")}


@workflow
async def main(project: str = "OPS", since: str = "-1d"):
    try:
        issues = await list_updated_issues(project, since)
    except TaskError as err:
        return {"project": project, "synced": 0, "error": str(err), "job": err.child_job_id}

    payloads = [to_linear(i) for i in issues]
    try:
        results = await parallel(payloads, upsert_linear, concurrency=4)
    except Exception as err:  # noqa: BLE001 - a failed upsert is reported, not retried
        results = []
        failure = str(err)
    else:
        failure = None

    summary = await step("summary", lambda: {"synced": len(results), "failure": failure})
    return {"project": project, **summary}
