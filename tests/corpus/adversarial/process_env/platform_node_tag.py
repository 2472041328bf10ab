# SDK: wmill 1.850.0 client.py: platform.node() is the worker's host name, read again in every round; the audit record gets whichever worker replayed last.
import platform

from wmill import task, workflow


@task()
async def write_audit(event: str, host: str) -> bool:
    return True


@workflow
async def main(event: str):
    return await write_audit(event, platform.node())  # expect: WAC102
