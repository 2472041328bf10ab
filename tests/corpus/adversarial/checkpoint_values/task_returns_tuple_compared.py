# SDK: wmill 1.850.0 client.py task(): the result crosses as JSON, so the tuple comes back as a list and `health == ("ok", 200)` is False in every round.
from wmill import task, workflow


@task(timeout=30)
async def probe(url: str) -> tuple[str, int]:
    return ("ok", 200)


@task()
async def open_incident(url: str) -> str:
    return f"incident for {url}"


@workflow
async def main(url: str):
    health = await probe(url)
    if health == ("ok", 200):  # expect: WAC107
        return {"url": url, "healthy": True}
    return {"url": url, "incident": await open_incident(url)}
