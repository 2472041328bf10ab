"""Page whoever is on call for a service, with the incident summary."""

from wmill import step, task, workflow

from f.platform import pd  # expect: WAC403
from f.platform.tasks import post_slack

SCHEDULES = {
    "payments": "PSCHED1",
    "search": "PSCHED2",
    "edge": "PSCHED3",
}


@task()
async def who_is_on_call(schedule_id: str) -> list[str]:
    return pd.client().on_call(schedule_id)


@task()
async def trigger(service: str, summary: str) -> str:
    return pd.client().trigger(pd.build_page(service, summary))


@workflow
async def main(service: str, summary: str, notify_channel: str = "#incidents"):
    schedule = SCHEDULES.get(service)
    if schedule is None:
        await post_slack(notify_channel, f"no schedule for {service}; paging nobody")
        return {"paged": []}
    responders = await who_is_on_call(schedule)
    dedup = await trigger(service, summary)
    names = await step("names", lambda: ", ".join(sorted(responders)))
    await post_slack(notify_channel, f"paged {names} for {service} ({dedup})")
    return {"paged": responders, "dedup_key": dedup}
