# SDK: wmill 1.850.0 client.py: an input of main is the same in every round, and a string method on it is pure.
from wmill import task, workflow


@task()
async def open_ticket(title: str, reporter: str) -> str:
    return f"T-{len(title)}"


@workflow
async def main(title: str, reporter: str = "ops-bot"):
    return await open_ticket(title.strip(), reporter.lower())
