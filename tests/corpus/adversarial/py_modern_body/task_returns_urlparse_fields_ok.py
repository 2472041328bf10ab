# SDK: wmill 1.850.0 client.py: a dict of the ParseResult's str fields survives the task's JSON round trip.
from urllib.parse import urlparse

from wmill import task, workflow


@task()
async def resolve_redirect(url: str) -> dict:
    import httpx

    final = urlparse(str(httpx.head(url, follow_redirects=True).url))
    return {"scheme": final.scheme, "netloc": final.netloc, "path": final.path}


@task()
async def allow_domain(domain: str) -> bool:
    return domain.endswith(".example.com")


@workflow
async def main(url: str):
    parsed = await resolve_redirect(url)
    return await allow_domain(parsed["netloc"])
