# SDK: wmill 1.850.0 client.py — _alloc_key names keys drain_host, drain_host_2, ... by call order; sorted(key=len) is stable, so hosts of equal length keep the set's salted-hash order, which changes per process
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
    for host in sorted(set(hosts), key=len):  # expect: WAC105
        await drain_host(host)
        results[host] = await patch_host(host, kernel)
    return results
