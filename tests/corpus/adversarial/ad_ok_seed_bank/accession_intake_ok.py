# SDK: wmill 1.850.0 uuid.uuid5 of the input is the same in every replay; pydantic model_dump() crosses the task as JSON and Model(**r) rebuilds it
import uuid
from datetime import date
from enum import Enum

import httpx
from pydantic import BaseModel
from wmill import step, task, wait_for_approval, workflow

ACCESSION_NS = uuid.UUID("6f1c2b9e-3a55-4c1e-9a43-5b1c1b7a1e11")


class Status(str, Enum):
    RECEIVED = "received"
    QUARANTINE = "quarantine"
    BANKED = "banked"


class Accession(BaseModel):
    id: str
    species: str
    collected_on: str
    status: Status = Status.RECEIVED
    seed_count: int


def accession_id(species: str, collector: str, collected_on: str) -> str:
    return str(uuid.uuid5(ACCESSION_NS, f"{species}:{collector}:{collected_on}"))


@task()
async def register(acc: dict) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.put(f"https://registry.seedbank.example/accessions/{acc['id']}", json=acc)
        r.raise_for_status()
    return {**acc, "status": Status.QUARANTINE.value}


@task()
async def bank(acc: dict) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://vault.seedbank.example/store", json=acc)
        r.raise_for_status()
    return {**acc, "status": Status.BANKED.value}


@workflow
async def main(species: str, collector: str, collected_on: str, seed_count: int):
    collected = date.fromisoformat(collected_on)
    acc = Accession(
        id=accession_id(species, collector, collected.isoformat()),
        species=species,
        collected_on=collected.isoformat(),
        seed_count=seed_count,
    )
    acc = Accession(**await register(acc.model_dump(mode="json")))
    checked = await step("quarantine_checklist", lambda: {"items": ["pests", "moisture", "label"]})
    approval = await wait_for_approval(
        timeout=7 * 24 * 3600,
        form={"type": "object", "properties": {"moisture_ok": {"type": "boolean"}}},
    )
    if approval["approved"] and approval["value"].get("moisture_ok"):
        acc = Accession(**await bank(acc.model_dump(mode="json")))
    return {"accession": acc.model_dump(mode="json"), "checklist": checked["items"]}
