# SDK: wmill 1.850.0 client.py: a task runs once in its own job; the remote locks are taken and released by ExitStack inside the task, and the body only awaits it.
import contextlib

import requests
from wmill import task, workflow


class RemoteLock:
    def __init__(self, url: str, name: str) -> None:
        self.url = f"{url}/locks/{name}"

    def __enter__(self) -> "RemoteLock":
        requests.post(self.url, timeout=5).raise_for_status()
        return self

    def __exit__(self, *exc: object) -> None:
        requests.delete(self.url, timeout=5)


@task(timeout=1800)
async def migrate_all(lock_url: str, schemas: list) -> list:
    with contextlib.ExitStack() as stack:
        for schema in schemas:
            stack.enter_context(RemoteLock(lock_url, schema))
        return [f"{s}: done" for s in schemas]


@workflow
async def main(lock_url: str, schemas: list[str]):
    return await migrate_all(lock_url, schemas)
