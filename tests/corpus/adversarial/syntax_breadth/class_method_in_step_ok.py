# SDK: wmill 1.850.0 client.py `step`: the function runs once, its result is checkpointed and replayed; the notifier's HTTP call runs only inside the step.
import httpx
from wmill import step, task, workflow


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
    status = await step("notify_rotation", lambda: notifier.send(f"rotated {len(rotated)} keys"))
    return {"rotated": rotated, "status": status}
