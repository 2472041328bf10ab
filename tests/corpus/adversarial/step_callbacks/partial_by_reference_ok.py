# SDK: wmill 1.850.0 client.py _run_inline_step calls fn() with no arguments; a functools.partial is such a callable and runs inside the step.
import functools
import uuid

import requests
from wmill import step, task, workflow


def open_incident(service: str, severity: int) -> str:
    resp = requests.post(
        "https://incidents.example.com/api/incidents",
        json={"service": service, "severity": severity, "dedup": uuid.uuid4().hex},
    )
    return resp.json()["id"]


@task()
async def collect_logs(service: str) -> list[str]:
    return [f"{service}: error rate 12%"]


@workflow
async def main(service: str, severity: int = 2):
    incident = await step("open_incident", functools.partial(open_incident, service, severity))
    logs = await collect_logs(service)
    return {"incident": incident, "lines": len(logs)}
