# SDK: wmill 1.850.0 client.py — a class used as a decorator above @task() replaces the name with an instance; its __call__ runs in the workflow body before the wrapped task dispatches
import functools

import httpx
from wmill import task, workflow


class Audited:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn

    async def __call__(self, *args, **kwargs):
        httpx.post("https://audit.example.com/v1/events", json={"action": self.fn.__name__, "args": kwargs})
        return await self.fn(*args, **kwargs)


@Audited
@task()
async def rotate_secret(path: str) -> str:
    return httpx.post(f"https://vault.example.com/v1/{path}/rotate").json()["version"]


@task()
async def restart(service: str) -> bool:
    return httpx.post(f"https://deploy.example.com/{service}/restart").is_success


@workflow
async def main(path: str, services: list[str]):
    version = await rotate_secret(path=path)  # expect: WAC101
    restarted = [await restart(s) for s in services]
    return {"version": version, "restarted": restarted}
