# SDK: wmill 1.850.0 gather() awaits every task coroutine; an await inside a list comprehension runs the tasks one by one
import asyncio
import itertools

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
    reqs = await approved_requests(term)
    pairs = [(r["student"], r["section"]) for r in reqs]
    enrolled = await asyncio.gather(*itertools.starmap(enroll, pairs))

    mails = {r["student"]: email_schedule(r["student"]) for r in reqs}
    sent = dict(zip(mails, await asyncio.gather(*mails.values())))

    loads = [await credit_hours(r["student"]) for r in reqs]
    total = sum([h for h in loads if h > 0])
    heavy = [r["student"] for r, hours in zip(reqs, loads) if hours > 18]
    return {"enrolled": enrolled, "sent": sent, "heavy": heavy, "total_hours": total}
