# SDK: wmill 1.850.0 client.py `step`: the function the factory returns runs inside the step, once, and its status is replayed.
import requests
from wmill import step, task, workflow


def make_sender(webhook: str, channel: str):
    def send(text: str) -> int:
        return requests.post(webhook, json={"channel": channel, "text": text}, timeout=10).status_code

    return send


@task()
async def rebuild_search_index(index: str) -> int:
    return 1200


@workflow
async def main(index: str, webhook: str, channel: str = "#search"):
    send = make_sender(webhook, channel)
    docs = await rebuild_search_index(index)
    status = await step("announce", lambda: send(f"{index} rebuilt with {docs} documents"))
    return {"index": index, "docs": docs, "status": status}
