# SDK: wmill 1.850.0 client.py: bytes are not JSON; default=str stores the repr "b'...'", so the body gets a str that starts with b' instead of the file's content.
import httpx
from wmill import task, workflow


@task()
async def download_logo(url: str) -> bytes:
    async with httpx.AsyncClient() as client:
        resp = await client.get(url)
        return resp.content  # expect: WAC107


@task()
async def store_logo(tenant: str, size: int) -> bool:
    return True


@workflow
async def main(tenant: str, url: str):
    logo = await download_logo(url)
    return await store_logo(tenant, len(logo))
