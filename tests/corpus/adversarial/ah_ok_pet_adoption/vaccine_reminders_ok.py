# SDK: wmill 1.850.0 a step given an async def with no arguments (step awaits the coroutine it returns, client.py step), wait_for_approval results read with .get, email.utils.parseaddr of inputs (pure), time.strptime / strftime of an explicit value (pure)
import time
from email.utils import parseaddr

from wmill import get_resume_urls, step, task, wait_for_approval, workflow

SCHEDULE = {"rabies": 365, "dhpp": 365, "bordetella": 180, "fvrcp": 365}


@task()
async def due_vaccines(clinic: str, before: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get(f"https://vet.shelter.example/{clinic}/vaccines/due", params={"before": before})
        return r.json()


@task()
async def send_batch(messages: list[dict]) -> int:
    import httpx

    async with httpx.AsyncClient(timeout=60) as c:
        r = await c.post("https://mail.shelter.example/batch", json=messages)
        return r.json()["accepted"]


@workflow
async def main(clinic: str, before: str, reply_to: str = "Shelter Vet <vet@shelter.example>"):
    name, address = parseaddr(reply_to)
    pretty_date = time.strftime("%B %d, %Y", time.strptime(before, "%Y-%m-%d"))
    due = await due_vaccines(clinic, before)
    messages = [
        {"to": d["owner_email"], "reply_to": address, "subject": f"{d['pet']} is due for {d['vaccine']} before {pretty_date}"}
        for d in due
        if d["vaccine"] in SCHEDULE
    ]

    async def approval_links() -> dict:
        return get_resume_urls()

    urls = await step("approval_links", approval_links)
    print(f"{name}: review {len(messages)} reminders at {urls['approvalPage']}")
    answer = await wait_for_approval(timeout=86400)
    if not answer.get("approved"):
        return {"sent": 0, "held": len(messages)}
    edited = (answer.get("value") or {}).get("skip", [])
    sent = await send_batch([m for m in messages if m["to"] not in edited])
    return {"sent": sent, "skipped": len(edited)}
