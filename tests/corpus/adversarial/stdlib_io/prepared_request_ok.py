# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; a prepared `requests.Request` is only built (its method, URL, headers and body are read), and the task sends it.
import requests
from wmill import task, workflow


@task()
async def send(method: str, url: str, headers: dict, body: str) -> int:
    return requests.request(method, url, headers=headers, data=body, timeout=10).status_code


@workflow
async def main(url: str, doc_id: str):
    prepared = requests.Request("PUT", url, json={"doc": doc_id}).prepare()
    body = prepared.body.decode() if isinstance(prepared.body, bytes) else (prepared.body or "")
    return await send(prepared.method, prepared.url, dict(prepared.headers), body)
