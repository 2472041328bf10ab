# SDK: wmill 1.850.0 client.py — the ABC's template method and its implementations here are pure transforms of a task's JSON result; only tasks do I/O
from abc import ABC, abstractmethod

from wmill import task, workflow


class Normalizer(ABC):
    def run(self, rows: list[dict]) -> list[dict]:
        return [self.normalize(r) for r in rows if self.keep(r)]

    def keep(self, row: dict) -> bool:
        return bool(row.get("email"))

    @abstractmethod
    def normalize(self, row: dict) -> dict: ...


class HubspotNormalizer(Normalizer):
    def normalize(self, row: dict) -> dict:
        props = row.get("properties", {})
        return {"email": props.get("email", "").lower(), "name": props.get("firstname", "")}


class SalesforceNormalizer(Normalizer):
    def normalize(self, row: dict) -> dict:
        return {"email": str(row.get("Email", "")).lower(), "name": row.get("FirstName", "")}


NORMALIZERS: dict[str, type[Normalizer]] = {"hubspot": HubspotNormalizer, "salesforce": SalesforceNormalizer}


@task()
async def pull_contacts(source: str, since: str) -> list[dict]:
    import httpx

    return httpx.get(f"https://etl.example.com/{source}/contacts", params={"since": since}).json()


@task()
async def upsert_contacts(rows: list[dict]) -> int:
    import httpx

    return httpx.post("https://warehouse.example.com/contacts/upsert", json=rows).json()["upserted"]


@workflow
async def main(source: str, since: str):
    raw = await pull_contacts(source, since)
    rows = NORMALIZERS[source]().run(raw)
    return {"upserted": await upsert_contacts(rows)}
