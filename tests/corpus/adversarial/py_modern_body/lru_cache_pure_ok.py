# SDK: wmill 1.850.0 client.py: a cached pure function of the inputs gives the same value in every round; the settings are read by a task.
import functools
import re

from wmill import task, workflow

SLUG = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=256)
def slugify(text: str) -> str:
    return SLUG.sub("-", text.lower()).strip("-")


@task()
async def tenant_settings(tenant: str) -> dict:
    import httpx

    return httpx.get(f"https://config.internal/tenants/{tenant}").json()


@task()
async def export_tenant(tenant: str, fmt: str) -> str:
    return f"s3://exports/{slugify(tenant)}.{fmt}"


@workflow
async def main(tenant: str):
    settings = await tenant_settings(slugify(tenant))
    return {"uri": await export_tenant(tenant, settings.get("export_format", "csv"))}
