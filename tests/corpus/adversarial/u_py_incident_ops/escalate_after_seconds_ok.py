# SDK: wmill 1.850.0 WorkflowCtx._sleep builds max(1, int(seconds)); total_seconds() of the constant is a float, which int() takes
from datetime import timedelta

from wmill import sleep, task, workflow

ESCALATE_AFTER = timedelta(minutes=10)


@task()
async def page(service: str, level: int) -> str:
    import requests

    resp = requests.post(
        "https://api.opsgenie.com/v2/alerts",
        json={"message": f"{service} degraded", "priority": f"P{level}", "alias": f"{service}-{level}"},
        timeout=10,
    )
    return resp.json()["requestId"]


@task()
async def is_acked(service: str, level: int) -> bool:
    import requests

    resp = requests.get(f"https://api.opsgenie.com/v2/alerts/{service}-{level}?identifierType=alias", timeout=10)
    return resp.json()["data"]["acknowledged"]


@workflow
async def main(service: str):
    for level in (3, 2, 1):
        await page(service, level)
        await sleep(ESCALATE_AFTER.total_seconds())
        if await is_acked(service, level):
            return {"acked_at_priority": level}
    return {"acked_at_priority": None}
