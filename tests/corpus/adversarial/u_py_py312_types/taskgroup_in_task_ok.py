# SDK: wmill 1.850.0 a task body runs as one ordinary job (_execute_directly), so an asyncio.TaskGroup and asyncio.timeout inside it are plain asyncio; the body only awaits tasks
import asyncio

from wmill import task, workflow


async def probe(client, url: str) -> dict:
    try:
        async with asyncio.timeout(5):
            resp = await client.get(url)
        return {"url": url, "status": resp.status_code}
    except TimeoutError:
        return {"url": url, "status": None}


@task(timeout=120)
async def probe_endpoints(urls: list[str]) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as client:
        async with asyncio.TaskGroup() as tg:
            jobs = [tg.create_task(probe(client, u)) for u in urls]
    return [j.result() for j in jobs]


@task()
async def open_incident(down: list[str]) -> str:
    import requests

    resp = requests.post(
        "https://api.statuspage.io/v1/pages/abc123/incidents",
        json={"incident": {"name": f"{len(down)} endpoints down", "body": "\n".join(down)}},
        timeout=15,
    )
    return resp.json()["id"]


@workflow
async def main(urls: list[str]):
    results = await probe_endpoints(urls)
    down = [r["url"] for r in results if r["status"] is None or r["status"] >= 500]
    incident = await open_incident(down) if down else None
    return {"down": down, "incident": incident}
