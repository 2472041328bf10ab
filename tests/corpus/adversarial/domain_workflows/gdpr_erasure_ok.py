# SDK: wmill 1.850.0 client.py: parallel(items, fn, concurrency=n) gathers fn(item) per batch (items sliced, so a list); the erasure request id comes from the input and the deadline from a step.
from datetime import datetime, timedelta, timezone

from wmill import parallel, step, task, task_script, workflow

erase_warehouse = task_script("f/privacy/erase_warehouse", timeout=3600)

SERVICES = ["crm", "billing", "support", "analytics", "email"]


@task(timeout=300, retry={"attempts": 5, "delay": 60, "multiplier": 2, "max_delay": 1800})
async def erase_in(service: str) -> dict:
    return {"service": service, "erased": 1}


@task()
async def find_subject(email: str) -> dict:
    return {"user_id": "u_1", "email": email}


@task()
async def send_confirmation(email: str, request_id: str, report: list) -> bool:
    return True


async def erase_one(service: str) -> dict:
    return await erase_in(service)


@workflow
async def main(email: str, request_id: str, deadline_days: int = 30):
    due = await step(
        "due",
        lambda: (datetime.now(timezone.utc) + timedelta(days=deadline_days)).date().isoformat(),
    )
    subject = await find_subject(email)
    if not subject:
        await send_confirmation(email, request_id, [])
        return {"status": "no_data", "due": due}
    report = await parallel(SERVICES, erase_one, concurrency=3)
    warehouse = await erase_warehouse(user_id=subject["user_id"], request_id=request_id)
    report.append({"service": "warehouse", **warehouse})
    await send_confirmation(email, request_id, report)
    return {"status": "erased", "due": due, "services": len(report)}
