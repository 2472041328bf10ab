# Morning digest: gather metrics from three systems concurrently, format the
# message in a checkpointed step, and post it to Slack.
import asyncio

from wmill import task, workflow, step
import requests


@task()
async def signups_yesterday() -> int:
    return requests.get("https://app.example/internal/metrics/signups?range=1d", timeout=30).json()["count"]


@task()
async def revenue_yesterday() -> float:
    return requests.get("https://billing.example/internal/metrics/revenue?range=1d", timeout=30).json()["total"]


@task()
async def open_incidents() -> list:
    return requests.get("https://status.example/api/incidents?state=open", timeout=30).json()


@task()
async def post_slack(channel: str, text: str):
    requests.post(f"https://hooks.slack.example/{channel}", json={"text": text}, timeout=10).raise_for_status()


def format_digest(signups: int, revenue: float, incidents: list) -> str:
    lines = [f"*Signups:* {signups}", f"*Revenue:* ${revenue:,.2f}"]
    if incidents:
        lines.append(f"*Open incidents:* {', '.join(i['title'] for i in incidents)}")
    return "\n".join(lines)


@workflow
async def main(channel: str = "general"):
    signups, revenue, incidents = await asyncio.gather(signups_yesterday(), revenue_yesterday(), open_incidents())
    text = await step("format_digest", lambda: format_digest(signups, revenue, incidents))
    await post_slack(channel, text)
    return {"posted": True}
