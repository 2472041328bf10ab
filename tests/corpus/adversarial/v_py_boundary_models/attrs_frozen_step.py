# SDK: wmill 1.850.0 _run_inline_step: a step's value is json.dumps(default=str) then loads; an object becomes its repr string
"""Feature flags snapshot taken once per rollout, kept as a frozen attrs class."""
import attrs

from wmill import step, task, workflow


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


def plan(flag: str, cohorts: list[str]) -> Rollout:
    return Rollout(flag=flag, percent=10, cohorts=tuple(sorted(cohorts)))  # expect: WAC107


@workflow
async def main(flag: str, cohorts: list[str]):
    rollout = await step("plan", lambda: plan(flag, cohorts))
    first = await set_percentage(rollout.flag, rollout.percent, list(rollout.cohorts))
    return first
