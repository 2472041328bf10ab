# SDK: wmill 1.850.0 client.py parallel(items, fn) calls fn(item) in the body and gathers the coroutines there: an async def that erases over HTTP (not a task) runs in the body, and the audit row is written from the body.
import sqlite3

import httpx
from wmill import parallel, task, workflow

SERVICES = ["crm", "billing", "support"]


async def erase_in(service: str) -> dict:
    async with httpx.AsyncClient(timeout=30) as client:
        r = await client.delete(f"https://{service}.internal/users", params={"email": "x"})
    return {"service": service, "status": r.status_code}


@task()
async def find_subject(email: str) -> dict:
    return {"user_id": "u_1"}


@workflow
async def main(email: str, request_id: str, audit_db: str = "/data/audit.db"):
    subject = await find_subject(email)
    if not subject:
        return {"status": "no_data"}
    report = await parallel(SERVICES, erase_in, concurrency=2)  # expect: WAC101
    with sqlite3.connect(audit_db) as db:
        db.execute("insert into erasures values (?, ?)", (request_id, len(report)))  # expect: WAC101
    return {"status": "erased", "report": report}
