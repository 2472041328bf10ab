# SDK: wmill 1.850.0 client.py _dispatch_ctx() reads a contextvar that ThreadPoolExecutor threads do not inherit: the task wrapper there takes the v1 path (WM_JOB_ID set) and POSTs jobs/run/workflow_as_code for a new child on every replay
"""Station health sweep, ported from a cron script that pinged stations on a
thread pool; the ping became a task but the pool stayed."""

from concurrent.futures import ThreadPoolExecutor

from wmill import task, workflow


@task()
def ping_station(code: str) -> dict:  # expect: WAC004
    import httpx

    r = httpx.get(f"https://stations.seismo.example/{code}/health", timeout=10)
    return {"code": code, "up": r.status_code == 200, "latency_ms": int(r.elapsed.total_seconds() * 1000)}


@task()
async def open_ticket(codes: list[str]) -> str:
    import httpx

    r = httpx.post("https://tickets.seismo.example/api", json={"title": "stations down", "stations": codes})
    r.raise_for_status()
    return r.json()["key"]


@workflow
async def main(stations: list[str], workers: int = 8):
    with ThreadPoolExecutor(max_workers=workers) as pool:
        health = list(pool.map(ping_station, stations))  # expect: WAC101, WAC304
    down = [h["code"] for h in health if not h["up"]]
    ticket = await open_ticket(down) if down else None
    return {"checked": len(health), "down": down, "ticket": ticket}
