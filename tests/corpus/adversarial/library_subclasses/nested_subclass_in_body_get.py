# SDK: wmill 1.850.0 client.py: the body replays from the top; a `requests.Session` subclass defined inside the body still inherits `get`, so `Probe().get(...)` sends the request on every replay.
import requests
from wmill import task, workflow


@task()
async def record(status: int) -> int:
    return status


@workflow
async def main(url: str):
    class Probe(requests.Session):
        pass

    status = Probe().get(url, timeout=5).status_code  # expect: WAC101
    return await record(status)
