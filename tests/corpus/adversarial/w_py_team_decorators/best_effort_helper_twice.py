# SDK: wmill 1.850.0 client.py — _StepSuspend(BaseException) is raised by the first un-checkpointed task; `except BaseException` in a helper swallows it on each call site
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


async def best_effort(fn, *args):
    """Run a non-critical task; never let it fail the release."""
    try:
        return await fn(*args)
    except BaseException as exc:  # noqa: BLE001 - "never fail the release"
        log.warning("best-effort %s failed: %r", getattr(fn, "__name__", fn), exc)
        return None


@task()
async def deploy(service: str, version: str) -> dict:
    import httpx

    return httpx.post(f"https://deploy.example.com/{service}", json={"version": version}).json()


@task()
async def post_changelog(service: str, version: str) -> str:
    import httpx

    return httpx.post("https://wiki.example.com/changelog", json={"service": service, "version": version}).json()["url"]


@task()
async def warm_cache(service: str) -> int:
    import httpx

    return httpx.post(f"https://{service}.internal/cache/warm").json()["keys"]


@workflow
async def main(service: str, version: str):
    result = await deploy(service, version)
    changelog = await best_effort(post_changelog, service, version)  # expect: WAC201
    warmed = await best_effort(warm_cache, service)  # expect: WAC201
    return {"deploy": result, "changelog": changelog, "warmed": warmed}
