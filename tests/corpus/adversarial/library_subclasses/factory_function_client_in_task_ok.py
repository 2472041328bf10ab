# SDK: wmill 1.850.0 client.py: a task body runs once as its own job; `make_ledger(env)` is called in the body (it only builds an object), and the post runs inside the task.
import requests
from wmill import task, workflow


class Ledger:
    def __init__(self, url: str):
        self.url = url

    def record(self, entry: dict) -> dict:
        return requests.post(f"{self.url}/entries", json=entry, timeout=10).json()

    def describe(self) -> str:
        return f"ledger at {self.url}"


def make_ledger(env: str):
    url = "https://ledger.example.com" if env == "prod" else "https://ledger.staging.example.com"
    return Ledger(url)


@task()
async def record(entry: dict, env: str) -> dict:
    return make_ledger(env).record(entry)


@workflow
async def main(entry: dict, env: str = "prod"):
    print(make_ledger(env).describe())
    saved = await record(entry, env)
    return saved["id"]
