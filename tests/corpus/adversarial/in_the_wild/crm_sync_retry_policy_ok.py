# SDK: wmill 1.850.0 client.py task(retry={"attempts": ..., "delay": ..., "multiplier": ..., "max_delay": ...}): each attempt is its own step, the wait between them a durable sleep.
import httpx
from wmill import task, workflow

RETRY = {"attempts": 5, "delay": 10, "multiplier": 2, "max_delay": 300}


@task(timeout=120, retry=RETRY)
async def push_contact(contact: dict) -> str:
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.post("https://crm.example.com/api/contacts", json=contact)
        r.raise_for_status()
        return r.json()["id"]


@workflow
async def main(contacts: list[dict]):
    ids = []
    for c in contacts:
        ids.append(await push_contact(c))
    return {"synced": len(ids)}
