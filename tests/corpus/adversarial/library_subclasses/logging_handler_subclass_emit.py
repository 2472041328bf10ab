# SDK: wmill 1.850.0 client.py: the body replays from the top; `WebhookHandler.emit` posts each record, and `log.warning(...)` in the body runs it, so the webhook is called again on every replay.
import logging

import requests
from wmill import task, workflow


class WebhookHandler(logging.Handler):
    def __init__(self, url: str):
        super().__init__()
        self.url = url

    def emit(self, record: logging.LogRecord) -> None:
        requests.post(self.url, json={"text": self.format(record)}, timeout=5)


@task()
async def rotate(key_id: str) -> str:
    return key_id + "-v2"


@workflow
async def main(key_id: str, hook: str):
    handler = WebhookHandler(hook)
    new_id = await rotate(key_id)
    handler.emit(logging.makeLogRecord({"msg": f"rotated {new_id}"}))  # expect: WAC101
    return new_id
