"""Page whoever is on call for a service, with the incident summary."""

from wmill import step, task, workflow

from f.platform.pagerduty import build_page, client, fetch_escalation_level
from f.platform.tasks import post_slack

SCHEDULES = {
    "payments": "PSCHED1",
    "search": "PSCHED2",
    "edge": "PSCHED3",
}


@task()
async def escalation_policy(service: str) -> dict:
    return client().session.get(f"https://api.pagerduty.com/escalation_policies/{service}").json()


@task()
async def trigger(page: dict) -> str:
    return client().trigger(page)


@workflow
async def main(service: str, summary: str, level: int = 0, notify_channel: str = "#incidents"):
    if service not in SCHEDULES:
        await post_slack(notify_channel, f"no schedule for {service}; paging nobody")
        return {"paged": []}
    policy = await escalation_policy(service)
    # pure helpers: they build and read dicts, nothing leaves the worker
    targets = fetch_escalation_level(policy, level)
    page = build_page(service, summary, severity="critical" if level == 0 else "error")
    dedup = await trigger(page)
    names = await step("names", lambda: ", ".join(sorted(targets)))
    await post_slack(notify_channel, f"paged {names} for {service} ({dedup})")
    return {"paged": targets, "dedup_key": dedup}
