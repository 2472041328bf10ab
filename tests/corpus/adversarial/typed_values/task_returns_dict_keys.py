# SDK: wmill 1.850.0 client.py: dict.keys() is a view, not JSON; default=str writes "dict_keys(['a', 'b'])", a string the body then iterates character by character.
from wmill import task, workflow


@task()
async def failing_checks(service: str) -> list[str]:
    results = {"disk": False, "cpu": True, "dns": False}
    failing = {name: ok for name, ok in results.items() if not ok}
    return failing.keys()  # expect: WAC107


@task()
async def open_incident(service: str, check: str) -> str:
    return f"INC-{check}"


@workflow
async def main(service: str):
    checks = await failing_checks(service)
    return [await open_incident(service, c) for c in checks]
