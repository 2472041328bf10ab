# SDK: wmill 1.850.0 _alloc_key keys a step by its name (repeats numbered): a name with secrets.token_hex differs every round, so the checkpoint is never found; names from data are stable but not literals
import logging
import secrets
import uuid

import httpx
from wmill import step, task, workflow

log = logging.getLogger("archive.accession")

CATALOG_API = "https://catalog.archive.example/api"
ACCESSION_NS = uuid.UUID("6f1c0a52-8a43-4c3e-9a55-0d1d3f0b7c21")


def normalise(item: dict) -> dict:
    return {k: (v.strip() if isinstance(v, str) else v) for k, v in item.items()}


@task()
async def register_accession(accession_id: str, item: dict) -> dict:
    r = httpx.put(f"{CATALOG_API}/accessions/{accession_id}", json=item)
    r.raise_for_status()
    return r.json()


@workflow
async def main(donor: str, items: list[dict]):
    batch = await step(f"batch-{secrets.token_hex(4)}", lambda: {"donor": donor, "count": len(items)})  # expect: WAC103, WAC102
    registered = []
    for item in items:
        accession_id = str(uuid.uuid5(ACCESSION_NS, f"{donor}/{item['ref']}"))
        clean = await step(f"normalise-{accession_id}", lambda item=item: normalise(item))  # expect: WAC103
        registered.append(await register_accession(accession_id, clean))
    log.info("donor %s: batch %s, %d accessions", donor, batch["count"], len(registered))
    return {"donor": donor, "accessions": [r["id"] for r in registered]}
