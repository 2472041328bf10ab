# SDK: wmill 1.850.0 client.py: the body reruns in every round; ExitStack.enter_context calls the manager's __enter__ at once, and this one takes a remote lock over HTTP in the body.
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


@task()
async def migrate(schema: str) -> str:
    return "done"


@workflow
async def main(lock_url: str, schemas: list[str]):
    results = []
    with contextlib.ExitStack() as stack:
        for schema in schemas:
            stack.enter_context(RemoteLock(lock_url, schema))  # expect: WAC101
        for schema in schemas:
            results.append(await migrate(schema))
    return results
