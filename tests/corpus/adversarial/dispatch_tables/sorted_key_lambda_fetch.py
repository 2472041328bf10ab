# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the sort key lambda calls `latency_of`, which pings each host over HTTP every round.
import httpx
from wmill import task, workflow


def latency_of(host: str) -> float:
    return httpx.get(f"https://{host}/ping", timeout=3).elapsed.total_seconds()


@task()
async def deploy(host: str) -> str:
    return host


@workflow
async def main(hosts: list[str]):
    fastest = sorted(hosts, key=lambda h: latency_of(h))[0]  # expect: WAC101
    return await deploy(fastest)
