# SDK: wmill 1.850.0 task kwargs are JSON-encoded; model_dump(mode="json") turns the datetime and Decimal fields into JSON strings first, which is the shape the task expects
import logging
from datetime import datetime
from decimal import Decimal

import httpx
from pydantic import BaseModel, Field
from wmill import step, task, workflow

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


@task()
async def file_declaration(doc: dict, office: str) -> dict:
    r = httpx.post(f"{BROKER_API}/declarations", json={"doc": doc, "office": office})
    r.raise_for_status()
    return r.json()


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
    filed = await file_declaration(doc=doc.model_dump(mode="json"), office=office)
    return {"shipment": shipment_id, "mrn": filed["mrn"], "total_eur": total}
