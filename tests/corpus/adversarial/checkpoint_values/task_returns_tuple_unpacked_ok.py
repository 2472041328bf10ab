# SDK: wmill 1.850.0 client.py task(): the tuple comes back as a two-element list; unpacking it gives the same two values in every replay.
from wmill import task, workflow


@task(timeout=30)
async def probe(url: str) -> tuple[str, int]:
    return ("ok", 200)


@task()
async def open_incident(url: str) -> str:
    return f"incident for {url}"


@workflow
async def main(url: str):
    status, code = await probe(url)
    if status == "ok" and code == 200:
        return {"url": url, "healthy": True}
    return {"url": url, "incident": await open_incident(url)}
