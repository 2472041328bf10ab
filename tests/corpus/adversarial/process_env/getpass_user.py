# SDK: wmill 1.850.0 client.py: getpass.getuser() reads LOGNAME / USER from the process environment of the round, which the guide counts as an environment read.
import getpass

from wmill import task, workflow


@task()
async def open_ticket(title: str, reporter: str) -> str:
    return f"T-{len(title)}"


@workflow
async def main(title: str):
    reporter = getpass.getuser()  # expect: WAC102
    return await open_ticket(title, reporter)
