# SDK: wmill 1.850.0 client.py: the body re-runs after every task; a function taken from the dict a factory of the file returns, when it posts with requests, posts again on each replay.
import requests
from wmill import task, workflow


def make_notifier(webhook: str) -> dict:
    def send(text: str) -> int:
        return requests.post(webhook, json={"text": text}, timeout=10).status_code

    def preview(text: str) -> str:
        return text[:140]

    return {"send": send, "preview": preview}


@task()
async def close_books(month: str) -> dict:
    return {"month": month, "balanced": True}


@workflow
async def main(month: str, webhook: str):
    notifier = make_notifier(webhook)
    result = await close_books(month)
    notifier["send"](f"books closed for {month}: {result['balanced']}")  # expect: WAC101
    return result
