# SDK: wmill 1.850.0 a task call queues its step in _next_step at call time; an un-awaited coroutine's result is never read
import asyncio

from wmill import task, workflow


@task()
async def approved_requests(term: str) -> list[dict]:
    return [{"student": "s-1042", "section": "CS101-A"}, {"student": "s-2290", "section": "BIO150-A"}]


@task()
async def enroll(student: str, section: str) -> dict:
    return {"student": student, "section": section, "status": "enrolled"}


@task()
async def email_schedule(student: str) -> str:
    return "mailed"


@task()
async def credit_hours(student: str) -> int:
    return 15


@workflow
async def main(term: str = "2027-spring"):
    requests_ = await approved_requests(term)
    enrolled = await asyncio.gather(*[enroll(r["student"], r["section"]) for r in requests_])

    mails = {r["student"]: email_schedule(r["student"]) for r in requests_}  # expect: WAC106
    print(f"queued {len(mails)} schedule emails")

    loads = [credit_hours(r["student"]) for r in requests_]  # expect: WAC106
    heavy = [r["student"] for r, hours in zip(requests_, loads) if hours]
    return {"enrolled": enrolled, "heavy": heavy}
