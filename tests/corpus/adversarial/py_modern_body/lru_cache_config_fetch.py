# SDK: wmill 1.850.0 client.py workflow(): every round is a new process, so functools.cache does not survive between replays and the GET runs again in each one.
import functools

import httpx
from wmill import task, workflow


@functools.cache
def tenant_settings(tenant: str) -> dict:
    return httpx.get(f"https://config.internal/tenants/{tenant}").json()


@task()
async def export_tenant(tenant: str, fmt: str) -> str:
    return f"s3://exports/{tenant}.{fmt}"


@workflow
async def main(tenant: str):
    fmt = tenant_settings(tenant).get("export_format", "csv")  # expect: WAC101
    return {"uri": await export_tenant(tenant, fmt)}
