# SDK: wmill 1.850.0 _run_inline_step: json.dumps(default=str); attrs.asdict gives a dict of JSON values (a tuple field becomes a list, read as a list)
"""Feature flags rollout plan captured in a step as a plain dict."""
import attrs

from wmill import sleep, step, task, workflow


@attrs.frozen
class Rollout:
    flag: str
    percent: int
    cohorts: tuple[str, ...]


@task()
async def set_percentage(flag: str, percent: int, cohorts: list[str]) -> dict:
    import httpx
    import wmill

    ld = wmill.get_resource("f/platform/launchdarkly")
    r = httpx.patch(
        f"https://app.launchdarkly.com/api/v2/flags/default/{flag}",
        headers={"Authorization": ld["token"]},
        json={"percent": percent, "cohorts": cohorts},
    )
    r.raise_for_status()
    return {"flag": flag, "percent": percent}


def plan(flag: str, cohorts: list[str]) -> dict:
    return attrs.asdict(Rollout(flag=flag, percent=10, cohorts=tuple(sorted(cohorts))))


@workflow
async def main(flag: str, cohorts: list[str]):
    rollout = await step("plan", lambda: plan(flag, cohorts))
    await set_percentage(rollout["flag"], rollout["percent"], list(rollout["cohorts"]))
    await sleep(3600)
    return await set_percentage(rollout["flag"], 100, list(rollout["cohorts"]))
