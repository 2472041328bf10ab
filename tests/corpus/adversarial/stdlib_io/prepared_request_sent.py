# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; preparing a `requests.Request` sends nothing, and `Session.send(prepared)` sends it every round.
import requests
from wmill import task, workflow


@task()
async def render(doc_id: str) -> dict:
    return {"doc": doc_id, "pages": 3}


@workflow
async def main(doc_id: str, url: str):
    doc = await render(doc_id)
    prepared = requests.Request("PUT", url, json=doc).prepare()
    with requests.Session() as session:
        resp = session.send(prepared, timeout=10)  # expect: WAC101
    return {"status": resp.status_code}
