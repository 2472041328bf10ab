# SDK: wmill 1.850.0 a task called inside step()'s fn suspends through the step; once the step is checkpointed its fn no longer runs, so the keys of the calls after it shift
from wmill import step, task, workflow


@task(timeout=120)
async def draft_plan(goal: str) -> list[str]:
    from openai import OpenAI

    resp = OpenAI().chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"List at most 5 steps, one per line, to: {goal}"}],
    )
    return [l.strip("- ").strip() for l in resp.choices[0].message.content.splitlines() if l.strip()]


@task(timeout=600)
async def execute(step_text: str) -> str:
    import requests

    return requests.post("https://runner.internal/api/execute", json={"instruction": step_text}, timeout=600).json()["output"]


@workflow
async def main(goal: str):
    plan = await step("plan", lambda: draft_plan(goal))  # expect: WAC304
    outputs = []
    for item in plan:
        outputs.append(await execute(item))
    return {"plan": plan, "outputs": outputs}
