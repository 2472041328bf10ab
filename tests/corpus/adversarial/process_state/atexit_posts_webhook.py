# SDK: wmill 1.850.0 client.py each round of the workflow is a new process that imports the module; an atexit handler registered at import runs when every round exits.
import atexit

import requests
from wmill import task, workflow

WEBHOOK = "https://hooks.example.com/runs"


def report_done() -> None:
    requests.post(WEBHOOK, json={"status": "finished"}, timeout=5)


atexit.register(report_done)  # expect: WAC101


@task()
async def sync(account: str) -> int:
    return 1


@workflow
async def main(account: str):
    return await sync(account)
