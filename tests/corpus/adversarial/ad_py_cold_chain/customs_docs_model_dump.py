# SDK: wmill 1.850.0 a task_script's kwargs become the other script's job args, JSON-encoded with default=str; model_dump() in python mode keeps the datetime and Decimal objects, which reach the script as str() text ("2026-03-01 10:00:00"), not the model's JSON
import logging
from datetime import datetime
from decimal import Decimal

import httpx
from pydantic import BaseModel, Field
from wmill import step, task, task_script, workflow

log = logging.getLogger("coldchain.customs")

BROKER_API = "https://broker.coldchain.example/api"


class Line(BaseModel):
    hs_code: str
    description: str
    value_eur: Decimal
    quantity: int


class ShipmentDoc(BaseModel):
    shipment_id: str
    exporter: str
    shipped_at: datetime
    lines: list[Line] = Field(default_factory=list)


@task(timeout=600)
async def fetch_manifest(shipment_id: str) -> dict:
    r = httpx.get(f"{BROKER_API}/manifests/{shipment_id}")
    r.raise_for_status()
    return r.json()


file_declaration = task_script("f/customs/file_declaration", timeout=600)


@workflow
async def main(shipment_id: str, office: str = "NLRTM"):
    manifest = await fetch_manifest(shipment_id=shipment_id)
    doc = ShipmentDoc(
        shipment_id=shipment_id,
        exporter=manifest["exporter"],
        shipped_at=datetime.fromisoformat(manifest["shipped_at"]),
        lines=[Line(**line) for line in manifest["lines"]],
    )
    total = await step("total_value", lambda: float(sum(l.value_eur for l in doc.lines)))
    log.info("declaring %s, %d lines, EUR %.2f", shipment_id, len(doc.lines), total)
    filed = await file_declaration(doc=doc.model_dump(), office=office)  # expect: WAC107
    return {"shipment": shipment_id, "mrn": filed["mrn"], "total_eur": total}
