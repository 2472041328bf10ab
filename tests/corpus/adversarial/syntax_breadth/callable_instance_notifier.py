# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; calling an instance runs its `__call__`, whose HTTP post is sent again each round.
import requests
from wmill import task, workflow


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
    announce(f"{quarter} closed")  # expect: WAC101
    return result
