# SDK: wmill 1.850.0 client.py: awaiting each task call in a list comprehension runs them one after another, each checkpointed under its own key.
from wmill import task, workflow


@task()
async def archive_mailbox(user: str) -> str:
    return f"archive/{user}.mbox"


@task()
async def offboarding_report(user_count: int, archives: list[str]) -> dict:
    return {"users": user_count, "archives": archives}


@workflow
async def main(users: list[str]):
    archives = [await archive_mailbox(u) for u in users if not u.endswith("@contractor.example.com")]
    return await offboarding_report(len(users), archives)
