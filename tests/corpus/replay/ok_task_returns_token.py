# The token is returned by the task and passed on by the body.
from wmill import task, workflow

DEFAULT_USER = "svc"


@task()
async def login(user: str) -> str:
    return f"token-for-{user or DEFAULT_USER}"


@task()
async def fetch_report(token: str) -> dict:
    return {"token": token}


@workflow
async def main(user: str):
    token = await login(user)
    return await fetch_report(token)
