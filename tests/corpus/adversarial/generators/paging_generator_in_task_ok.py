# SDK: wmill 1.850.0 client.py: a task runs once as its own job; the paging generator is drained there and the body gets a JSON list.
import requests

from wmill import task, workflow


def contacts(base: str):
    url = f"{base}/contacts"
    while url:
        page = requests.get(url, timeout=10).json()
        yield from page["results"]
        url = page.get("next")


@task()
async def list_contacts(base: str) -> list[dict]:
    return list(contacts(base))


@task()
async def sync_contact(contact: dict) -> str:
    return contact["id"]


@workflow
async def main(base: str):
    synced = []
    for contact in await list_contacts(base):
        synced.append(await sync_contact(contact))
    return synced
