# SDK: wmill 1.850.0 client.py: a task call queues its step when called (_next_step appends to _pending); a coroutine kept as a dict value and never awaited loses its result and its failure
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
async def close_manifest(manifest_id: str, declared: list) -> dict:
    return {"manifest": manifest_id, "declared": declared}


@workflow
async def main(manifest_id: str, threshold_eur: float = 150.0):
    parcels = await list_parcels(manifest_id)
    declarations = {}
    for p in parcels:
        if p["country"] in ("GB", "CH", "NO") or p["value_eur"] > threshold_eur:
            declarations[p["id"]] = file_customs_declaration(p["id"], p["hs_code"], p["value_eur"])  # expect: WAC106, WAC903
    print(f"{len(declarations)} declarations filed for {manifest_id}")
    summary = await close_manifest(manifest_id, sorted(declarations))
    return summary
