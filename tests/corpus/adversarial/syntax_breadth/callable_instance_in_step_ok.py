# SDK: wmill 1.850.0 client.py `step`: the function runs once and its result is replayed; the instance's `__call__` runs inside the step.
import requests
from wmill import step, task, workflow


class Webhook:
    def __init__(self, url: str) -> None:
        self.url = url

    def __call__(self, text: str) -> int:
        return requests.post(self.url, json={"text": text}, timeout=10).status_code


@task()
async def close_quarter(quarter: str) -> dict:
    return {"quarter": quarter, "closed": True}


@workflow
async def main(quarter: str, hook_url: str):
    result = await close_quarter(quarter)
    announce = Webhook(hook_url)
    status = await step("announce", lambda: announce(f"{quarter} closed"))
    return {**result, "announced": status}
