# SDK: wmill 1.850.0 client.py — TaskError is an Exception and _StepSuspend a BaseException, so `except Exception` in a helper lets the suspension through
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


async def best_effort(fn, *args):
    try:
        return await fn(*args)
    except Exception as exc:
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
    changelog = await best_effort(post_changelog, service, version)
    warmed = await best_effort(warm_cache, service)
    return {"deploy": result, "changelog": changelog, "warmed": warmed}
