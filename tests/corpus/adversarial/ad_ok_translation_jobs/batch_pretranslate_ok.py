# SDK: wmill 1.850.0 a list of task coroutines built in a list comprehension then gathered at once; enumerate over a list with zip back; json/base64 of inputs in the body
import asyncio
import base64
import json

import httpx
from wmill import task, workflow


@task(timeout=1200)
async def pretranslate(project: str, file_id: str, engine: str) -> dict:
    async with httpx.AsyncClient(timeout=600) as c:
        r = await c.post(f"https://cat.agency.example/projects/{project}/files/{file_id}/pretranslate", json={"engine": engine})
        r.raise_for_status()
        return r.json()


@task()
async def store_manifest(project: str, manifest_b64: str) -> str:
    async with httpx.AsyncClient() as c:
        r = await c.put(f"https://cat.agency.example/projects/{project}/manifest", content=manifest_b64)
        r.raise_for_status()
        return r.headers.get("etag", "")


@workflow
async def main(project: str, file_ids: list[str], engine: str = "deepl"):
    coros = [pretranslate(project, fid, engine) for fid in file_ids]
    results = await asyncio.gather(*coros)
    manifest = [{"file": fid, "segments": r.get("segments", 0)} for fid, r in zip(file_ids, results)]
    blob = base64.b64encode(json.dumps(manifest, sort_keys=True).encode()).decode()
    etag = await store_manifest(project, blob)
    return {"files": len(manifest), "etag": etag}
