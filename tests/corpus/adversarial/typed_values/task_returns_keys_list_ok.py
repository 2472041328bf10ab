# SDK: wmill 1.850.0 client.py: list(d) is a JSON array of the keys, which comes back as the same list.
from wmill import task, workflow


@task()
async def failing_checks(service: str) -> list[str]:
    results = {"disk": False, "cpu": True, "dns": False}
    return [name for name, ok in results.items() if not ok]


@task()
async def open_incident(service: str, check: str) -> str:
    return f"INC-{check}"


@workflow
async def main(service: str):
    checks = await failing_checks(service)
    return [await open_incident(service, c) for c in checks]
