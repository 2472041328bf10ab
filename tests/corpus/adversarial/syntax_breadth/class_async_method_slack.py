# SDK: wmill 1.850.0 client.py: only `@task` functions and `step` callbacks are durable; an async method of a plain class awaited in the body posts again on every replay.
import httpx
from wmill import task, workflow


class SlackNotifier:
    def __init__(self, webhook_url: str) -> None:
        self.webhook_url = webhook_url

    async def send(self, text: str) -> int:
        async with httpx.AsyncClient() as client:
            resp = await client.post(self.webhook_url, json={"text": text})
        return resp.status_code


@task()
async def rotate_keys(service: str) -> list[str]:
    return ["k1"]


@workflow
async def main(service: str, webhook_url: str):
    rotated = await rotate_keys(service)
    notifier = SlackNotifier(webhook_url)
    await notifier.send(f"rotated {len(rotated)} keys for {service}")  # expect: WAC101
    return {"rotated": rotated}
