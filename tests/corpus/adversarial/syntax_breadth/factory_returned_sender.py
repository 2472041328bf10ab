# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the function a factory returns runs where the body calls it, so its POST is sent again each round.
import requests
from wmill import task, workflow


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
    send(f"{index} rebuilt with {docs} documents")  # expect: WAC101
    return {"index": index, "docs": docs}
