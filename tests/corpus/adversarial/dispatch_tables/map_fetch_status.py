# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `map` calls `probe` on every URL as `list` drains it, and `probe` issues an HTTP request each round.
import httpx
from wmill import task, workflow


def probe(url: str) -> int:
    return httpx.get(url, timeout=5).status_code


@task()
async def list_endpoints(service: str) -> list[str]:
    return [f"https://{service}.example/healthz"]


@workflow
async def main(service: str):
    urls = await list_endpoints(service)
    codes = list(map(probe, urls))  # expect: WAC101
    return {"up": sum(1 for c in codes if c == 200)}
