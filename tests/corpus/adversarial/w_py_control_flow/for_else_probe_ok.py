# SDK: wmill 1.850.0 client.py — sleep() suspends via _sleep with key sleep, sleep_2, ...; tasks and sleeps in a for/else keep a fixed call order across replays
from wmill import sleep, task, workflow


@task()
async def probe(url: str) -> dict:
    import httpx

    try:
        r = httpx.get(url, timeout=5)
        return {"ok": r.status_code == 200, "status": r.status_code}
    except httpx.HTTPError as e:
        return {"ok": False, "status": str(e)}


@task()
async def flip_dns(record: str, target: str) -> str:
    import httpx

    return httpx.put(f"https://dns.example.com/records/{record}", json={"target": target}).json()["etag"]


@workflow
async def main(record: str, new_target: str, health_url: str, attempts: int = 5):
    for attempt in range(attempts):
        status = await probe(health_url)
        if status["ok"]:
            break
        await sleep(30 * (attempt + 1))
    else:
        raise RuntimeError(f"{health_url} never became healthy")
    return {"etag": await flip_dns(record, new_target)}
