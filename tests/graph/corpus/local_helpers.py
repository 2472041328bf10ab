# Sync two CRMs; the workflow body defines a small helper that calls two
# tasks and runs it once per system. The helper's tasks are checkpointed where
# the helper is called, so the second call gets `_2` keys.
import requests
from wmill import task, workflow


@task()
async def export_contacts(system: str) -> list:
    return requests.get(f"https://{system}.example/api/contacts", timeout=60).json()


@task()
async def import_contacts(system: str, contacts: list) -> int:
    requests.post(f"https://{system}.example/api/contacts/bulk", json=contacts, timeout=60)
    return len(contacts)


@workflow
async def main(source: str, target: str):
    async def copy(src: str, dst: str) -> int:
        contacts = await export_contacts(src)
        return await import_contacts(dst, contacts)

    forward = await copy(source, target)
    backward = await copy(target, source)
    return {"forward": forward, "backward": backward}
