# SDK: wmill 1.850.0 client.py: coroutines kept as dict values and handed to asyncio.gather(*d.values()) are awaited in insertion order, the order their keys were allocated
import asyncio

from wmill import task, workflow


@task()
async def list_parcels(manifest_id: str) -> list:
    import httpx

    return httpx.get(f"https://wms.internal/manifests/{manifest_id}/parcels", timeout=30).json()


@task()
async def file_customs_declaration(parcel_id: str, hs_code: str, value_eur: float) -> dict:
    import httpx

    return httpx.post("https://customs.internal/declarations", json={"parcel": parcel_id, "hs": hs_code, "value": value_eur}, timeout=60).json()


@task()
async def close_manifest(manifest_id: str, declared: dict) -> dict:
    return {"manifest": manifest_id, "declared": declared}


@workflow
async def main(manifest_id: str, threshold_eur: float = 150.0):
    parcels = await list_parcels(manifest_id)
    declarations = {}
    for p in parcels:
        if p["country"] in ("GB", "CH", "NO") or p["value_eur"] > threshold_eur:
            declarations[p["id"]] = file_customs_declaration(p["id"], p["hs_code"], p["value_eur"])  # expect: WAC903
    results = await asyncio.gather(*declarations.values())
    by_parcel = {pid: r["reference"] for pid, r in zip(declarations, results)}
    return await close_manifest(manifest_id, by_parcel)
