"""Work orders: open tickets are priced, dispatched to the vendor on contract and
closed when the vendor reports the job done."""

from f.platform.log import log_event
from f.platform.metrics import count
from f.platform.safe import shielded
from f.platform.wac import sleep, step, task, workflow

import requests

PMS = "https://pms.internal"


@task(timeout=120)
async def quote(ticket_id: str, category: str) -> dict:
    resp = requests.get(f"{PMS}/tickets/{ticket_id}/quote", params={"category": category}, timeout=30)
    return resp.json()


@task(timeout=120)
async def dispatch(ticket_id: str, vendor_id: str, cents: int) -> str:
    resp = requests.post(f"{PMS}/dispatch", json={"ticket": ticket_id, "vendor": vendor_id, "cents": cents}, timeout=30)
    return resp.json()["job_id"]


@task()
async def job_done(job_id: str) -> bool:
    return requests.get(f"{PMS}/jobs/{job_id}", timeout=30).json()["status"] == "done"


@workflow
async def main(tickets: list[dict], max_checks: int = 12):
    jobs = {}
    for t in tickets:
        q = await quote(t["id"], t["category"])
        job = await shielded(dispatch, t["id"], q["vendor_id"], q["cents"])  # expect: WAC201
        if job is None:
            log_event("work_order.undispatched", ticket=t["id"])
            continue
        jobs[t["id"]] = job
        count("work_order.dispatched", category=t["category"])  # expect: WAC101

    open_jobs = dict(jobs)
    for _ in range(max_checks):
        if not open_jobs:
            break
        await sleep(3600)
        for ticket_id, job in list(open_jobs.items()):
            if await job_done(job):
                del open_jobs[ticket_id]
    await step("done_count", lambda: len(jobs) - len(open_jobs))
    return {"dispatched": jobs, "still_open": sorted(open_jobs)}
