# A task that caches a token in a module global for the workflow to read.
from wmill import task, workflow

TOKEN = ""


@task()
async def login(user: str) -> None:
    global TOKEN
    TOKEN = f"token-for-{user}"  # expect: WAC104


@task()
async def fetch_report(token: str) -> dict:
    return {"token": token}


@workflow
async def main(user: str):
    await login(user)
    return await fetch_report(TOKEN)
