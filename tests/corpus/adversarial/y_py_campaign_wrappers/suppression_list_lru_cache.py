# SDK: wmill 1.850.0 client.py: each round of the workflow is a new process (_run_workflow via asyncio.run in the worker), so an lru_cache'd helper's cache is empty again and its request is sent in every round
from functools import lru_cache

import requests

from wmill import task, workflow

ESP = "https://api.esp.example.com/v3"


@lru_cache(maxsize=None)
def suppression_list(account: str) -> frozenset:
    r = requests.get(f"{ESP}/accounts/{account}/suppressions", timeout=30)
    r.raise_for_status()
    return frozenset(e.lower() for e in r.json()["emails"])


@task()
async def audience(list_id: str) -> list:
    return requests.get(f"{ESP}/lists/{list_id}/members", timeout=30).json()


@task()
async def send_batch(list_id: str, emails: list, template_id: str) -> dict:
    return requests.post(f"{ESP}/send", json={"list": list_id, "to": emails, "template": template_id}, timeout=120).json()


@workflow
async def main(account: str, list_id: str, template_id: str, batch_size: int = 500):
    members = await audience(list_id)
    blocked = suppression_list(account)  # expect: WAC101
    to_send = [m["email"] for m in members if m["email"].lower() not in blocked]
    results = []
    for i in range(0, len(to_send), batch_size):
        results.append(await send_batch(list_id, to_send[i : i + batch_size], template_id))
    return {"sent": sum(r["accepted"] for r in results), "suppressed": len(members) - len(to_send)}
