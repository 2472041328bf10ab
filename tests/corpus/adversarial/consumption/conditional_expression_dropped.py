# SDK: wmill 1.850.0 client.py: the task's key is allocated when it is called, but a coroutine never awaited loses its result and failure.
from wmill import task, workflow


@task()
async def page_oncall(service: str) -> str:
    return f"paged {service}"


@task()
async def open_ticket(service: str) -> str:
    return f"ticket {service}"


@workflow
async def main(service: str, severity: int):
    escalation = page_oncall(service) if severity >= 3 else open_ticket(service)  # expect: WAC106
    return {"service": service, "escalated": severity >= 3}
