# SDK: wmill 1.850.0 client.py: a task body runs in its own job (_execute_directly); the lru_cache'd fetch runs there, and the pure cached template lookup in the body does no I/O
from functools import cache, lru_cache

import requests

from wmill import task, workflow

ESP = "https://api.esp.example.com/v3"
SUBJECTS = {"en": "Your monthly digest", "fr": "Votre résumé mensuel", "de": "Ihr Monatsrückblick"}


@lru_cache(maxsize=None)
def suppression_list(account: str) -> frozenset:
    r = requests.get(f"{ESP}/accounts/{account}/suppressions", timeout=30)
    r.raise_for_status()
    return frozenset(e.lower() for e in r.json()["emails"])


@cache
def subject_for(locale: str) -> str:
    return SUBJECTS.get(locale.split("-")[0], SUBJECTS["en"])


@task()
async def sendable_audience(account: str, list_id: str) -> list:
    members = requests.get(f"{ESP}/lists/{list_id}/members", timeout=30).json()
    blocked = suppression_list(account)
    return [m["email"] for m in members if m["email"].lower() not in blocked]


@task()
async def send_batch(list_id: str, emails: list, template_id: str, subject: str) -> dict:
    return requests.post(f"{ESP}/send", json={"list": list_id, "to": emails, "template": template_id, "subject": subject}, timeout=120).json()


@workflow
async def main(account: str, list_id: str, template_id: str, locale: str = "en-GB", batch_size: int = 500):
    to_send = await sendable_audience(account, list_id)
    subject = subject_for(locale)
    results = []
    for i in range(0, len(to_send), batch_size):
        results.append(await send_batch(list_id, to_send[i : i + batch_size], template_id, subject))
    return {"sent": sum(r["accepted"] for r in results)}
