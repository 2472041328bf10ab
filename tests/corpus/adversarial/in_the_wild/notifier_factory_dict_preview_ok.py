# SDK: wmill 1.850.0 client.py: a pure function taken from a factory's dict runs in the body without I/O; the one that posts is called inside step(), whose function runs once.
import requests
from wmill import step, task, workflow


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
    text = notifier["preview"](f"books closed for {month}: {result['balanced']}")
    status = await step("notify", lambda: notifier["send"](text))
    return {**result, "notified": status == 200}
