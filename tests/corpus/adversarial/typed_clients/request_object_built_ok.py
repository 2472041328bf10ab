# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; building an `httpx.Request` and a `urllib.request.Request` only makes objects, and the sending is in the task.
import urllib.request

import httpx
from wmill import task, workflow


def signed_request(url: str, body: dict, key: str) -> httpx.Request:
    req = httpx.Request("POST", url, json=body)
    req.headers["X-Api-Key"] = key
    return req


@task()
async def send(method: str, url: str, headers: dict, content: str) -> int:
    with httpx.Client() as c:
        return c.request(method, url, headers=headers, content=content).status_code


@workflow
async def main(url: str, key: str, order_id: str):
    req = signed_request(url, {"order": order_id}, key)
    legacy = urllib.request.Request(url, method="HEAD")
    status = await send(req.method, str(req.url), dict(req.headers), req.content.decode())
    return {"status": status, "legacy_method": legacy.get_method()}
