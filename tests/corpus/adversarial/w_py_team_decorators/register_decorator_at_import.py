# SDK: wmill 1.850.0 client.py — the script module is imported again for every round (and in each child job), so a decorator that PUTs at definition time calls the registry each time
import requests
from wmill import task, workflow

REGISTRY = "https://jobs-registry.example.com/api/jobs"


def registered(schedule: str):
    def decorate(fn):
        requests.put(f"{REGISTRY}/{fn.__name__}", json={"schedule": schedule}, timeout=5)
        return fn

    return decorate


@task()
async def export_ledger(day: str) -> str:
    import httpx

    return httpx.post("https://ledger.example.com/exports", json={"day": day}).json()["uri"]


@registered("0 2 * * *")  # expect: WAC101
@workflow
async def main(day: str):
    uri = await export_ledger(day)
    return {"export": uri}
