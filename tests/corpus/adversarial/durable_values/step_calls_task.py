# SDK: wmill 1.850.0 client.py: a @task called inside a step's function dispatches through the step's round; once the step is checkpointed the task key is no longer allocated.
from wmill import step, task, workflow


@task()
async def enrich(user_id: str) -> dict:
    return {"id": user_id}


@workflow
async def main(user_id: str):
    profile = await step("profile", lambda: enrich(user_id))  # expect: WAC304
    return profile
