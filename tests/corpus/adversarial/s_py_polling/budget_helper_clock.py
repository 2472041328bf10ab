# SDK: wmill 1.850.0 step() checkpoints its fn's result; a helper the body calls directly runs in every round, so its datetime.now() gives another answer after each sleep
from datetime import datetime, timezone

from wmill import sleep, step, task, workflow


@task()
async def cluster_state(cluster: str) -> str:
    import boto3

    eks = boto3.client("eks")
    return eks.describe_cluster(name=cluster)["cluster"]["status"]


@task()
async def page_oncall(cluster: str, state: str) -> None:
    import requests

    requests.post(
        "https://events.pagerduty.com/v2/enqueue",
        json={"routing_key": "R0UT1NG", "event_action": "trigger",
              "payload": {"summary": f"{cluster} stuck in {state}", "severity": "error", "source": cluster}},
        timeout=10,
    )


def over_budget(started_iso: str, budget_s: int) -> bool:
    started = datetime.fromisoformat(started_iso)
    return (datetime.now(timezone.utc) - started).total_seconds() > budget_s


@workflow
async def main(cluster: str, budget_s: int = 2700):
    started = await step("started", lambda: datetime.now(timezone.utc).isoformat())
    state = await cluster_state(cluster)
    while state in ("CREATING", "UPDATING"):
        if over_budget(started, budget_s):  # expect: WAC102
            await page_oncall(cluster, state)
            break
        await sleep(45)
        state = await cluster_state(cluster)
    return {"cluster": cluster, "state": state}
