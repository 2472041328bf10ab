# SDK: wmill 1.850.0: a TypedDict call builds a plain dict, which json.dumps writes as an object with the same keys
"""Shipment manifests passed between tasks as TypedDicts."""
from typing import TypedDict

from wmill import task, workflow


class Parcel(TypedDict):
    sku: str
    weight_kg: float
    qty: int


class Manifest(TypedDict):
    warehouse: str
    parcels: list[Parcel]
    total_kg: float


@task()
async def build_manifest(warehouse: str, order: dict) -> Manifest:
    parcels = [Parcel(sku=l["sku"], weight_kg=float(l["weight"]), qty=int(l["qty"])) for l in order["lines"]]
    total = sum(p["weight_kg"] * p["qty"] for p in parcels)
    return Manifest(warehouse=warehouse, parcels=parcels, total_kg=round(total, 3))


@task()
async def submit_manifest(manifest: Manifest) -> str:
    import httpx
    import wmill

    wms = wmill.get_resource("f/logistics/wms")
    r = httpx.post(f"{wms['url']}/manifests", json=manifest)
    r.raise_for_status()
    return r.json()["manifest_id"]


@workflow
async def main(warehouse: str, order: dict):
    manifest = await build_manifest(warehouse, order)
    if manifest["total_kg"] > 1000:
        return {"status": "needs_freight", "total_kg": manifest["total_kg"]}
    manifest_id = await submit_manifest(manifest)
    return {"status": "submitted", "manifest_id": manifest_id, "parcels": len(manifest["parcels"])}
