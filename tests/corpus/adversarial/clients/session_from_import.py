# SDK: wmill 1.850.0 client.py: the @workflow body re-runs after each suspension, so a Session request in it repeats.
from requests import Session
from wmill import task, workflow

http = Session()
http.headers["User-Agent"] = "acme-sync/2.1"


@task()
async def pull_contacts(list_id: str) -> list[dict]:
    return http.get(f"https://mail.example.com/api/lists/{list_id}/contacts").json()


@task()
async def push_contacts(crm: str, contacts: list[dict]) -> int:
    return len(contacts)


@workflow
async def main(list_id: str, crm: str):
    contacts = await pull_contacts(list_id)
    synced = await push_contacts(crm, contacts)
    http.post(f"https://mail.example.com/api/lists/{list_id}/synced", json={"count": synced})  # expect: WAC101
    return {"synced": synced}
