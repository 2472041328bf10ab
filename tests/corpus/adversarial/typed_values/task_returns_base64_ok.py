# SDK: wmill 1.850.0 client.py: base64 text is a str, which JSON keeps exactly; the body decodes it to the original bytes.
import base64

import httpx
from wmill import task, workflow


@task()
async def download_logo(url: str) -> str:
    async with httpx.AsyncClient() as client:
        resp = await client.get(url)
        return base64.b64encode(resp.content).decode("ascii")


@task()
async def store_logo(tenant: str, size: int) -> bool:
    return True


@workflow
async def main(tenant: str, url: str):
    logo = base64.b64decode(await download_logo(url))
    return await store_logo(tenant, len(logo))
