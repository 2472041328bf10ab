# SDK: wmill 1.850.0: wait_for_approval takes key / skin / description / self_approval; get_approval_urls(step_key, approver); task_script takes every concurrency / cache / priority option
from wmill import get_approval_urls, step, task, task_script, wait_for_approval, workflow

COACH_APPROVAL = "head_coach"

render_plan = task_script(
    "f/coaching/render_training_plan",
    timeout=600,
    tag="pdf",
    cache_ttl=3600,
    priority=5,
    concurrency_limit=2,
    concurrency_key="render_plan",
    concurrency_time_window_s=60,
)


@task()
async def message_coach(coach: str, resume_url: str, cancel_url: str, athlete: str) -> None:
    import requests

    requests.post(
        "https://chat.example-crag.io/api/dm",
        json={"to": coach, "text": f"Plan for {athlete}: approve {resume_url} / reject {cancel_url}"},
        timeout=10,
    ).raise_for_status()


@workflow
async def main(athlete: str, coach: str, weeks: int = 6, focus: str = "power_endurance"):
    plan = await render_plan(athlete=athlete, weeks=weeks, focus=focus)
    urls = await step("coach_urls", lambda: get_approval_urls(COACH_APPROVAL, approver=coach))
    await message_coach(coach, urls["resume"], urls["cancel"], athlete)
    verdict = await wait_for_approval(
        key=COACH_APPROVAL,
        timeout=3 * 86400,
        self_approval=True,
        skin="minimal",
        description={"markdown": f"**{athlete}**: {weeks} weeks of {focus.replace('_', ' ')}"},
        form={"type": "object", "properties": {"tweaks": {"type": "string"}}},
    )
    return {"plan": plan, "approved": verdict["approved"], "tweaks": (verdict.get("value") or {}).get("tweaks")}
