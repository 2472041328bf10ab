# SDK: wmill 1.850.0 client.py: @task inside the workflow builds a new wrapper each round, keyed by the nested function's __name__; Windmill's parser only sees top-level tasks.
from wmill import task, workflow


@task()
async def load_users(group: str) -> list[str]:
    return ["ada", "linus"]


@workflow
async def main(group: str, role: str):
    @task(timeout=120)  # expect: WAC003
    async def grant(user: str) -> str:
        return f"{user}:{role}"

    users = await load_users(group)
    return [await grant(u) for u in users]
