# SDK: wmill 1.850.0 client.py — keys follow call order (_alloc_key); a key of (len, name) is a total order on distinct names, so the order is the same in every process
from wmill import task, workflow


@task()
async def drain_host(host: str) -> dict:
    import httpx

    return httpx.post(f"https://lb.example.com/pools/web/members/{host}/drain").json()


@task()
async def patch_host(host: str, kernel: str) -> str:
    import httpx

    return httpx.post(f"https://fleet.example.com/hosts/{host}/patch", json={"kernel": kernel}).json()["state"]


@workflow
async def main(hosts: list[str], kernel: str):
    results = {}
    for host in sorted(set(hosts), key=lambda h: (len(h), h)):
        await drain_host(host)
        results[host] = await patch_host(host, kernel)
    return results
