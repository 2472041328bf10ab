# SDK: wmill 1.850.0 client.py: the body re-runs every round; a generator that pages an HTTP API, iterated in the body, sends its requests each round.
import requests

from wmill import task, workflow


def contacts(base: str):
    url = f"{base}/contacts"
    while url:
        page = requests.get(url, timeout=10).json()
        yield from page["results"]
        url = page.get("next")


@task()
async def sync_contact(contact: dict) -> str:
    return contact["id"]


@workflow
async def main(base: str):
    synced = []
    for contact in contacts(base):  # expect: WAC101
        synced.append(await sync_contact(contact))
    return synced
