# SDK: wmill 1.850.0 client.py task(retry=...) reads `attempts`, `delay`, `multiplier`, `max_delay`; `attempts` is required and an unknown key is rejected where the policy is written.
import httpx
from wmill import task, workflow


@task(timeout=120, retry={"max_attempts": 5, "backoff": 2})  # expect: WAC302
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
