# SDK: wmill 1.850.0 client.py: urlparse returns a ParseResult (a namedtuple), which JSON writes as a list, so result.netloc raises AttributeError in the body.
from urllib.parse import urlparse

from wmill import task, workflow


@task()
async def resolve_redirect(url: str):
    import httpx

    final = str(httpx.head(url, follow_redirects=True).url)
    return urlparse(final)  # expect: WAC107


@task()
async def allow_domain(domain: str) -> bool:
    return domain.endswith(".example.com")


@workflow
async def main(url: str):
    parsed = await resolve_redirect(url)
    return await allow_domain(parsed.netloc)
