# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException, so an except tuple naming BaseException catches it too.
from wmill import TaskError, task, workflow


@task()
async def resolve_dns(hostname: str) -> list[str]:
    return ["10.0.0.1"]


@workflow
async def main(names: list[str]):
    resolved = {}
    for name in names:
        try:
            resolved[name] = await resolve_dns(name)
        except (TaskError, BaseException):  # expect: WAC201
            resolved[name] = []
    return resolved
